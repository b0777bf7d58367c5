package dev.designround.rules;

import java.util.List;
import java.util.Locale;

/**
 * What the next verdict up needs, so that a verdict explains itself: the score it takes, the blockers in the way
 * and the fixes worth most.
 *
 * @param target   the next verdict up
 * @param needed   the score it takes
 * @param score    the score now
 * @param blockers blockers in the way: failed on the canvas (No Hire), or for Strong Hire also said but not drawn
 * @param fixes    the fewest fixes, worth most first (blockers first), that reach the score needed (at most five)
 */
public record NextVerdict(Verdict target, double needed, double score, List<Finding> blockers, List<Fix> fixes) {

    /** One failed rule and the points fixing it would add. */
    public record Fix(Finding finding, double points) {
    }

    public NextVerdict {
        blockers = List.copyOf(blockers);
        fixes = List.copyOf(fixes);
    }

    /** "Lean Hire needs 60; you have 50.0. The fixes worth most: X (+6.7), Y (+4.4)." */
    public String sentence() {
        StringBuilder s = new StringBuilder();
        if (!blockers.isEmpty()) {
            String at = target == Verdict.STRONG_HIRE ? "Lean Hire (said, not drawn)" : "No Hire";
            s.append(blockers.size() == 1 ? "A blocker keeps this at " + at + ": " : "Blockers keep this at " + at + ": ")
                    .append(Text.joinAnd(blockers.stream().map(Finding::title).toList()))
                    .append(". ");
        }
        s.append(target.label()).append(" needs ").append(format(needed)).append("; you have ")
                .append(format(score)).append('.');
        if (!fixes.isEmpty()) {
            s.append(" The fixes worth most: ").append(Text.joinAnd(fixes.stream()
                    .map(f -> f.finding().title() + " (+" + format(f.points()) + ")").toList())).append('.');
        }
        return s.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
