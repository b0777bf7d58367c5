package dev.designround.rules;

/**
 * Score thresholds for the verdict when no blocker failed.
 *
 * @param strongHire at or above this score: Strong Hire (default 80: at most a fifth of the rubric's weight missed)
 * @param leanHire   at or above this score: Lean Hire (default 40: two fifths of the rubric's weight, the architecture
 *                   is there, a key separation or prevention strategy may be missing); below: No Hire, the tutorial answer. docs/grading.md
 *                   explains the choice with a worked example per verdict.
 */
public record Thresholds(double strongHire, double leanHire) {

    public static final Thresholds DEFAULT = new Thresholds(80, 40);

    public Thresholds {
        if (!(leanHire >= 0 && leanHire <= strongHire && strongHire <= 100)) {
            throw new IllegalArgumentException("need 0 <= leanHire <= strongHire <= 100");
        }
    }

    public Verdict verdict(double score, boolean failedBlocker) {
        if (failedBlocker) {
            return Verdict.NO_HIRE;
        }
        if (score >= strongHire) {
            return Verdict.STRONG_HIRE;
        }
        return score >= leanHire ? Verdict.LEAN_HIRE : Verdict.NO_HIRE;
    }
}
