package dev.designround.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import dev.designround.ui.look.Themes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import dev.designround.testing.UiTest;
import org.testfx.framework.junit5.Start;

/** A new grading replaces the findings without moving the reader: same scroll position, "Passed" as it was. */
@UiTest
class FeedbackPanelRegradeTest {

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
        Scene scene = new Scene(panel, 320, 400);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Report report(int failed) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < failed + 3; i++) {
            findings.add(new Finding("rule." + i, "Rule number " + i, i >= failed, Severity.MAJOR,
                    RuleCategory.GUARDRAILS, 2, List.of(), List.of(), List.of(), "What is wrong with rule " + i
                    + ", in a sentence long enough to wrap in a narrow panel.", "why", "fix"));
        }
        return new Report("s", Verdict.NO_HIRE, 10, findings, List.of());
    }

    /** Scrolls the panel so that a node in it is at the top, as the user would before clicking it. */
    private void scrollTo(FxRobot robot, String id) {
        robot.interact(() -> {
            panel.layout();
            javafx.scene.Node target = panel.lookup(id);
            double y = target.localToScene(0, 0).getY() - panel.getContent().localToScene(0, 0).getY();
            double room = panel.getContent().getLayoutBounds().getHeight() - panel.getViewportBounds().getHeight();
            panel.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, y / room)));
        });
    }

    private double scrolled() {
        return panel.getVvalue() * (panel.getContent().getLayoutBounds().getHeight()
                - panel.getViewportBounds().getHeight());
    }

    @Test
    void aTallerGradingKeepsTheViewScrolledToTheSamePlaceAndPassedOpen(FxRobot robot) {
        robot.interact(() -> {
            panel.showState(false, false, false, true, Optional.empty(), Optional.empty());
            panel.showReport(report(12));
        });
        robot.interact(() -> {
            ((TitledPane) panel.lookup("#passed-findings")).setExpanded(true);
            panel.layout();
            panel.setVvalue(0.5);
        });
        double before = scrolled();
        assertThat(before).isGreaterThan(100);

        robot.interact(() -> panel.showReport(report(20)));

        assertThat(scrolled()).isCloseTo(before, within(2.0));
        assertThat(((TitledPane) panel.lookup("#passed-findings")).isExpanded()).isTrue();
    }

    @Test
    void theChosenFindingStaysOpenAndKeepsTheKeyboard(FxRobot robot) {
        robot.interact(() -> {
            panel.showState(false, false, false, true, Optional.empty(), Optional.empty());
            panel.showReport(report(3));
        });
        scrollTo(robot, "#" + FeedbackPanel.rowId("rule.1"));
        robot.clickOn("#" + FeedbackPanel.rowId("rule.1"));

        robot.interact(() -> panel.showReport(report(4)));

        javafx.scene.Node row = panel.lookup("#" + FeedbackPanel.rowId("rule.1"));
        assertThat(row.isFocused()).isTrue();
        assertThat(row.lookup(".finding-details").isVisible()).isTrue();
    }

    @Test
    void aFoldedPassedListStaysFolded(FxRobot robot) {
        robot.interact(() -> {
            panel.showState(false, false, false, true, Optional.empty(), Optional.empty());
            panel.showReport(report(2));
        });
        robot.interact(() -> panel.showReport(report(3)));

        assertThat(((TitledPane) panel.lookup("#passed-findings")).isExpanded()).isFalse();
    }
}
