package dev.designround.ui.feedback;

import dev.designround.model.Design;
import dev.designround.ui.edit.Editor;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Grades the open design again after it changes, without ever making the window wait: a burst of changes (a drag,
 * typing) is graded once, {@link #DELAY} after the last; the grading job runs on a background executor over a
 * {@link Design#copy() copy} of the design; its result is handed over on the FX thread only if it is still
 * current (same editor, design unchanged since the copy, no newer grading asked for). A failing job is reported
 * the same way. Call everything but the job on the FX thread.
 *
 * @param <T> what a grading job produces (a report, and maybe a comparison with the strong answer)
 */
public final class LiveGrading<T> {

    /** How long the design must stay unchanged before it is graded again. */
    public static final Duration DELAY = Duration.millis(250);

    private final Executor executor;
    private final Consumer<T> apply;
    private final Consumer<RuntimeException> failed;
    private final PauseTransition pause = new PauseTransition(DELAY);
    private final Runnable onChange = this::changed;
    /** Bumped by every launch and every stop; results of an older generation are dropped. */
    private final AtomicLong generation = new AtomicLong();
    private Editor editor;
    private Function<Design, T> job;
    private long launchedVersion = -1;
    private long appliedVersion = -1;

    /**
     * @param executor runs grading jobs (a background thread; never the FX thread)
     * @param apply    takes a current result, on the FX thread
     * @param failed   takes what a job threw, on the FX thread
     */
    public LiveGrading(Executor executor, Consumer<T> apply, Consumer<RuntimeException> failed) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.apply = Objects.requireNonNull(apply, "apply");
        this.failed = Objects.requireNonNull(failed, "failed");
        pause.setOnFinished(e -> launch());
    }

    /** Follows an editor's design from now on, grading it with {@code job}; grades it at once. */
    public void follow(Editor next, Function<Design, T> gradingJob) {
        stop();
        editor = next;
        job = gradingJob;
        next.stack().addListener(onChange);
        launch();
    }

    /** Grades with another job from now on (when the strong answer opens, say), at once. */
    public void setJob(Function<Design, T> gradingJob) {
        job = gradingJob;
        gradeNow();
    }

    /** Grades at once, without waiting for the design to settle. */
    public void gradeNow() {
        pause.stop();
        launch();
    }

    /** Stops following; results still under way are dropped. */
    public void stop() {
        pause.stop();
        generation.incrementAndGet();
        if (editor != null) {
            editor.stack().removeListener(onChange);
        }
        editor = null;
        job = null;
        launchedVersion = -1;
        appliedVersion = -1;
    }

    /** Whether the last result handed over is of the design as it is now (nothing left to grade). */
    public boolean isUpToDate() {
        return editor != null && appliedVersion == editor.stack().version();
    }

    private void changed() {
        if (editor != null && editor.stack().version() != launchedVersion) {
            pause.playFromStart();
        }
    }

    private void launch() {
        if (editor == null) {
            return;
        }
        Editor ed = editor;
        long version = ed.stack().version();
        long gen = generation.incrementAndGet();
        launchedVersion = version;
        Design copy = ed.design().copy();
        Function<Design, T> grading = job;
        executor.execute(() -> {
            if (generation.get() != gen) {
                return; // a newer grading was asked for before this one started
            }
            try {
                T result = grading.apply(copy);
                Platform.runLater(() -> {
                    if (isCurrent(gen, ed, version)) {
                        appliedVersion = version;
                        apply.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (isCurrent(gen, ed, version)) {
                        failed.accept(e);
                    }
                });
            }
        });
    }

    private boolean isCurrent(long gen, Editor ed, long version) {
        return generation.get() == gen && editor == ed && ed.stack().version() == version;
    }
}
