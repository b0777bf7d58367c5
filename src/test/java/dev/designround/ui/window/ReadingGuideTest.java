package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.ui.help.ReadingGuide;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** How the drawing is read, reachable where the user draws: the canvas's corner, Help, the empty canvas, Feedback. */
class ReadingGuideTest extends RoundFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private static String guideText(FxRobot robot) {
        return robot.lookup("#reading-guide .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private static boolean guideShows(FxRobot robot) {
        return robot.lookup("#reading-guide").tryQuery().filter(javafx.scene.Node::isVisible)
                .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent();
    }

    @Test
    void theCanvasCornerButtonOpensTheGuideAndClosesIt(FxRobot robot) {
        newWhiteboard(robot);

        robot.clickOn("#canvas-reading-guide");

        assertThat(guideShows(robot)).isTrue();
        String text = guideText(robot);
        for (ReadingGuide.Entry e : ReadingGuide.ENTRIES) {
            assertThat(text).contains(e.title(), e.text());
        }
        assertThat(text).contains("whichever way it points", "said, not drawn", "Read the label", "docs/grading.md");

        robot.clickOn("#canvas-reading-guide");
        waitUntil(() -> !guideShows(robot));
    }

    @Test
    void theEmptyCanvasPointsToItAndShiftF1OpensIt(FxRobot robot) {
        newWhiteboard(robot);
        Label hint = robot.lookup(".canvas-empty-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("How the grader reads your drawing", "top left", "Shift+F1");

        robot.clickOn(screenAtCanvas(0.5, 0.8)).press(KeyCode.SHIFT).type(KeyCode.F1).release(KeyCode.SHIFT);

        assertThat(guideShows(robot)).isTrue();
    }

    @Test
    void theFeedbackTabLinksToIt(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        showTab(robot, "feedback");
        robot.clickOn("#submit-round");
        waitUntil(() -> robot.lookup("#feedback-results").query().isVisible());

        robot.clickOn("#feedback-reading-guide");

        assertThat(guideShows(robot)).isTrue();
        assertThat(guideText(robot)).contains("Choosers");
    }
}
