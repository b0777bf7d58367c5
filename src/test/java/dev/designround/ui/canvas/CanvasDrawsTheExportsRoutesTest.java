package dev.designround.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.Point;
import dev.designround.diagram.Route;
import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.Theme;
import dev.designround.io.DesignReader;
import dev.designround.io.export.SceneBuilder;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.look.Themes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whiteboard and the SVG export draw every arrow along the same route: the arrows shown on the canvas (as
 * JavaFX paths) and the SVG scene's polylines and arrowheads have the same points, up to the scene's shift, also
 * where text notes are in the way.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasDrawsTheExportsRoutesTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(CATALOG, new CategoryStyles(CATALOG));
        Scene scene = new Scene(new StackPane(canvas), 1200, 760);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/legal-doc-qa-sample.json", "scenarios/designs/customer-support-agent.strong.json",
            "scenarios/designs/enterprise-rag.strong.json",
            "examples/medical-transcription-zones.json"}) // arrows go round its text notes
    void canvasAndSvgDrawTheSameRoutes(String file, FxRobot robot) throws Exception {
        Design design = new DesignReader(CATALOG).read(Path.of(file));
        robot.interact(() -> {
            canvas.show(new Editor(design, CATALOG));
            canvas.setViewport(new Viewport(0.45, 20, 20)); // cards, not the zoomed-out drawing
        });
        WaitForAsyncUtils.waitForFxEvents();
        DiagramScene scene = new SceneBuilder(CATALOG, Theme.LIGHT).build(design);
        Node first = design.nodes().iterator().next();
        Box card = (Box) group(scene, "node", first.id()).items().get(0);
        double dx = card.x() - first.x();
        double dy = card.y() - first.y();

        int drawn = 0;
        for (Edge e : design.edges()) {
            Group svg = group(scene, "edge", e.id());
            List<Point> line = ((Polyline) svg.items().get(0)).points();
            Point tip = ((Arrowhead) svg.items().get(1)).tip();
            Route route = canvas.edgeRoute(e.id()).orElseThrow().moved(dx, dy);
            List<Point> points = route.points();
            assertThat(close(tip, route.tip())).as("%s: tip %s vs %s", e.id(), tip, route.tip()).isTrue();
            for (int k = 0; k < points.size() - 1; k++) {
                assertThat(close(line.get(k), points.get(k))).as("%s: point %d", e.id(), k).isTrue();
            }
            assertThat(line).hasSize(points.size());
            EdgeView view = WaitForAsyncUtils.asyncFx(() -> canvas.edge(e.id())).get().orElse(null);
            if (view != null) {
                List<Point> path = pathPoints(view);
                assertThat(path).hasSize(points.size());
                for (int k = 0; k < points.size() - 1; k++) {
                    assertThat(close(path.get(k).moved(dx, dy), points.get(k))).as("%s: drawn point %d", e.id(), k)
                            .isTrue();
                }
                drawn++;
            }
        }
        assertThat(drawn).as("arrows drawn as JavaFX paths").isGreaterThanOrEqualTo(design.edges().size() / 2);
    }

    private static List<Point> pathPoints(EdgeView view) {
        javafx.scene.shape.Path line = (javafx.scene.shape.Path) view.lookup(".edge-line");
        List<Point> out = new ArrayList<>();
        line.getElements().forEach(el -> {
            if (el instanceof MoveTo m) {
                out.add(new Point(m.getX(), m.getY()));
            } else if (el instanceof LineTo l) {
                out.add(new Point(l.getX(), l.getY()));
            }
        });
        return out;
    }

    private static boolean close(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 0.01 && Math.abs(a.y() - b.y()) < 0.01;
    }

    private static Group group(DiagramScene scene, String role, String id) {
        return scene.items().stream().filter(Group.class::isInstance).map(Group.class::cast)
                .filter(g -> g.role().equals(role) && g.id().equals(id)).findFirst().orElseThrow();
    }
}
