package dev.designround.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import dev.designround.testing.UiTest;
import dev.designround.ui.look.Themes;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The feedback tab explains the verdict and how each rule came out: what the next verdict needs, "said, not drawn",
 * not wired, not applicable (apart, never passed), and how the drawing was read.
 */
@UiTest
class FeedbackPanelStatusTest {

    private FeedbackPanel panel;

    @Start
    void start(Stage stage) {
        Themes.apply(dev.designround.ui.settings.Settings.Theme.LIGHT);
        panel = new FeedbackPanel(new FeedbackPanel.Controls() {
            @Override
            public void setPractice(boolean on) {
            }

            @Override
            public void submit() {
            }

            @Override
            public void setStrongAnswerOpen(boolean open) {
            }

            @Override
            public void findingChosen(Finding finding) {
            }

            @Override
            public void findingCleared() {
            }

            @Override
            public void pickScenario() {
            }

            @Override
            public void showHistory() {
            }
        });
        Scene scene = new Scene(panel, 360, 700);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Finding finding(String rule, Finding.Status status, List<String> evidence) {
        return new Finding(rule, "Title of " + rule, status, Severity.MAJOR, RuleCategory.GUARDRAILS, 4,
                List.of(), List.of(), List.of(), "Message of " + rule, "why", "fix", evidence);
    }

    private static final Report REPORT = new Report("s", Verdict.NO_HIRE, 35, List.of(
            finding("rule.said", Finding.Status.SAID, List.of()),
            finding("rule.unwired", Finding.Status.UNWIRED, List.of()),
            finding("rule.failed", Finding.Status.FAILED, List.of()),
            finding("rule.na", Finding.Status.NOT_APPLICABLE, List.of()),
            finding("rule.read", Finding.Status.PASSED,
                    List.of("Retriever (ACL pre-filter) counts as access control from its label."))), List.of());

    private void show(FxRobot robot) {
        robot.interact(() -> {
            panel.showState(false, false, false, true, Optional.empty(), Optional.empty());
            panel.showReport(REPORT);
        });
    }

    private Node row(String rule) {
        return panel.lookup("#" + FeedbackPanel.rowId(rule));
    }

    private static String status(Node row) {
        Node l = row.lookup(".finding-status");
        return l == null ? "" : ((Label) l).getText();
    }

    @Test
    void underTheVerdictItSaysWhatTheNextVerdictNeeds(FxRobot robot) {
        show(robot);

        Label next = (Label) panel.lookup("#next-verdict");
        assertThat(next.isVisible()).isTrue();
        assertThat(next.getText()).isEqualTo(REPORT.next().orElseThrow().sentence())
                .startsWith("Lean Hire needs 40; you have 35. The fixes worth most: ");
    }

    @Test
    void atStrongHireNothingMoreIsAsked(FxRobot robot) {
        robot.interact(() -> {
            panel.showState(false, false, false, true, Optional.empty(), Optional.empty());
            panel.showReport(new Report("s", Verdict.STRONG_HIRE, 100,
                    List.of(finding("rule.read", Finding.Status.PASSED, List.of())), List.of()));
        });

        assertThat(panel.lookup("#next-verdict").isVisible()).isFalse();
    }

    @Test
    void aDefenceSaidButNotDrawnSaysToDrawIt(FxRobot robot) {
        show(robot);

        assertThat(status(row("rule.said"))).isEqualTo("Said, not drawn: draw it to get full credit");
        assertThat(row("rule.said").getStyleClass()).contains("said", "major");
        assertThat(status(row("rule.failed"))).isEmpty();
    }

    @Test
    void anUnwiredRuleReadsAsNotWired(FxRobot robot) {
        show(robot);

        assertThat(status(row("rule.unwired"))).isEqualTo("Not wired");
        assertThat(row("rule.unwired").getStyleClass()).contains("unwired");
    }

    @Test
    void aRuleThatDoesNotApplyIsFoldedApartGreyedAndNotCountedAsPassed(FxRobot robot) {
        show(robot);

        TitledPane skipped = (TitledPane) panel.lookup("#not-applicable-findings");
        assertThat(skipped.getText()).isEqualTo("Not applicable (1)");
        assertThat(row("rule.na").getStyleClass()).contains("not-applicable").doesNotContain("passed");
        assertThat(isInside(row("rule.na"), skipped)).isTrue();
        TitledPane passed = (TitledPane) panel.lookup("#passed-findings");
        assertThat(passed.getText()).isEqualTo("Passed (1)");
        assertThat(isInside(row("rule.na"), passed)).isFalse();
    }

    @Test
    void theSummaryCountsOnlyTheRulesThatApply(FxRobot robot) {
        show(robot);

        assertThat(panel.lookupAll(".round-muted").stream().map(n -> ((Label) n).getText()))
                .contains("1 of 4 rules passed");
    }

    @Test
    void aFindingThatReliedOnALabelSaysHowTheDrawingWasRead(FxRobot robot) {
        show(robot);

        Label read = (Label) row("rule.read").lookup(".finding-evidence");
        assertThat(read.getText()).isEqualTo("Read as: Retriever (ACL pre-filter) counts as access control from its "
                + "label.");
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
