package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.diagram.EdgeRouter;
import dev.designround.diagram.Rect;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Arrow routing on the drag bench's design (1,000 nodes, 2,000 edges, many of them long): routing every arrow
 * (opening the design, an export), one step of a drag (the dragged card's own arrows), and the settling when the
 * drag ends (the arrows the card left or entered the windows of, and spreading lanes again).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RoutingBenchmark {

    private Design design;
    private EdgeRouter router;
    private List<String> dragged;
    private Node card;
    private int step;

    @Setup
    public void setUp() {
        design = GeneratedDesigns.generate(CatalogLoader.bundled(), 1000, 42);
        router = routeAll();
        card = design.node("n500").orElseThrow();
        dragged = design.edges().stream().filter(e -> e.from().equals("n500") || e.to().equals("n500"))
                .map(e -> e.id()).toList();
    }

    private EdgeRouter routeAll() {
        EdgeRouter r = new EdgeRouter();
        design.nodes().forEach(n -> r.putCard(n.id(), rect(n.x(), n.y())));
        design.edges().forEach(e -> r.putEdge(e.id(), e.from(), e.to()));
        r.update();
        return r;
    }

    private static Rect rect(double x, double y) {
        return new Rect(x, y, CardGeometry.WIDTH, CardGeometry.HEIGHT);
    }

    @Benchmark
    public EdgeRouter routeEveryArrow() {
        return routeAll();
    }

    /** One mouse move of a drag: the card moves a few pixels and its own arrows are routed. */
    @Benchmark
    public int dragStep() {
        step = (step + 1) % 60;
        router.putCard("n500", rect(card.x() + 120 * Math.sin(step / 10.0), card.y() + 80 * Math.cos(step / 10.0)));
        return router.routeNow(dragged).size();
    }

    /** The drag ends 100 px away from where it began: what it touched is routed and lanes are spread again. */
    @Benchmark
    public int dropAndSettle() {
        step = 1 - step;
        router.putCard("n500", rect(card.x() + 100 * step, card.y()));
        router.routeNow(dragged);
        return router.update().size();
    }
}
