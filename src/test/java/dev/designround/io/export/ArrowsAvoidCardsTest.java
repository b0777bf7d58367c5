package dev.designround.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.Point;
import dev.designround.diagram.Rect;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.Theme;
import dev.designround.io.DesignReader;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SVG export's scene of every design laid out by hand that we have (the bundled scenario designs, the
 * examples and, where the folder is present, the calibration designs of other hands) draws no arrow through a
 * card that is not one of its two ends. Counted from the scene, segment by segment (the line and the arrowhead).
 */
class ArrowsAvoidCardsTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();

    @Test
    void noArrowCrossesACardThatIsNotOneOfItsEnds() throws Exception {
        List<Path> files = new ArrayList<>(jsonIn(Path.of("scenarios", "designs")));
        files.addAll(jsonIn(Path.of("examples")));
        Optional<Path> calibration = calibrationFolder();
        if (calibration.isPresent()) {
            files.addAll(jsonIn(calibration.get()));
            System.out.println("ArrowsAvoidCardsTest: calibration designs from " + calibration.get());
        } else {
            System.out.println("ArrowsAvoidCardsTest: NO calibration folder (looked for ../shared/calibration and "
                    + "/work/shared/calibration, or -Ddesignround.calibration=DIR): only the bundled designs and "
                    + "examples are checked");
        }
        int designs = 0;
        int arrows = 0;
        int segments = 0;
        List<String> crossings = new ArrayList<>();
        DesignReader reader = new DesignReader(CATALOG);
        for (Path file : files) {
            Design design;
            try {
                design = reader.read(file);
            } catch (Exception notADesign) {
                continue; // a manifest beside the designs
            }
            designs++;
            DiagramScene scene = new SceneBuilder(CATALOG, Theme.LIGHT).build(design);
            Map<String, Rect> cards = cards(scene);
            for (Group edge : groups(scene, "edge")) {
                Edge e = design.edge(edge.id()).orElseThrow();
                arrows++;
                for (Point[] segment : segments(edge)) {
                    segments++;
                    cards.forEach((id, card) -> {
                        if (!id.equals(e.from()) && !id.equals(e.to()) && card.grown(-0.5).crossedBy(segment[0],
                                segment[1])) {
                            crossings.add(file + ": " + e.id() + " (" + e.from() + " -> " + e.to() + ") through "
                                    + id);
                        }
                    });
                }
            }
        }
        System.out.printf("ArrowsAvoidCardsTest: %d designs, %d arrows, %d segments, %d through a card%n", designs,
                arrows, segments, crossings.size());
        assertThat(designs).isGreaterThanOrEqualTo(33);
        assertThat(crossings).isEmpty();
    }

    /** {@code -Ddesignround.calibration=DIR}, else {@code ../shared/calibration}, else /work/shared/calibration. */
    static Optional<Path> calibrationFolder() {
        return Stream.of(System.getProperty("designround.calibration", ""), "../shared/calibration",
                        "/work/shared/calibration").filter(s -> !s.isEmpty()).map(Path::of)
                .filter(Files::isDirectory).findFirst();
    }

    static List<Path> jsonIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** Each node's card (its box of card size), by node id. */
    static Map<String, Rect> cards(DiagramScene scene) {
        Map<String, Rect> out = new HashMap<>();
        for (Group g : groups(scene, "node")) {
            g.items().stream().filter(Box.class::isInstance).map(Box.class::cast)
                    .filter(b -> b.width() == CardGeometry.WIDTH && b.height() == CardGeometry.HEIGHT).findFirst()
                    .ifPresent(b -> out.put(g.id(), new Rect(b.x(), b.y(), b.width(), b.height())));
        }
        return out;
    }

    static List<Group> groups(DiagramScene scene, String role) {
        return scene.items().stream().filter(Group.class::isInstance).map(Group.class::cast)
                .filter(g -> g.role().equals(role)).toList();
    }

    /** The segments an arrow is drawn with: its line's, and its arrowhead's from base to tip. */
    static List<Point[]> segments(Group edge) {
        List<Point[]> out = new ArrayList<>();
        for (SceneItem item : edge.items()) {
            if (item instanceof Polyline p) {
                for (int k = 1; k < p.points().size(); k++) {
                    out.add(new Point[] {p.points().get(k - 1), p.points().get(k)});
                }
            } else if (item instanceof Arrowhead a) {
                Point base = new Point((a.left().x() + a.right().x()) / 2, (a.left().y() + a.right().y()) / 2);
                out.add(new Point[] {base, a.tip()});
            }
        }
        return out;
    }
}
