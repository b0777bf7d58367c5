package dev.designround.ui.feedback;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.testing.UiTest;
import dev.designround.ui.edit.Editor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Live grading runs the grader off the FX thread, and only current results reach the panel. */
@UiTest
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LiveGradingTest {

    private final Catalog catalog = CatalogLoader.bundled();
    private final Scenario legal = ScenarioLibrary.bundled().find("legal-doc-qa").orElseThrow();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Boolean> gradedOnFxThread = new CopyOnWriteArrayList<>();
    private final List<Boolean> appliedOnFxThread = new CopyOnWriteArrayList<>();
    private final List<Report> applied = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the FX toolkit is all these tests need
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Function<Design, Report> recordingGrader() {
        Grader grader = new Grader(catalog);
        return design -> {
            gradedOnFxThread.add(Platform.isFxApplicationThread());
            return grader.grade(design, legal.rubric());
        };
    }

    private LiveGrading<Report> grading(Function<Design, Report> job, Editor editor, FxRobot robot) {
        LiveGrading<Report> live = new LiveGrading<>(executor, r -> {
            appliedOnFxThread.add(Platform.isFxApplicationThread());
            applied.add(r);
        }, e -> { });
        robot.interact(() -> live.follow(editor, job));
        return live;
    }

    @Test
    void theGraderRunsOffTheFxThreadAndItsResultIsAppliedOnIt(FxRobot robot) throws Exception {
        Editor editor = new Editor(design().scenario("legal-doc-qa").node("u", "user").node("llm", "llm")
                .chain("u", "llm", "u").build(), catalog);
        grading(recordingGrader(), editor, robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.size() == 1);

        robot.interact(() -> editor.addNode("grounding-checker", 300, 0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.size() == 2);

        assertThat(gradedOnFxThread).isNotEmpty().containsOnly(false);
        assertThat(appliedOnFxThread).containsOnly(true);
    }

    @Test
    void aResultForADesignThatChangedSinceIsDropped(FxRobot robot) throws Exception {
        Editor editor = new Editor(design().scenario("legal-doc-qa").node("u", "user").build(), catalog);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Function<Design, Report> grader = recordingGrader();
        LiveGrading<Report> live = grading(design -> {
            started.countDown();
            await(release);
            return grader.apply(design);
        }, editor, robot);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        robot.interact(() -> editor.addNode("llm", 300, 0)); // while the first grading is under way
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(applied).containsExactly(new Grader(catalog).grade(editor.design(), legal.rubric()));
        assertThat(gradedOnFxThread).hasSize(2);
        robot.interact(live::stop);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
