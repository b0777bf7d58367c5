package dev.designround.round;

import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One submission of a scenario's round, as the practice history keeps it: when, the verdict, the score, the score
 * per category and the rules that failed (with their titles, so that an old attempt reads the same after the
 * rubric changed). Immutable.
 *
 * @param at         when it was submitted
 * @param verdict    the interviewer's call
 * @param score      weighted share of passed rules, 0–100
 * @param categories score per category id ({@code guardrails}, ...), 0–100, in the report's order
 * @param failed     the rules that failed, in the report's order
 */
public record Attempt(Instant at, Verdict verdict, double score, Map<String, Double> categories,
                      List<FailedRule> failed) {

    /** A rule that failed in an attempt: its stable id and its title. */
    public record FailedRule(String id, String title) {

        public FailedRule {
            Objects.requireNonNull(id, "id");
            title = title == null || title.isBlank() ? id : title;
        }
    }

    public Attempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(verdict, "verdict");
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be within 0..100, got " + score);
        }
        categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
        failed = List.copyOf(failed);
    }

    /** The attempt a graded design makes when it is submitted at {@code at}. */
    public static Attempt of(Report report, Instant at) {
        Map<String, Double> categories = new LinkedHashMap<>();
        for (CategoryScore c : report.categories()) {
            categories.put(c.category().id(), c.score());
        }
        List<FailedRule> failed = report.failed().stream().map(Finding::rule).distinct()
                .map(id -> new FailedRule(id, report.findings().stream().filter(f -> f.rule().equals(id))
                        .map(Finding::title).findFirst().orElse(id)))
                .toList();
        return new Attempt(at, report.verdict(), report.score(), categories, failed);
    }

    /** The ids of the rules that failed. */
    public List<String> failedIds() {
        return failed.stream().map(FailedRule::id).toList();
    }
}
