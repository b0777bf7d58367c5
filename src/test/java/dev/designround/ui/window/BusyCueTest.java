package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Opening a round from the start view shows that it is working before the window gets busy. */
class BusyCueTest extends RoundFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    @Test
    void aRoundStartedFromTheGalleryShowsABusyCueOnScreenUntilItIsOpen(FxRobot robot) {
        waitUntil(() -> robot.lookup("#scenario-legal-doc-qa").tryQuery().isPresent());
        List<String> framesBeforeTheRound = new ArrayList<>();
        Runnable frame = () -> {
            if (workbench.document().isEmpty() && workbench.busyCue().isShowing()) {
                framesBeforeTheRound.add(robot.lookup("#busy-text").queryAs(Label.class).getText());
            }
        };
        robot.interact(() -> {
            robot.lookup("#start-view").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1);
            stage.getScene().addPostLayoutPulseListener(frame);
        });

        robot.clickOn("#scenario-legal-doc-qa");
        waitUntil(() -> workbench.document().isPresent() && !workbench.busyCue().isShowing());

        robot.interact(() -> stage.getScene().removePostLayoutPulseListener(frame));
        assertThat(framesBeforeTheRound).isNotEmpty()
                .allMatch(t -> t.equals("Opening the round “Document Q&A for a law firm”…"));
        assertThat(stage.getScene().getCursor()).isNull();
        assertThat(workbench.round().scenario()).isPresent();
    }
}
