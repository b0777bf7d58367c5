package dev.designround.round;

import dev.designround.rules.Verdict;
import java.time.Instant;
import java.util.Objects;

/**
 * One Submit in a round, as the feedback tab recalls it: when, the verdict and the score (0–100).
 *
 * @param at      when the design was handed in
 * @param verdict the interviewer's call
 * @param score   the weighted share of passed rules
 */
public record Submission(Instant at, Verdict verdict, double score) {

    public Submission {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verdict, "verdict");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be within 0..100, got " + score);
        }
    }
}
