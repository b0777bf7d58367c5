package dev.designround.round;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every submission of one scenario's round, oldest first: what the History view charts and compares, and what the
 * start view's tile sums up as a trend. Immutable; {@link #with} gives a new history.
 */
public record AttemptHistory(String scenario, List<Attempt> attempts) {

    /** Which way the score went from the attempt before the latest to the latest. */
    public enum Trend { UP, DOWN, SAME, FIRST }

    public AttemptHistory {
        Objects.requireNonNull(scenario, "scenario");
        attempts = attempts.stream().sorted(Comparator.comparing(Attempt::at)).toList();
    }

    public static AttemptHistory empty(String scenario) {
        return new AttemptHistory(scenario, List.of());
    }

    public AttemptHistory with(Attempt attempt) {
        List<Attempt> next = new java.util.ArrayList<>(attempts);
        next.add(attempt);
        return new AttemptHistory(scenario, next);
    }

    public boolean isEmpty() {
        return attempts.isEmpty();
    }

    public int size() {
        return attempts.size();
    }

    public Optional<Attempt> latest() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /** The best attempt: a better verdict wins, then a higher score, then the earlier. */
    public Optional<Attempt> best() {
        Attempt best = null;
        for (Attempt a : attempts) {
            if (best == null || a.verdict().isBetterThan(best.verdict())
                    || a.verdict() == best.verdict() && a.score() > best.score()) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Up, down or the same score as the attempt before; {@code FIRST} with one attempt or none. */
    public Trend trend() {
        if (attempts.size() < 2) {
            return Trend.FIRST;
        }
        double last = attempts.get(attempts.size() - 1).score();
        double before = attempts.get(attempts.size() - 2).score();
        return Math.abs(last - before) < 0.05 ? Trend.SAME : last > before ? Trend.UP : Trend.DOWN;
    }

    /** What changed from one attempt to a later one (by their numbers, from 1). */
    public AttemptDiff compare(int earlier, int later) {
        return AttemptDiff.between(attempts.get(earlier - 1), attempts.get(later - 1));
    }
}
