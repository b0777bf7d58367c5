package dev.designround.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.DesignFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private static final BatchOutcome<String> ONE = new BatchOutcome.Skipped<>(DesignFile.named(Path.of("a.json")));

    @Test
    void aLongRunShowsABarWithHowManyDesignsAreDone() {
        List<String> drawn = new CopyOnWriteArrayList<>();
        TerminalProgress progress = new TerminalProgress(Duration.ZERO, new DelegatingProgressBarConsumer(drawn::add,
                100));
        progress.started(300);
        progress.finished(ONE, 1, 300);
        progress.finished(ONE, 150, 300);
        progress.ended();
        assertThat(drawn).anySatisfy(line -> assertThat(line).startsWith("Grading").contains("150/300 designs"));
        // Cleared when the run ends, before the results are printed, however soon after the bar appeared.
        assertThat(drawn.get(drawn.size() - 1)).isBlank();
    }

    @Test
    void aBarAlreadyDrawnByTheLibrarysRefreshIsClearedToo() throws InterruptedException {
        List<String> drawn = new CopyOnWriteArrayList<>();
        TerminalProgress progress = new TerminalProgress(Duration.ZERO, new DelegatingProgressBarConsumer(drawn::add,
                100));
        progress.started(300);
        progress.finished(ONE, 1, 300);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (drawn.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10); // until the library's refresh thread has drawn the bar once
        }
        assertThat(drawn).as("the library's refresh thread drew the bar").isNotEmpty();
        progress.finished(ONE, 150, 300);
        progress.ended();
        assertThat(drawn).anySatisfy(line -> assertThat(line).startsWith("Grading").contains("150/300 designs"));
        assertThat(drawn.get(drawn.size() - 1)).isBlank();
    }

    @Test
    void aShortRunShowsNothing() {
        List<String> drawn = new CopyOnWriteArrayList<>();
        TerminalProgress progress = new TerminalProgress(Duration.ofHours(1),
                new DelegatingProgressBarConsumer(drawn::add, 100));
        progress.started(3);
        progress.finished(ONE, 1, 3);
        progress.finished(ONE, 2, 3);
        progress.finished(ONE, 3, 3);
        progress.ended();
        assertThat(drawn).isEmpty();
    }

    @Test
    void testsAndPipesAreNoTerminal() {
        assertThat(TerminalProgress.isTerminal()).isFalse();
    }
}
