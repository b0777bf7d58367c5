package dev.designround.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import dev.designround.rules.Verdict;
import dev.designround.ui.look.Themes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import dev.designround.testing.UiTest;
import org.testfx.framework.junit5.Start;

/** The History view on its own: the chart's points, the comparison of two attempts, the export. */
@UiTest
class HistoryViewTest {

    private final List<AttemptHistory> exported = new ArrayList<>();
    private HistoryView view;

    @Start
    void start(Stage stage) {
        Themes.apply(dev.designround.ui.settings.Settings.Theme.LIGHT);
        view = new HistoryView(exported::add);
        Scene scene = new Scene(view, 700, 700);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Attempt attempt(int day, Verdict v, double score, String... failed) {
        return new Attempt(Instant.parse("2025-06-0" + day + "T10:00:00Z"), v, score, Map.of(),
                java.util.Arrays.stream(failed).map(id -> new Attempt.FailedRule(id, "Title " + id)).toList());
    }

    private final AttemptHistory three = AttemptHistory.empty("legal-doc-qa")
            .with(attempt(1, Verdict.NO_HIRE, 20, "grounding", "eval", "audit"))
            .with(attempt(2, Verdict.LEAN_HIRE, 70, "eval", "cost"))
            .with(attempt(3, Verdict.STRONG_HIRE, 95));

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void everyAttemptIsAPointInItsVerdictsColour(FxRobot robot) {
        robot.interact(() -> view.show("Document Q&A for a law firm", three));

        List<Object> fills = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Region point = robot.lookup("#history-point-" + i).queryAs(Region.class);
            fills.add(point.getBackground().getFills().get(1).getFill());
        }
        assertThat(fills).doesNotHaveDuplicates();
        assertThat(text(robot, "#history-summary")).isEqualTo("3 attempts, the best Strong Hire · 95 (#3); the "
                + "scores 20 → 70 → 95 ↑");
    }

    @Test
    void theLatestTwoAreComparedAndAnyTwoCanBe(FxRobot robot) {
        robot.interact(() -> view.show("Document Q&A for a law firm", three));
        assertThat(text(robot, "#history-fixed")).isEqualTo("Fixed since #2: Title eval; Title cost");

        robot.interact(() -> view.compare(1, 2));

        assertThat(text(robot, "#history-fixed")).isEqualTo("Fixed since #1: Title grounding; Title audit");
        assertThat(text(robot, "#history-missing")).isEqualTo("Still missing: Title eval");
        assertThat(text(robot, "#history-new")).isEqualTo("New in #2: Title cost");
        robot.clickOn("#history-export");
        assertThat(exported).containsExactly(three);
    }

    @Test
    void anEmptyHistorySaysWhatWillAppearAndCannotBeExported(FxRobot robot) {
        robot.interact(() -> view.show("Document Q&A for a law firm", AttemptHistory.empty("legal-doc-qa")));

        assertThat(text(robot, "#history-summary")).startsWith("Nothing submitted yet");
        assertThat(robot.lookup("#history-export").queryButton().isDisabled()).isTrue();
    }
}
