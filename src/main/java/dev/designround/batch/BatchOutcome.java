package dev.designround.batch;

import dev.designround.json.InputException;
import java.time.Duration;

/**
 * What became of one file in a run over many: done with a value, skipped (found in a folder, but not a design),
 * bad input (the message names the file and what is wrong), or failed by a bug in Design Round.
 *
 * @param <R> what the run's task makes of a design
 */
public sealed interface BatchOutcome<R> {

    DesignFile file();

    /** The task's value for a design that was read and handled. */
    record Done<R>(DesignFile file, R value, Duration time) implements BatchOutcome<R> {
    }

    /** A file found in a folder that is another kind of file (a scenario, a catalog): not counted, not an error. */
    record Skipped<R>(DesignFile file) implements BatchOutcome<R> {
    }

    /** The user's file cannot be read or graded as asked; {@link InputException#getMessage()} is one line. */
    record Bad<R>(DesignFile file, InputException problem) implements BatchOutcome<R> {
    }

    /** A bug in Design Round met this file; the others are still handled. */
    record Failed<R>(DesignFile file, Throwable error) implements BatchOutcome<R> {
    }
}
