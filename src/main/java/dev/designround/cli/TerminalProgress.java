package dev.designround.cli;

import dev.designround.batch.BatchListener;
import dev.designround.batch.BatchOutcome;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A progress bar on the terminal (standard error) for runs over many designs, drawn by the progressbar library
 * (width, rate and time left). Only when standard input, output and error are all a terminal (nothing piped or
 * redirected); it appears once a run has lasted {@link #DELAY}, so short runs print nothing extra, and it is
 * cleared when the run ends, before the results are printed.
 */
final class TerminalProgress implements BatchListener {

    /** How long a run goes before the bar appears. */
    static final Duration DELAY = Duration.ofMillis(500);

    private final Duration delay;
    private final ProgressBarConsumer consumer;
    private long start;
    private ProgressBar bar;
    private ProgressBarConsumer drawing;
    private boolean refused;

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
        if (bar == null && !refused && done < total && elapsed >= delay.toNanos()) {
            refused = consumer == null && !standardErrorIsTerminal();
            if (!refused) {
                ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Grading").setInitialMax(total)
                        .setUpdateIntervalMillis(100).setUnit(" designs", 1).clearDisplayOnFinish()
                        .startsFrom(0, Duration.ofNanos(elapsed));
                drawing = consumer != null ? consumer : new OneLine();
                bar = builder.setConsumer(drawing).build();
            }
        }
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /**
     * Closes the bar and clears it. The library clears on close only when its refresh task has run before (progressbar
     * 0.10.2: a bar closed before its first refresh is drawn once more and left on the line), which depends on
     * timing, so the line is cleared here whatever happened.
     */
    @Override
    public void ended() {
        if (bar != null) {
            bar.close();
            drawing.clear();
            bar = null;
        }
    }

    /**
     * Draws the bar on one line of standard error with carriage returns and, once cleared at the end, leaves the
     * cursor at the start of that empty line, so the results print from there (the library's consumers end with a
     * line break, which would leave a blank line above them).
     */
    private static final class OneLine extends ConsoleProgressBarConsumer {

        private final PrintStream err;

        OneLine() {
            this(new PrintStream(new FileOutputStream(FileDescriptor.err), false, StandardCharsets.UTF_8));
        }

        private OneLine(PrintStream err) {
            super(err);
            this.err = err;
        }

        @Override
        public void accept(String line) {
            super.accept(line);
            err.flush();
        }

        @Override
        public void close() {
            err.flush();
        }
    }

    /**
     * Whether standard error, where the bar is drawn, is a terminal too ({@code 2> log.txt} gets no bar). Java
     * cannot tell; jline asks {@code test -t 2}, once, and only when a run has lasted long enough for a bar.
     */
    private static boolean standardErrorIsTerminal() {
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Error);
        } catch (IOException | RuntimeException e) {
            return false;
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
