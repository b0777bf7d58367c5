package dev.designround.batch;

/**
 * Follows a run over many designs, e.g. to draw a progress bar. Calls come from the run's worker threads, one at
 * a time.
 */
public interface BatchListener {

    BatchListener NONE = new BatchListener() {
    };

    /** The run starts with this many files. */
    default void started(int total) {
    }

    /** One more file is finished ({@code done} of {@code total}), in whatever order they finish. */
    default void finished(BatchOutcome<?> outcome, int done, int total) {
    }

    /** Every file is finished (also after an interruption). */
    default void ended() {
    }
}
