package dev.designround.ui.canvas;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.testing.UiTest;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.look.Themes;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Zoomed out, an arrow's label is drawn only where it has room (not over a card or another label), and a click on
 * a drawn label takes its arrow.
 */
@UiTest
class OverviewLabelsTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(CATALOG, new CategoryStyles(CATALOG));
        Scene scene = new Scene(new StackPane(canvas), 900, 500);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLabelWithRoomIsDrawnAndTakesClicksOneBetweenCloseCardsIsLeftOut(FxRobot robot) throws Exception {
        var d = design().node(Node.of("a", "user", 0, 0)).node(Node.of("b", "llm", 1600, 0))
                .node(Node.of("c", "retriever", 0, 400)).node(Node.of("e", "vector-db", 224, 400)).build();
        d.addEdge(new Edge("long", "a", "b", "plenty of room", EdgeKind.FLOW));
        d.addEdge(new Edge("short", "c", "e", "no room between these", EdgeKind.FLOW));
        robot.interact(() -> {
            canvas.show(new Editor(d, CATALOG));
            canvas.setViewport(new Viewport(0.3, 40, 40));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.isOverview()).isTrue();

        Viewport v = canvas.viewport();
        double longMidX = v.toScreenX((176 + 1600) / 2.0);
        double lineY = v.toScreenY(32);
        // inside the label, above the line by more than a click's reach of the line
        CanvasTarget onLabel = WaitForAsyncUtils.asyncFx(() -> canvas.targetAt(longMidX, lineY - 5)).get();
        assertThat(onLabel).isEqualTo(new CanvasTarget.Arrow("long"));
        assertThat(canvas.overview().labelAt(longMidX, lineY - 5)).contains("long");

        double shortMidX = v.toScreenX((176 + 224) / 2.0);
        double shortY = v.toScreenY(432);
        assertThat(canvas.overview().labelAt(shortMidX, shortY)).isEmpty();
    }
}
