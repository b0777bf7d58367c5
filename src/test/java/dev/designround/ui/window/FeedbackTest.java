package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Finding;
import dev.designround.rules.Verdict;
import dev.designround.ui.settings.BestScoresStore;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The feedback tab during a round: live findings, showing one on the canvas, practice mode and Submit. */
class FeedbackTest extends RoundFixture {

    private static final String GROUNDED = "hallucination.grounded-answers";
    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    /** Practice mode off; a user wired straight to a model and back, through the palette and the handles. */
    private void llmStraightToTheUser(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        showTab(robot, "feedback");
        robot.clickOn("#practice-mode");
        dragFromPalette(robot, "user", "user", 0.2, 0.3);
        dragFromPalette(robot, "llm", "llm", 0.6, 0.3);
        connect(robot, "user", "llm");
        connect(robot, "llm", "user");
        waitForGrading();
        assertThat(failed(GROUNDED)).isTrue();
    }

    @Test
    void wiringAModelStraightToTheUserRaisesTheGroundingFindingAndAGroundingCheckerOnThePathClearsIt(
            FxRobot robot) {
        llmStraightToTheUser(robot);
        // The row carries its rule's severity: in legal-doc-qa grounding is major (matter walls is the blocker).
        assertThat(finding(GROUNDED).orElseThrow().severity()).isEqualTo(dev.designround.rules.Severity.MAJOR);
        assertThat(robot.lookup(row(GROUNDED)).query().getStyleClass()).contains("major")
                .doesNotContain("blocker", "minor");

        clickEdge(robot, "e2");
        robot.type(KeyCode.DELETE);
        dragFromPalette(robot, "grounding", "grounding-checker", 0.6, 0.75);
        connect(robot, "llm", "grounding-checker");
        connect(robot, "grounding-checker", "user");

        waitForGrading();
        assertThat(passed(GROUNDED)).isTrue();
        assertThat(model().edges()).noneMatch(e -> e.from().equals("llm") && e.to().equals("user"));
        assertThat(robot.lookup(row(GROUNDED)).query().getStyleClass()).contains("passed");
    }

    @Test
    void theVerdictSaysWhatTheNextOneNeeds(FxRobot robot) {
        llmStraightToTheUser(robot);

        String next = robot.lookup("#next-verdict").queryAs(Label.class).getText();

        assertThat(next).isEqualTo(workbench.round().report().orElseThrow().next().orElseThrow().sentence())
                .contains("Lean Hire needs 40; you have ");
    }

    @Test
    void aGroundingCheckSaidInTheNotesButNotDrawnEarnsPartCreditAndSaysToDrawIt(FxRobot robot) {
        llmStraightToTheUser(robot);

        robot.interact(() -> editor().editNotes("Every answer goes through a grounding check before the lawyer "
                + "sees it.", new Object()));
        waitForGrading();

        assertThat(finding(GROUNDED).orElseThrow().status()).isEqualTo(Finding.Status.SAID);
        javafx.scene.Node row = robot.lookup(row(GROUNDED)).query();
        assertThat(((Label) row.lookup(".finding-status")).getText())
                .isEqualTo("Said, not drawn: draw it to get full credit");
    }

    @Test
    void clickingAFindingSelectsItsNodesAndHighlightsItsPath(FxRobot robot) {
        llmStraightToTheUser(robot);
        Finding grounded = finding(GROUNDED).orElseThrow();

        clickFinding(robot, GROUNDED);

        assertThat(grounded.nodes()).isNotEmpty();
        assertThat(editor().selection().nodes()).containsExactlyElementsOf(grounded.nodes());
        assertThat(card("llm").getPseudoClassStates()).contains(HIGHLIGHTED);
        assertThat(canvas().edge("e2").orElseThrow().getPseudoClassStates()).contains(HIGHLIGHTED);
        javafx.scene.Node details = robot.lookup(row(GROUNDED)).query().lookup(".finding-details");
        assertThat(details.isVisible()).isTrue();
        assertThat(((Label) details.lookup(".finding-fix")).getText())
                .isEqualTo(grounded.fix());
    }

    @Test
    void clickingAFindingWhosePathIsSpreadOutShowsTheWholePath(FxRobot robot) {
        open(robot, dev.designround.testing.DesignBuilder.design().scenario("legal-doc-qa")
                .node(dev.designround.model.Node.of("u", "user", 0, 0))
                .node(dev.designround.model.Node.of("llm", "llm", 2400, 1400)).chain("u", "llm", "u").build());
        waitUntil(() -> workbench.round().scenario().isPresent());
        showTab(robot, "feedback");
        robot.clickOn("#practice-mode");
        waitForGrading();
        robot.interact(() -> {
            canvas().actualSize();
            canvas().reveal("u");
        });

        clickFinding(robot, GROUNDED);

        workbench.round().highlight().shown().nodes().forEach(this::assertWhollyInView);
        assertThat(workbench.round().highlight().shown().nodes()).contains("u", "llm");
    }

    @Test
    void escapeOnTheCanvasTakesTheFindingOffIt(FxRobot robot) {
        llmStraightToTheUser(robot);
        clickFinding(robot, GROUNDED);

        robot.clickOn(screenAtCanvas(0.5, 0.9)).type(KeyCode.ESCAPE);

        assertThat(card("llm").getPseudoClassStates()).doesNotContain(HIGHLIGHTED);
        assertThat(workbench.round().highlight().shown().isEmpty()).isTrue();
    }

    @Test
    void practiceModeHidesTheFeedbackUntilSubmitWhichRecordsTheBestVerdictForTheGallery(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        showTab(robot, "feedback");
        waitUntil(() -> workbench.round().report().isPresent());
        assertThat(robot.lookup("#feedback-hidden").query().isVisible()).isTrue();
        assertThat(robot.lookup("#feedback-results").query().isVisible()).isFalse();
        javafx.scene.control.Tab tab = workbench.sidePanel().getTabs().stream()
                .filter(t -> "tab-feedback".equals(t.getId())).findFirst().orElseThrow();
        assertThat(tab.getStyleClass()).noneMatch(c -> c.startsWith("verdict-")); // the tab does not tell either
        assertThat(tab.getTooltip().getText()).isEqualTo("Feedback");

        robot.clickOn("#submit-round");
        waitUntil(() -> workbench.round().progress().submitted());

        assertThat(robot.lookup("#feedback-results").query().isVisible()).isTrue();
        assertThat(robot.lookup("#verdict").queryAs(Label.class).getText()).isEqualTo("No Hire");
        assertThat(tab.getText()).isEqualTo("Feedback");
        assertThat(tab.getStyleClass()).contains("verdict-no-hire");
        assertThat(tab.getTooltip().getText()).startsWith("Feedback · No Hire, ").endsWith(" / 100");
        assertThat(new BestScoresStore(home()).load().of("legal-doc-qa")).hasValueSatisfying(
                best -> assertThat(best.verdict()).isEqualTo(Verdict.NO_HIRE));
        later(() -> workbench.run("close"));
        robot.clickOn("Don't Save"); // the submitted round is unsaved work
        assertThat(robot.lookup("#best-legal-doc-qa").queryAs(Label.class).getText()).contains("No Hire");
    }

    @Test
    void aFreeWhiteboardSaysHowToGetFeedback(FxRobot robot) {
        newWhiteboard(robot);
        waitUntil(() -> robot.lookup("#scenario-picker").tryQuery().isPresent());
        showTab(robot, "feedback");

        robot.clickOn("#feedback-pick-scenario");

        assertThat(robot.lookup("#scenario-picker").query().isVisible()).isTrue();
    }

    @Test
    void ctrlEnterSubmitsAndTheShortcutsHelpSaysSo(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        robot.clickOn(screenAtCanvas(0.5, 0.5));

        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> workbench.round().progress().submitted());

        robot.type(KeyCode.F1);
        String help = robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", (a, b) -> a + "\n" + b);
        assertThat(help).contains("Submit the design", "Ctrl+↵", "Strong answer: open or close");
        robot.clickOn("Close");
    }
}
