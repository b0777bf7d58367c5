package dev.designround.cli;

import dev.designround.batch.BatchListener;
import dev.designround.batch.BatchOutcome;
import java.io.Console;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * A progress bar on the terminal (standard error) for runs over many designs, drawn by the progressbar library
 * (width, rate and time left). It appears only once a run has lasted {@link #DELAY}, so short runs print nothing
 * extra, and it is cleared when the run ends, before the results are printed.
 */
final class TerminalProgress implements BatchListener {

    /** How long a run goes before the bar appears. */
    static final Duration DELAY = Duration.ofMillis(500);

    private final Duration delay;
    private final ProgressBarConsumer consumer;
    private long start;
    private ProgressBar bar;

    /**
     * @param consumer where the bar is drawn; null for the terminal's standard error
     */
    TerminalProgress(Duration delay, ProgressBarConsumer consumer) {
        this.delay = delay;
        this.consumer = consumer;
    }

    /** A progress bar when standard input and output are a terminal (nothing is piped), else nothing. */
    static BatchListener forThisTerminal() {
        return isTerminal() ? new TerminalProgress(DELAY, null) : BatchListener.NONE;
    }

    @Override
    public void started(int total) {
        start = System.nanoTime();
    }

    @Override
    public void finished(BatchOutcome<?> outcome, int done, int total) {
        long elapsed = System.nanoTime() - start;
        if (bar == null && done < total && elapsed >= delay.toNanos()) {
            ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Grading").setInitialMax(total)
                    .setUpdateIntervalMillis(100).setUnit(" designs", 1).clearDisplayOnFinish()
                    .startsFrom(0, Duration.ofNanos(elapsed));
            if (consumer != null) {
                builder.setConsumer(consumer);
            }
            bar = builder.build();
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void ended() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /**
     * Whether standard input and output are a terminal. {@code System.console()} says so up to Java 21; from Java
     * 22 on it also returns a console for redirected streams, and {@code Console.isTerminal()} tells.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
