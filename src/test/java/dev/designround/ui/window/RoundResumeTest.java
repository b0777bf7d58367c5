package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.round.RoundPhase;
import dev.designround.round.RoundState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A round saved mid-way reopens exactly where it was: questions, hints, phases, Submit, feedback and clock. */
class RoundResumeTest extends RoundFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    /** Asks two questions, takes a hint, ticks a phase, starts the clock, submits; returns the state saved. */
    private RoundState playHalfARound(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        dragFromPalette(robot, "user", "user", 0.3, 0.4);
        robot.clickOn("#question-0");
        robot.clickOn("#question-2");
        scrollScenarioTo(robot, "#next-hint");
        robot.clickOn("#next-hint");
        scrollScenarioTo(robot, "#phase-requirements");
        robot.clickOn("#phase-requirements");
        robot.interact(() -> robot.lookup("#scenario-panel").queryAs(ScrollPane.class).setVvalue(0));
        robot.clickOn("#countdown-start");
        showTab(robot, "feedback");
        robot.clickOn("#submit-round");
        waitUntil(() -> workbench.round().progress().submitted());
        return workbench.round().state().orElseThrow();
    }

    @Test
    void aRoundSavedMidwayReopensExactlyWhereItWas(FxRobot robot) throws Exception {
        RoundState before = playHalfARound(robot);
        Path file = dir.resolve("midway.json");
        fileDialogs.willSaveTo(file);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(Files.readString(file)).contains("\"round\": {");
        robot.interact(() -> workbench.run("close"));

        robot.interact(() -> workbench.open(file));
        waitUntil(() -> workbench.round().scenario().isPresent());

        RoundState after = workbench.round().state().orElseThrow();
        assertThat(after.progress()).isEqualTo(before.progress());
        assertThat(after.progress().asked()).containsExactly(0, 2);
        assertThat(after.progress().hintsShown()).isEqualTo(1);
        assertThat(after.progress().phasesDone()).containsExactly(RoundPhase.REQUIREMENTS);
        assertThat(after.lastSubmission()).isEqualTo(before.lastSubmission()).isPresent();
        assertThat(after.clockRunning()).isTrue();
        assertThat(after.clockUsed()).isBetween(before.clockUsed(), before.clockUsed().plus(Duration.ofSeconds(30)));
        showTab(robot, "scenario");
        assertThat(robot.lookup("#answer-0").query().isVisible()).isTrue();
        assertThat(robot.lookup("#answer-1").query().isVisible()).isFalse();
        assertThat(robot.lookup("#answer-2").query().isVisible()).isTrue();
        assertThat(robot.lookup("#hint-0").tryQuery()).isPresent();
        assertThat(robot.lookup("#phase-requirements").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#countdown-start").queryButton().getText()).isEqualTo("Pause");
        showTab(robot, "feedback");
        waitUntil(() -> workbench.round().report().isPresent());
        assertThat(robot.lookup("#feedback-results").query().isVisible()).isTrue();
        assertThat(robot.lookup("#feedback-status").queryLabeled().getText()).startsWith("Submitted ")
                .contains("(No Hire · ");
        assertThat(workbench.document().orElseThrow().isDirty()).isFalse();
    }

    @Test
    void askingAQuestionAfterSavingIsAnUnsavedChange(FxRobot robot) throws Exception {
        startRound(robot, "legal-doc-qa");
        fileDialogs.willSaveTo(dir.resolve("round.json"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(stage.getTitle()).doesNotEndWith("•");

        robot.clickOn("#question-1");

        assertThat(workbench.document().orElseThrow().isDirty()).isTrue();
        assertThat(stage.getTitle()).endsWith("•");
    }

    @Test
    void aFileFromBeforeRoundsWereSavedOpensCleanOnAFreshRound(FxRobot robot) {
        open(robot, dev.designround.testing.DesignBuilder.design().scenario("legal-doc-qa").node("u", "user")
                .build());
        waitUntil(() -> workbench.round().scenario().isPresent());

        assertThat(workbench.round().progress().asked()).isEmpty();
        assertThat(robot.lookup("#countdown").queryLabeled().getText()).isEqualTo("40:00");
        assertThat(workbench.document().orElseThrow().isDirty()).isFalse();
    }
}
