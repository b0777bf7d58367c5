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
                                                          @ForAll @IntRange(min = 0, max = 100) int edgePick) {
        Design d = randomDesign(seed, size);
        Assume.that(check(d, rule).passed());
        List<Edge> flows = d.edges().stream().filter(e -> e.kind() == EdgeKind.FLOW).toList();
        Assume.that(!flows.isEmpty());
        split(d, flows.get(edgePick % flows.size()));
        assertThat(check(d, rule).passed()).isTrue();
    }

    @Property(maxDiscardRatio = 30)
    void guardingEveryEdgeOutOfEveryModelMakesItPass(@ForAll long seed,
                                                     @ForAll @IntRange(min = 2, max = 14) int size) {
        Design d = randomDesign(seed, size);
        Assume.that(d.nodes().stream().anyMatch(n -> n.type().equals("user"))
                && d.nodes().stream().anyMatch(n -> RuleFixtures.CATALOG.has(n, "generation")));
        List<Edge> outOfModels = d.edges().stream().filter(e -> e.kind() == EdgeKind.FLOW)
                .filter(e -> RuleFixtures.CATALOG.has(d.node(e.from()).orElseThrow(), "generation")).toList();
        outOfModels.forEach(e -> split(d, e));
        if (d.nodes().stream().noneMatch(n -> RuleFixtures.CATALOG.has(n, "grounding-check"))) {
            d.addNode(Node.of(d.freshNodeId("gc"), "grounding-checker", 0, 0));
        }
        assertThat(check(d, rule).passed()).isTrue();
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
