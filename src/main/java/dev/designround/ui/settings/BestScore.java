package dev.designround.ui.settings;

import dev.designround.rules.Verdict;
import java.util.Objects;

/**
 * The best a candidate did in one scenario when they submitted: the verdict and the score (0–100).
 *
 * @param verdict the interviewer's call
 * @param score   the weighted share of passed rules
 */
public record BestScore(Verdict verdict, double score) {

    public BestScore {
        Objects.requireNonNull(verdict, "verdict");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be within 0..100, got " + score);
        }
    }

    /** A better verdict wins; with the same verdict, the higher score. */
    public boolean isBetterThan(BestScore other) {
        return verdict != other.verdict ? verdict.isBetterThan(other.verdict) : score > other.score;
    }

    /** "Lean Hire · 72.5". */
    public String text() {
        return verdict.label() + " · " + (score == Math.rint(score) ? Long.toString((long) score)
                : String.format(java.util.Locale.ROOT, "%.1f", score));
    }
}
