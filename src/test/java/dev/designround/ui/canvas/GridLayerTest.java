package dev.designround.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.UiTest;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The grid is drawn once into a cached bitmap: a layout pass that changes neither the size nor the viewport (one
 * happens on every frame of a drag) must leave its lines alone, or the bitmap is thrown away and every line drawn
 * again.
 */
@UiTest
class GridLayerTest {

    private final Group root = new Group();
    private final GridLayer grid = new GridLayer();

    @Start
    void start(Stage stage) {
        grid.setManaged(false); // sized here, as the canvas sizes it, not by the group
        root.getChildren().add(grid);
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    private List<PathElement> minorLines() {
        return List.copyOf(((Path) grid.getChildrenUnmodifiable().get(0)).getElements());
    }

    @Test
    void aLayoutPassWithTheSameSizeAndViewportKeepsTheLinesAndAChangeRedrawsThem(FxRobot robot) {
        robot.interact(() -> {
            grid.resize(400, 300);
            grid.setViewport(new Viewport(1, 0, 0));
            grid.requestLayout();
            grid.layout();
        });
        List<PathElement> before = minorLines();
        assertThat(before).isNotEmpty();

        robot.interact(() -> {
            grid.requestLayout();
            grid.layout();
        });
        assertThat(minorLines()).as("the same lines, not equal new ones").usingElementComparator(
                (a, b) -> a == b ? 0 : 1).containsExactlyElementsOf(before);

        robot.interact(() -> {
            grid.setViewport(new Viewport(1, 8, 0));
            grid.layout();
        });
        assertThat(minorLines().get(0)).isNotSameAs(before.get(0));
    }
}
