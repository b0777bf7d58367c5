package dev.designround.layout;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private final LayeredLayout layout = new LayeredLayout();

    @Test
    void aChainReadsFromLeftToRight() {
        Design d = design().node("u", "user").node("gw", "api-gateway").node("llm", "llm").chain("u", "gw", "llm")
                .build();

        Map<String, CanvasPoint> p = layout.arrange(d).nodes();

        assertThat(p.get("u").x()).isLessThan(p.get("gw").x());
        assertThat(p.get("gw").x()).isLessThan(p.get("llm").x());
        assertThat(p.get("gw").x() - p.get("u").x()).isGreaterThanOrEqualTo(CardGeometry.WIDTH);
    }

    @Test
    void cardsDoNotOverlap() {
        Design d = design().node("u", "user").node("a", "retriever").node("b", "vector-db").node("c", "keyword-index")
                .node("llm", "llm").flow("u", "a").flow("a", "b").flow("a", "c").flow("b", "llm").flow("c", "llm")
                .flow("llm", "u").build();

        Map<String, CanvasPoint> p = layout.arrange(d).nodes();

        List<String> ids = new ArrayList<>(p.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                CanvasPoint a = p.get(ids.get(i));
                CanvasPoint b = p.get(ids.get(j));
                boolean apart = a.x() + CardGeometry.WIDTH <= b.x() || b.x() + CardGeometry.WIDTH <= a.x()
                        || a.y() + CardGeometry.HEIGHT <= b.y() || b.y() + CardGeometry.HEIGHT <= a.y();
                assertThat(apart).as(ids.get(i) + " and " + ids.get(j) + " overlap").isTrue();
            }
        }
    }

    @Test
    void positionsAreOnTheGridAndStartWhereTheDesignStarted() {
        Design d = design().node(Node.of("a", "user", 333, 101)).node(Node.of("b", "llm", 900, 500)).flow("a", "b")
                .build();

        Map<String, CanvasPoint> p = layout.arrange(d).nodes();

        for (CanvasPoint pos : p.values()) {
            assertThat(pos.x() % CardGeometry.GRID).isZero();
            assertThat(pos.y() % CardGeometry.GRID).isZero();
        }
        assertThat(p.values().stream().mapToDouble(CanvasPoint::x).min().orElseThrow()).isEqualTo(336);
        assertThat(p.values().stream().mapToDouble(CanvasPoint::y).min().orElseThrow()).isEqualTo(96);
    }

    @Test
    void cyclesSelfLoopsAndParallelEdgesAreLaidOut() {
        Design d = design().node("u", "user").node("llm", "llm").chain("u", "llm", "u").flow("u", "llm")
                .flow("llm", "llm").build();

        assertThat(layout.arrange(d).nodes()).containsOnlyKeys("u", "llm");
    }

    @Test
    void theUserComesFirstEvenWhenAnswersFlowBackToIt() {
        Design d = design().node("llm", "llm").node("guard", "output-guardrail").node("u", "user")
                .node("gw", "api-gateway").chain("llm", "guard", "u", "gw", "llm").build();

        Map<String, CanvasPoint> p = layout.arrange(d).nodes();

        double userX = p.get("u").x();
        assertThat(p.values()).allSatisfy(pos -> assertThat(pos.x()).isGreaterThanOrEqualTo(userX));
        assertThat(p.get("gw").x()).isLessThan(p.get("llm").x());
        assertThat(p.get("llm").x()).isLessThan(p.get("guard").x());
    }

    @Test
    void anEdgeBetweenTwoUsersDoesNotStopTheLayout() {
        // found by UndoRedoProperties: ELK refuses an edge into a first-layer node from another first-layer node
        Design d = design().node("u", "user").node("v", "user").node("llm", "llm").flow("u", "v").flow("v", "u")
                .chain("u", "llm", "v").build();

        Map<String, CanvasPoint> p = layout.arrange(d).nodes();

        assertThat(p).containsOnlyKeys("u", "v", "llm");
        assertThat(p.get("u").x()).isEqualTo(p.get("v").x()).isLessThan(p.get("llm").x());
    }

    @Test
    void anEmptyDesignHasNoPositions() {
        assertThat(layout.arrange(new Design()).nodes()).isEmpty();
    }

    @Test
    void theDesignIsNotChanged() {
        Design d = design().node("u", "user").node("llm", "llm").chain("u", "llm", "u").build();
        Design before = d.copy();

        layout.arrange(d);

        assertThat(d).isEqualTo(before);
    }

    /** A chain from a user through {@code length} nodes, none of them placed (all at 0, 0). */
    static Design chain(int length) {
        Design d = new Design();
        d.addNode(Node.of("u", "user", 0, 0));
        String previous = "u";
        for (int i = 0; i < length; i++) {
            d.addNode(Node.of("n" + i, i % 2 == 0 ? "retriever" : "llm", 0, 0));
            d.addEdge(dev.designround.model.Edge.flow("e" + i, previous, "n" + i));
            previous = "n" + i;
        }
        return d;
    }

    /** Nodes linked at random, {@code edges} edges, seeded. */
    static Design tangle(int nodes, int edges, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        Design d = new Design();
        d.addNode(Node.of("u", "user", 0, 0));
        for (int i = 1; i < nodes; i++) {
            d.addNode(Node.of("n" + i, "llm", 0, 0));
        }
        List<String> ids = d.nodes().stream().map(Node::id).toList();
        for (int i = 0; i < edges; i++) {
            d.addEdge(dev.designround.model.Edge.flow("e" + i, ids.get(random.nextInt(nodes)),
                    ids.get(random.nextInt(nodes))));
        }
        return d;
    }

    @Test
    void aLongChainIsLaidOutEvenFromAThreadWithASmallStack() throws InterruptedException {
        // ELK recurses once per node of a chain: 5,000 overflowed the main thread, 1,000 a 256 KB one
        Design d = chain(LayeredLayout.ELK_MAX_NODES - 1);
        Object result = onASmallStack(() -> layout.arrange(d).nodes());
        assertThat(result).isInstanceOf(Map.class);
        assertThat((Map<?, ?>) result).hasSize(d.nodeCount());
    }

    /** What a task returns, or what it throws, run on a thread with a 256 KB stack. */
    static Object onASmallStack(java.util.function.Supplier<?> task) throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        return result.get();
    }

    @Test
    void designsTooLargeForElkAreLaidOutInLayersWithoutOverlapsAndOnTheCanvas() {
        for (Design d : List.of(chain(10_000), tangle(10_000, 50_000, 3), tangle(1_500, 3_000, 4))) {
            Map<String, CanvasPoint> p = layout.arrange(d).nodes();
            assertThat(p).hasSize(d.nodeCount());
            assertNoOverlaps(p);
            for (CanvasPoint pos : p.values()) {
                assertThat(Math.abs(pos.x()) + CardGeometry.WIDTH).isLessThanOrEqualTo(CardGeometry.MAX_COORDINATE);
                assertThat(Math.abs(pos.y()) + CardGeometry.HEIGHT).isLessThanOrEqualTo(CardGeometry.MAX_COORDINATE);
            }
            double userX = p.get("u").x();
            double userY = p.get("u").y();
            assertThat(p.values()).allSatisfy(pos -> assertThat(pos.x() >= userX || pos.y() > userY).isTrue());
        }
    }

    @Test
    void aLongChainIsWrappedIntoBandsNotOneEndlessRow() {
        Map<String, CanvasPoint> p = layout.arrange(chain(10_000)).nodes();
        double width = p.values().stream().mapToDouble(CanvasPoint::x).max().orElseThrow();
        double height = p.values().stream().mapToDouble(CanvasPoint::y).max().orElseThrow();
        assertThat(width).isLessThan(40_000);
        assertThat(height).isLessThan(40_000);
        assertThat(p.get("n0").x()).isLessThan(p.get("n1").x());
    }

    @Test
    void anArrangementNearTheEdgeOfTheCanvasIsMovedIn() {
        Design d = design().node(Node.of("u", "user", CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE))
                .node(Node.of("a", "llm", CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE))
                .node(Node.of("b", "llm", CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE))
                .chain("u", "a", "b").build();

        Map<String, CanvasPoint> p = layout.arrange(d).nodes();

        assertNoOverlaps(p);
        for (CanvasPoint pos : p.values()) {
            assertThat(pos.x() + CardGeometry.WIDTH).isLessThanOrEqualTo(CardGeometry.MAX_COORDINATE);
            assertThat(pos.y() + CardGeometry.HEIGHT).isLessThanOrEqualTo(CardGeometry.MAX_COORDINATE);
        }
    }

    private static void assertNoOverlaps(Map<String, CanvasPoint> p) {
        // cards that overlap lie in neighbouring cells of a card-sized grid: compare only those
        Map<Long, List<String>> cells = new java.util.HashMap<>();
        for (Map.Entry<String, CanvasPoint> e : p.entrySet()) {
            cells.computeIfAbsent(cell(e.getValue(), 0, 0), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Map.Entry<String, CanvasPoint> e : p.entrySet()) {
            CanvasPoint a = e.getValue();
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    for (String other : cells.getOrDefault(cell(a, dx, dy), List.of())) {
                        CanvasPoint b = p.get(other);
                        boolean apart = a.x() + CardGeometry.WIDTH <= b.x() || b.x() + CardGeometry.WIDTH <= a.x()
                                || a.y() + CardGeometry.HEIGHT <= b.y() || b.y() + CardGeometry.HEIGHT <= a.y();
                        assertThat(apart || other.equals(e.getKey())).as(e.getKey() + " overlaps " + other).isTrue();
                    }
                }
            }
        }
    }

    private static long cell(CanvasPoint p, int dx, int dy) {
        long cx = (long) Math.floor(p.x() / CardGeometry.WIDTH) + dx;
        long cy = (long) Math.floor(p.y() / CardGeometry.HEIGHT) + dy;
        return cx * 10_000_019L + cy;
    }
}
