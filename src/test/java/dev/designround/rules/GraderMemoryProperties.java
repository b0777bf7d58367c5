package dev.designround.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * What the grader remembers between gradings (how it read each card, the ids' order, what each piece of writing
 * says) and the closures it computes instead of searching never change a grade: a grader that has graded a design
 * through a run of edits grades each step exactly as a new grader does, and a closure reaches what a search does.
 */
class GraderMemoryProperties {

    private static final List<String> LABELS = List.of("", "grounding check", "audit log of answers", "human review",
            "Pinecone", "cache", "step 5", "golden set eval", "p95 latency 2 s", "no cache", "policy engine",
            "fallback to a second provider");
    private static final List<String> NOTES = List.of("", "Requirements first: 10k requests a day, p95 under 2 s, "
            + "$0.02 a request.", "We log every answer and run a golden set nightly.", "latency budget and cost",
            "A grounding check flags unsupported answers for human review.");
    private static final List<String> TYPES = List.of("llm", "retriever", "vector-db", "cache", "output-guardrail",
            "human-escalation", "audit-log", "eval-pipeline", "api-gateway", "orchestrator", "action-api",
            "policy-engine", "grounding-checker", "monitoring", "custom");

    @Property(tries = 120)
    void aGraderThatRemembersGradesEveryEditAsANewGraderDoes(@ForAll long seed,
                                                             @ForAll @IntRange(min = 2, max = 40) int size,
                                                             @ForAll @Size(max = 15) List<@IntRange(min = 0, max = 7)
                                                                     Integer> edits) {
        SplittableRandom random = new SplittableRandom(seed);
        Design d = GuardsProperties.randomDesign(seed, size);
        Rubric rubric = GradingProperties.everyGlobalRuleRubric();
        Grader remembering = new Grader(RuleFixtures.CATALOG);
        assertThat(remembering.grade(d, rubric)).isEqualTo(new Grader(RuleFixtures.CATALOG).grade(d, rubric));
        List<String> done = new ArrayList<>();
        for (int edit : edits) {
            done.add(edit(d, edit, random));
            assertThat(remembering.grade(d, rubric)).as("after %s", done)
                    .isEqualTo(new Grader(RuleFixtures.CATALOG).grade(d, rubric));
        }
    }

    @Property(tries = 300)
    void aClosureReachesWhatASearchReaches(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] next = new int[n][];
        for (int v = 0; v < n; v++) {
            int degree = random.nextInt(4);
            next[v] = new int[degree];
            for (int k = 0; k < degree; k++) {
                next[v][k] = random.nextInt(n);
            }
        }
        BitSet included = new BitSet(n);
        for (int v = 0; v < n; v++) {
            if (random.nextInt(5) != 0) {
                included.set(v);
            }
        }
        IntFunction<int[]> successors = v -> next[v];
        Condensation c = Condensation.of(n, successors, included);
        for (int v = included.nextSetBit(0); v >= 0; v = included.nextSetBit(v + 1)) {
            assertThat(c.reachFrom(v)).as("from %d", v).isEqualTo(search(v, next, included));
        }
    }

    private static BitSet search(int start, int[][] next, BitSet included) {
        BitSet seen = new BitSet();
        List<Integer> queue = new ArrayList<>(List.of(start));
        seen.set(start);
        while (!queue.isEmpty()) {
            int v = queue.remove(queue.size() - 1);
            for (int w : next[v]) {
                if (included.get(w) && !seen.get(w)) {
                    seen.set(w);
                    queue.add(w);
                }
            }
        }
        return seen;
    }

    /** One whiteboard edit, chosen by {@code kind}; says what it did. */
    private static String edit(Design d, int kind, SplittableRandom random) {
        List<Node> nodes = new ArrayList<>(d.nodes());
        List<Edge> edges = new ArrayList<>(d.edges());
        Node n = nodes.get(random.nextInt(nodes.size()));
        switch (kind) {
            case 0 -> {
                d.updateNode(n.withPosition(n.x() + 40, n.y() + 20));
                return "move " + n.id();
            }
            case 1 -> {
                String label = LABELS.get(random.nextInt(LABELS.size()));
                d.updateNode(n.withLabel(label));
                return "label " + n.id() + " '" + label + "'";
            }
            case 2 -> {
                String id = "a" + d.nodeCount() + "x" + random.nextInt(1000);
                if (d.hasNode(id)) {
                    return "nothing";
                }
                String type = TYPES.get(random.nextInt(TYPES.size()));
                d.addNode(Node.of(id, type, 0, 0).withLabel(LABELS.get(random.nextInt(LABELS.size()))));
                d.addEdge(Edge.of(d.freshEdgeId(), n.id(), id, EdgeKind.FLOW));
                return "add " + type + " " + id + " after " + n.id();
            }
            case 3 -> {
                if (n.type().equals("user") || nodes.size() <= 2) {
                    return "nothing";
                }
                d.removeNode(n.id());
                return "remove " + n.id();
            }
            case 4 -> {
                Node to = nodes.get(random.nextInt(nodes.size()));
                EdgeKind k = EdgeKind.values()[random.nextInt(EdgeKind.values().length)];
                d.addEdge(Edge.of(d.freshEdgeId(), n.id(), to.id(), k));
                return "connect " + n.id() + " -" + k + "-> " + to.id();
            }
            case 5 -> {
                if (edges.isEmpty()) {
                    return "nothing";
                }
                Edge e = edges.get(random.nextInt(edges.size()));
                d.removeEdge(e.id());
                return "disconnect " + e.id();
            }
            case 6 -> {
                String notes = NOTES.get(random.nextInt(NOTES.size()));
                d.setInfo(new DesignInfo(d.info().scenario(), d.info().title(), notes));
                return "notes '" + notes + "'";
            }
            default -> {
                d.updateNode(n.withReadsLabel(!n.readsLabel()));
                return "read label of " + n.id() + ": " + !n.readsLabel();
            }
        }
    }
}
