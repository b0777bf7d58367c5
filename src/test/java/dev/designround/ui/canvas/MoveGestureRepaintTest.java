package dev.designround.ui.canvas;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
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

/**
 * With snapping on, most mouse moves of a drag land the card on the grid cell it is already in. Such a step must
 * not touch the canvas at all: a frame in which nodes are marked changed but nothing on screen changes makes
 * JavaFX repaint the whole window (it finds no dirty region and falls back to painting everything), which halved
 * the frame rate of a drag in a large design.
 */
@UiTest
class MoveGestureRepaintTest {

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
    void aStepToTheSameGridCellLeavesTheCanvasAloneAndTheNextCellMovesTheCard(FxRobot robot) {
        Design d = design().node(Node.of("a", "llm", 96, 96)).build();
        Editor editor = new Editor(d, CATALOG);
        MoveGesture move = new MoveGesture(canvas);
        boolean[] needsLayout = new boolean[4];
        robot.interact(() -> {
            canvas.show(editor);
            canvas.setViewport(new Viewport(1, 0, 0));
            canvas.layout();
            move.press("a", false);
            move.dragBy(3, 2); // snaps to where the card is: the move begins
            canvas.layout();
            move.dragBy(6, 5); // still the same cell
            needsLayout[0] = canvas.isNeedsLayout();
            move.dragBy(12, 3); // the next cell to the right
            needsLayout[1] = canvas.isNeedsLayout();
            canvas.layout();
            move.dragBy(13, 4); // the same cell again
            needsLayout[2] = canvas.isNeedsLayout();
            move.release();
        });
        assertThat(needsLayout[0]).as("a step within the cell asks for no layout").isFalse();
        assertThat(needsLayout[1]).as("a step into the next cell is shown").isTrue();
        assertThat(needsLayout[2]).isFalse();
        assertThat(editor.design().node("a").orElseThrow().x()).isEqualTo(96 + CardGeometry.GRID);
        assertThat(editor.design().node("a").orElseThrow().y()).isEqualTo(96);
    }

    @Test
    void withSnappingOffEveryStepMovesTheCard(FxRobot robot) {
        Design d = design().node(Node.of("a", "llm", 96, 96)).build();
        Editor editor = new Editor(d, CATALOG);
        MoveGesture move = new MoveGesture(canvas);
        boolean[] needsLayout = new boolean[1];
        robot.interact(() -> {
            canvas.snapToGridProperty().set(false);
            canvas.show(editor);
            canvas.setViewport(new Viewport(1, 0, 0));
            canvas.layout();
            move.press("a", false);
            move.dragBy(3, 2);
            canvas.layout();
            move.dragBy(4, 2);
            needsLayout[0] = canvas.isNeedsLayout();
            move.release();
        });
        assertThat(needsLayout[0]).isTrue();
        assertThat(editor.design().node("a").orElseThrow().x()).isEqualTo(100);
    }
}
