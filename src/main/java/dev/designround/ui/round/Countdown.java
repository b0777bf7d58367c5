package dev.designround.ui.round;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The round's clock: counts down from the scenario's time while running, can be paused and reset, and keeps
 * counting past zero (the candidate sees how far over they are; nothing is ever blocked). Plain Java; the caller
 * passes the current instant, so it is tested without waiting.
 */
public final class Countdown {

    /** Where the clock is: plenty left, near the end, or over. */
    public enum Phase { NORMAL, WARNING, OVER }

    /** The last fifth of the round (at least one minute) is "near the end". */
    private static final double WARNING_SHARE = 0.2;

    private final Duration total;
    private Duration usedBefore = Duration.ZERO;
    private Optional<Instant> runningSince = Optional.empty();

    /** @throws IllegalArgumentException if the total is not positive */
    public Countdown(Duration total) {
        if (total.isNegative() || total.isZero()) {
            throw new IllegalArgumentException("a countdown needs a positive time, got " + total);
        }
        this.total = total;
    }

    public Duration total() {
        return total;
    }

    public boolean isRunning() {
        return runningSince.isPresent();
    }

    /** Starts or resumes; does nothing while running. */
    public void start(Instant now) {
        if (runningSince.isEmpty()) {
            runningSince = Optional.of(Objects.requireNonNull(now, "now"));
        }
    }

    /** Pauses, keeping the time used so far; does nothing while paused. */
    public void pause(Instant now) {
        runningSince.ifPresent(since -> usedBefore = usedBefore.plus(positive(Duration.between(since, now))));
        runningSince = Optional.empty();
    }

    /** Back to the full time, paused. */
    public void reset() {
        usedBefore = Duration.ZERO;
        runningSince = Optional.empty();
    }

    /** Time used so far. */
    public Duration used(Instant now) {
        return usedBefore.plus(runningSince.map(since -> positive(Duration.between(since, now)))
                .orElse(Duration.ZERO));
    }

    /**
     * Puts the clock where a saved round left it: this much time used, and running on from there (from
     * {@code now}) if it was running. The time between the save and now does not count.
     */
    public void restore(Duration used, boolean running, Instant now) {
        usedBefore = positive(used);
        runningSince = running ? Optional.of(Objects.requireNonNull(now, "now")) : Optional.empty();
    }

    /** Time left; negative once the round is over. */
    public Duration remaining(Instant now) {
        return total.minus(used(now));
    }

    public Phase phase(Instant now) {
        Duration left = remaining(now);
        if (left.isNegative() || left.isZero()) {
            return Phase.OVER;
        }
        long warnMillis = Math.max(60_000, (long) (total.toMillis() * WARNING_SHARE));
        return left.toMillis() <= warnMillis ? Phase.WARNING : Phase.NORMAL;
    }

    /** "39:59" while time is left (rounded up to the second, so a fresh clock shows the full time), "+01:05" over. */
    public String text(Instant now) {
        Duration left = remaining(now);
        boolean over = left.isNegative() || left.isZero();
        long seconds = over ? left.negated().toSeconds() : (left.toMillis() + 999) / 1000;
        String mmss = String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
        return over && seconds > 0 ? "+" + mmss : mmss;
    }

    /** A clock set back by the system (NTP, sleep) counts as no time passing, never as time given back. */
    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
