package dev.designround.round;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A round as saved in its design file, so that it can be paused and resumed: how far the candidate got
 * ({@link RoundProgress}), the clock (time used, and whether it was running), and the last Submit. Immutable.
 *
 * @param progress       questions asked, hints shown, phases ticked, practice mode, submitted, strong answer seen
 * @param clockUsed      time used on the round's clock, never negative
 * @param clockRunning   whether the clock was running when the state was taken (it runs on from
 *                       {@code clockUsed} when the round is resumed)
 * @param lastSubmission the latest Submit, if any
 */
public record RoundState(RoundProgress progress, Duration clockUsed, boolean clockRunning,
                         Optional<Submission> lastSubmission) {

    /** A round just started: nothing asked, the clock at zero and stopped, nothing submitted. */
    public static final RoundState START = new RoundState(RoundProgress.START, Duration.ZERO, false, Optional.empty());

    public RoundState {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(lastSubmission, "lastSubmission");
        if (clockUsed.isNegative()) {
            throw new IllegalArgumentException("clockUsed < 0: " + clockUsed);
        }
    }

    /** Whether two states are the same but for the clock: the same progress and the same last Submit. */
    public boolean sameProgress(RoundState other) {
        return progress.equals(other.progress) && lastSubmission.equals(other.lastSubmission);
    }
}
