package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.io.HistoryStore;
import dev.designround.round.AttemptDiff;
import dev.designround.round.AttemptHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Every Submit is kept; the History view charts and compares them; the start view shows the trend. */
class HistoryTest extends RoundFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private void submit(FxRobot robot, int times) {
        showTab(robot, "feedback");
        robot.clickOn("#submit-round");
        waitUntil(() -> loaded().size() == times);
    }

    private AttemptHistory loaded() {
        try {
            return new HistoryStore(home()).load("legal-doc-qa");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Submits an empty design, then one with a user wired to a model and back. */
    private void twoAttempts(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        submit(robot, 1);
        dragFromPalette(robot, "user", "user", 0.2, 0.3);
        dragFromPalette(robot, "llm", "llm", 0.6, 0.3);
        connect(robot, "user", "llm");
        connect(robot, "llm", "user");
        waitForGrading();
        submit(robot, 2);
    }

    @Test
    void theHistoryChartsEverySubmitAndSaysWhatWasFixedSinceTheOneBefore(FxRobot robot) throws Exception {
        twoAttempts(robot);
        AttemptHistory kept = loaded();
        AttemptDiff expected = kept.compare(1, 2);
        assertThat(expected.fixed()).isNotEmpty();

        robot.interact(() -> workbench.run("history"));

        HistoryActions history = workbench.history();
        assertThat(history.window().isShowing()).isTrue();
        assertThat(history.view().history()).isEqualTo(kept);
        LineChart<?, ?> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).singleElement().satisfies(s -> assertThat(s.getData()).hasSize(2));
        assertThat(text(robot, "#history-fixed")).isEqualTo("Fixed since #1: " + String.join("; ",
                expected.fixed().stream().map(r -> r.title()).toList()));
        assertThat(text(robot, "#history-missing")).startsWith("Still missing: ");
        assertThat(robot.lookup("#history-attempt-2").tryQuery()).isPresent();

        Path csv = dir.resolve("history.csv");
        fileDialogs.willSaveTo(csv);
        robot.clickOn("#history-export");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("scenario,attempt,submitted,verdict,score,");
        assertThat(lines.get(2)).startsWith("legal-doc-qa,2,");
        robot.interact(() -> history.window().stage().orElseThrow().close());
    }

    @Test
    void theStartViewTileShowsTheTrendAndOpensTheHistory(FxRobot robot) {
        twoAttempts(robot);
        AttemptHistory kept = loaded();
        later(() -> workbench.run("close"));
        robot.clickOn("Don't Save");
        robot.interact(() -> robot.lookup("#start-view").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));

        String trend = robot.lookup("#trend-legal-doc-qa").queryAs(Label.class).getText();
        assertThat(trend).startsWith("2 attempts: ").contains(" → ");
        assertThat(trend).endsWith(kept.trend() == AttemptHistory.Trend.UP ? "↑"
                : kept.trend() == AttemptHistory.Trend.DOWN ? "↓" : "=");
        robot.clickOn("#history-legal-doc-qa");

        assertThat(workbench.history().window().isShowing()).isTrue();
        assertThat(workbench.document()).isEmpty(); // the link opens the history, not the round
        robot.interact(() -> workbench.history().window().stage().orElseThrow().close());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
