package dev.designround.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The canvas answers "what is here?" from a spatial index instead of asking every card. Whatever the design and
 * however its cards were moved, the index must give what looking at every node and edge would give.
 */
class DiagramGeometryProperties {

    private static final double SPREAD = 3000;

    @Property(tries = 200)
    void findsWhatLookingAtEveryNodeAndEdgeFinds(@ForAll @IntRange(min = 0, max = 60) int nodeCount,
                                                 @ForAll @IntRange(min = 0, max = 40) int moves,
                                                 @ForAll long seed) {
        Random random = new Random(seed);
        Design design = new Design(new DesignInfo("", "random", ""));
        for (int i = 0; i < nodeCount; i++) {
            design.addNode(Node.of("n" + i, "llm", coordinate(random), coordinate(random)));
        }
        for (int i = 0; nodeCount > 0 && i < nodeCount * 2; i++) {
            design.addEdge(new Edge("e" + i, "n" + random.nextInt(nodeCount), "n" + random.nextInt(nodeCount),
                    "", EdgeKind.FLOW));
        }
        DiagramGeometry geometry = new DiagramGeometry();
        geometry.reset(design);
        geometry.setMoving(true);
        for (int i = 0; nodeCount > 0 && i < moves; i++) { // drags: the cards move, the design does not
            geometry.moveAll(java.util.Map.of("n" + random.nextInt(nodeCount),
                    new dev.designround.layout.CanvasPoint(coordinate(random), coordinate(random))));
        }
        geometry.setMoving(false);

        for (int q = 0; q < 20; q++) {
            Box area = new Box(coordinate(random), coordinate(random), random.nextDouble() * 1500,
                    random.nextDouble() * 900);
            assertThat(geometry.nodesIn(area)).isEqualTo(bruteNodesIn(geometry, design, area));
            assertThat(geometry.nodesInside(area)).isEqualTo(bruteNodesIn(geometry, design, area).stream()
                    .filter(id -> geometry.box(id).orElseThrow().isInside(area)).toList());
            assertThat(geometry.edgesIn(area)).containsExactlyInAnyOrderElementsOf(design.edges().stream()
                    .map(Edge::id).filter(id -> geometry.route(id).orElseThrow().touches(area.rect()))
                    .toList());
            double x = coordinate(random);
            double y = coordinate(random);
            List<String> under = bruteNodesIn(geometry, design, new Box(x, y, 0, 0));
            assertThat(geometry.nodeAt(x, y)).isEqualTo(under.isEmpty() ? Optional.empty()
                    : Optional.of(under.get(under.size() - 1)));
            Optional<String> nearest = design.edges().stream().map(Edge::id)
                    .filter(id -> geometry.route(id).orElseThrow().distance(x, y) <= 6)
                    .min(Comparator.comparingDouble(id -> geometry.route(id).orElseThrow().distance(x, y)));
            Optional<String> found = geometry.edgeAt(x, y, 6);
            assertThat(found.isPresent()).isEqualTo(nearest.isPresent());
            found.ifPresent(id -> assertThat(geometry.route(id).orElseThrow().distance(x, y))
                    .isEqualTo(geometry.route(nearest.get()).orElseThrow().distance(x, y)));
        }
    }

    /** Nodes whose card meets the area, bottom to top (the order they were added in). */
    private static List<String> bruteNodesIn(DiagramGeometry geometry, Design design, Box area) {
        List<String> out = new ArrayList<>();
        design.nodes().stream().sorted(Comparator.comparingInt(n -> geometry.z(n.id())))
                .filter(n -> geometry.box(n.id()).orElseThrow().intersects(area)).forEach(n -> out.add(n.id()));
        return out;
    }

    private static double coordinate(Random random) {
        return Math.round((random.nextDouble() * 2 - 1) * SPREAD);
    }
}
