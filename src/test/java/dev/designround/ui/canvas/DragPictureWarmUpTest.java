package dev.designround.ui.canvas;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.bench.GeneratedDesigns;
import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
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
 * The first drag in a large design freezes the view into a picture, and the first snapshot of a run costs half a
 * second to a second in software rendering. Showing a large design takes a one-pixel picture beforehand, so that
 * the drag does not pay for it; a small design, drawn live while dragged, does not.
 */
@UiTest
class DragPictureWarmUpTest {

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
    void aSmallDesignTakesNoPicture(FxRobot robot) {
        robot.interact(() -> canvas.show(new Editor(design().node(Node.of("a", "llm", 0, 0)).build(), CATALOG)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.dragPictureReady()).isFalse();
    }

    @Test
    void showingALargeDesignPreparesItsDrags(FxRobot robot) {
        var large = GeneratedDesigns.generate(CATALOG, DragProxy.MIN_NODES, 7);
        robot.interact(() -> canvas.show(new Editor(large, CATALOG)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.dragPictureReady()).isTrue();
        assertThat(canvas.lookupAll(".image-view")).allMatch(n -> !n.isVisible()); // no picture shown
    }
}
