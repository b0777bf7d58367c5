package dev.designround.rules;

/**
 * Score thresholds for the verdict when no blocker failed.
 *
 * @param strongHire at or above this score: Strong Hire (default 85)
 * @param leanHire   at or above this score: Lean Hire (default 60); below: No Hire
 */
public record Thresholds(double strongHire, double leanHire) {

    public static final Thresholds DEFAULT = new Thresholds(85, 60);

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
