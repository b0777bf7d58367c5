package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.scenario.ScenarioLibrary;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The scenario tab: asking the interviewer, hints, notes, and giving a free whiteboard a scenario. */
class ScenarioTabTest extends RoundFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void aRoundOpensOnItsPromptAndTheClockIsNotRunning(FxRobot robot) {
        startRound(robot, "legal-doc-qa");

        assertThat(visible(robot, "#scenario-prompt")).isTrue();
        assertThat(robot.lookup("#countdown").queryLabeled().getText()).isEqualTo("40:00");
    }

    @Test
    void askingAQuestionRevealsOnlyItsAnswer(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        assertThat(visible(robot, "#answer-0")).isFalse();

        robot.clickOn("#question-0");

        assertThat(visible(robot, "#answer-0")).isTrue();
        assertThat(visible(robot, "#answer-1")).isFalse();
        robot.clickOn("#question-1");
        assertThat(visible(robot, "#answer-1")).isTrue();
        assertThat(workbench.round().progress().asked()).containsExactly(0, 1);
    }

    @Test
    void hintsAreRevealedLevelByLevel(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        scrollScenarioTo(robot, "#next-hint");
        assertThat(robot.lookup("#hint-0").tryQuery()).isEmpty();

        robot.clickOn("#next-hint");
        assertThat(robot.lookup("#hint-0").queryLabeled().getText()).startsWith("Direction: ");
        assertThat(robot.lookup("#hint-1").tryQuery()).isEmpty();

        scrollScenarioTo(robot, "#next-hint");
        robot.clickOn("#next-hint");
        assertThat(robot.lookup("#hint-1").queryLabeled().getText()).startsWith("Key insight: ");
        assertThat(visible(robot, "#next-hint")).isFalse();
    }

    @Test
    void notesAreTheDesignsNotesOneUndoableStepPerTypingAndSaved(FxRobot robot) throws Exception {
        startRound(robot, "legal-doc-qa");
        scrollScenarioTo(robot, "#notes");

        robot.clickOn("#notes").write("50k case files, p95 10 s");

        assertThat(model().info().notes()).isEqualTo("50k case files, p95 10 s");
        assertThat(editor().stack().undoName()).contains("Edit notes");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model().info().notes()).isEmpty();
        assertThat(robot.lookup("#notes").queryAs(TextArea.class).getText()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo("50k case files, p95 10 s");

        Path target = dir.resolve("legal.json");
        fileDialogs.willSaveTo(target);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(new DesignReader(CatalogLoader.bundled()).read(target).info().notes())
                .isEqualTo("50k case files, p95 10 s");
    }

    @Test
    void anUndoElsewhereShowsInTheNotes(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        robot.interact(() -> editor().editNotes("typed before", new Object()));

        robot.interact(() -> workbench.run("undo"));

        assertThat(robot.lookup("#notes").queryAs(TextArea.class).getText()).isEmpty();
    }

    @Test
    void aFreeWhiteboardIsGivenAScenarioAsAnUndoableStep(FxRobot robot) {
        newWhiteboard(robot);
        showTab(robot, "scenario");
        waitUntil(() -> robot.lookup("#scenario-picker").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ComboBox<dev.designround.scenario.Scenario> choice = robot.lookup("#scenario-choice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(ScenarioLibrary.bundled().find("legal-doc-qa").orElseThrow()));
        robot.clickOn("#scenario-use");

        assertThat(model().info().scenario()).isEqualTo("legal-doc-qa");
        assertThat(workbench.round().scenario()).isPresent();
        assertThat(visible(robot, "#scenario-prompt")).isTrue();
        robot.interact(() -> workbench.run("undo"));
        assertThat(model().info().scenario()).isEmpty();
        assertThat(workbench.round().scenario()).isEmpty();
        assertThat(robot.lookup("#scenario-picker").tryQuery()).isPresent();
    }

    @Test
    void aDesignNamingAScenarioThatIsNotInstalledSaysSoAndOffersThePicker(FxRobot robot) {
        open(robot, dev.designround.testing.DesignBuilder.design().scenario("no-such-round").node("u", "user")
                .build());
        showTab(robot, "scenario");

        waitUntil(() -> robot.lookup("#scenario-picker").tryQuery().isPresent());
        assertThat(robot.lookup("#scenario-picker .label").queryAllAs(javafx.scene.control.Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("\"no-such-round\", which is not installed"));
        assertThat(workbench.round().scenario()).isEmpty();
    }
}
