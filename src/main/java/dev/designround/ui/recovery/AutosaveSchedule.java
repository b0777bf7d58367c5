package dev.designround.ui.recovery;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the work in progress is written for crash recovery: {@code debounce} after the last change (so a burst of
 * edits is written once, after it), but never later than {@code maxDelay} after the first change not yet written
 * (so someone who edits without pause still has work at most that old on disk).
 */
public record AutosaveSchedule(Duration debounce, Duration maxDelay) {

    /** 5 seconds after the last change, and at least every 30 seconds while changes go on. */
    public static final AutosaveSchedule STANDARD = new AutosaveSchedule(Duration.ofSeconds(5), Duration.ofSeconds(30));

    /**
     * @throws IllegalArgumentException if a duration is negative or the debounce is longer than the maximum delay
     */
    public AutosaveSchedule {
        Objects.requireNonNull(debounce, "debounce");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (debounce.isNegative() || maxDelay.isNegative() || debounce.compareTo(maxDelay) > 0) {
            throw new IllegalArgumentException("need 0 <= debounce <= maxDelay: " + debounce + ", " + maxDelay);
        }
    }

    /**
     * When to write, given the first change not yet written and the latest change.
     *
     * @param firstUnwritten the first change since the last write
     * @param lastChange     the latest change, not before {@code firstUnwritten}
     */
    public Instant due(Instant firstUnwritten, Instant lastChange) {
        Instant debounced = lastChange.plus(debounce);
        Instant latest = firstUnwritten.plus(maxDelay);
        return debounced.isBefore(latest) ? debounced : latest;
    }
}
