package dev.designround.rules;

import static dev.designround.rules.RuleFixtures.GROUNDING;
import static dev.designround.rules.RuleFixtures.MODEL;
import static dev.designround.rules.RuleFixtures.USER;
import static dev.designround.rules.RuleFixtures.check;
import static dev.designround.rules.RuleFixtures.guards;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What must hold for "every path from the model to the user passes a grounding check", on random designs. */
class GuardsProperties {

    private static final List<String> TYPES = List.of("llm", "small-model", "cache", "orchestrator", "tool-api",
            "retriever", "grounding-checker", "output-guardrail", "user");
    private final Guards rule = guards(MODEL, USER, GROUNDING);

    @Property(maxDiscardRatio = 30)
    void insertingAGuardOnAnEdgeNeverTurnsAPassIntoAFail(@ForAll long seed,
                                                          @ForAll @IntRange(min = 2, max = 14) int size,
                                                          @ForAll boolean guardTheModels,
                                                          @ForAll @IntRange(min = 0, max = 100) int edgePick) {
        Design d = randomDesign(seed, size);
        if (guardTheModels) {
            // Without free passes few random designs pass; guarding the models' edges makes passing ones common.
            guardEveryFlowEdgeAtEveryModel(d);
        }
        Assume.that(check(d, rule).passed());
        List<Edge> flows = d.edges().stream().filter(e -> e.kind() == EdgeKind.FLOW).toList();
        Assume.that(!flows.isEmpty());
        split(d, flows.get(edgePick % flows.size()));
        Finding after = check(d, rule);
        assertThat(after.passed()).as(after.message()).isTrue();
    }

    /**
     * A call into a model also carries its result back (docs: calls come back), so the edges into a model are on
     * the way out of it too: with a guard on every flow edge at a model, the rule passes exactly when a model is
     * wired to the user at all, and otherwise says it is not wired (never a free pass, never a failure).
     */
    @Property(maxDiscardRatio = 30)
    void guardingEveryFlowEdgeAtEveryModelPassesExactlyWhenAModelIsWiredToTheUser(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int size) {
        Design d = randomDesign(seed, size);
        Assume.that(d.nodes().stream().anyMatch(n -> n.type().equals("user"))
                && d.nodes().stream().anyMatch(n -> RuleFixtures.CATALOG.has(n, "generation")));
        guardEveryFlowEdgeAtEveryModel(d);
        boolean wired = aModelIsWiredToAUser(d);
        if (d.nodes().stream().noneMatch(n -> RuleFixtures.CATALOG.has(n, "grounding-check"))) {
            d.addNode(Node.of(d.freshNodeId("gc"), "grounding-checker", 0, 0));
        }
        Finding f = check(d, rule);
        assertThat(f.status()).as(f.message()).isEqualTo(wired ? Finding.Status.PASSED : Finding.Status.UNWIRED);
    }

    @Property(maxDiscardRatio = 30)
    void aModelWiredToTheUserWithNoGuardAtAllFails(@ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int size) {
        Design d = randomDesign(seed, size);
        d.nodes().stream().filter(n -> RuleFixtures.CATALOG.has(n, "grounding-check")).map(Node::id).toList()
                .forEach(d::removeNode);
        Assume.that(aModelIsWiredToAUser(d));
        Finding f = check(d, rule);
        assertThat(f.status()).as(f.message()).isEqualTo(Finding.Status.FAILED);
        assertThat(f.message()).contains("(there is none on the canvas)");
    }

    @Property(maxDiscardRatio = 30)
    void deletingTheOnlyGuardAlwaysFailsIt(@ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int size) {
        Design d = randomDesign(seed, size);
        List<Node> guardsOnCanvas = d.nodes().stream()
                .filter(n -> RuleFixtures.CATALOG.has(n, "grounding-check")).toList();
        Assume.that(guardsOnCanvas.size() == 1);
        d.removeNode(guardsOnCanvas.get(0).id());
        assertThat(check(d, rule).passed()).isFalse();
    }

    private static void guardEveryFlowEdgeAtEveryModel(Design d) {
        d.edges().stream().filter(e -> e.kind() == EdgeKind.FLOW)
                .filter(e -> isModel(d, e.from()) || isModel(d, e.to())).toList().forEach(e -> split(d, e));
    }

    private static boolean isModel(Design d, String id) {
        return RuleFixtures.CATALOG.has(d.node(id).orElseThrow(), "generation");
    }

    /**
     * Whether a model's answer reaches a user over flow edges as the drawing is read (GraphView: drawn edges plus
     * the implied returns of calls), never passing through another user.
     */
    static boolean aModelIsWiredToAUser(Design d) {
        GraphView view = GraphView.of(d, RuleFixtures.CATALOG);
        java.util.BitSet seen = new java.util.BitSet();
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int i = 0; i < view.size(); i++) {
            if (RuleFixtures.CATALOG.has(view.node(i), "generation")) {
                seen.set(i);
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int w : view.successors(v, EdgeKind.FLOW)) {
                if (view.users().get(w)) {
                    return true;
                }
                if (!seen.get(w)) {
                    seen.set(w);
                    queue.add(w);
                }
            }
        }
        return false;
    }

    /** Replaces a flow edge u → v by u → guard → v. */
    private static void split(Design d, Edge e) {
        String guard = d.freshNodeId("guard");
        d.addNode(Node.of(guard, "grounding-checker", 0, 0));
        d.removeEdge(e.id());
        d.addEdge(Edge.flow(d.freshEdgeId(), e.from(), guard));
        d.addEdge(Edge.flow(d.freshEdgeId(), guard, e.to()));
    }

    static Design randomDesign(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        Design d = new Design();
        d.addNode(Node.of("user", "user", 0, 0));
        d.addNode(Node.of("llm", "llm", 0, 0));
        for (int i = 2; i < size; i++) {
            d.addNode(Node.of("n" + i, TYPES.get(random.nextInt(TYPES.size())), 0, 0));
        }
        List<String> ids = d.nodes().stream().map(Node::id).toList();
        int edges = random.nextInt(size * 2 + 1);
        for (int i = 0; i < edges; i++) {
            String from = ids.get(random.nextInt(ids.size()));
            String to = ids.get(random.nextInt(ids.size()));
            EdgeKind kind = random.nextInt(5) == 0 ? EdgeKind.FALLBACK : random.nextInt(6) == 0 ? EdgeKind.ASYNC
                    : EdgeKind.FLOW;
            d.addEdge(new Edge(d.freshEdgeId(), from, to, "", kind));
        }
        return d;
    }
}
