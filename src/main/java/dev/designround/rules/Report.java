package dev.designround.rules;

import java.util.Comparator;
import java.util.List;

/**
 * A graded design: verdict, score and every finding. Immutable; a pure function of (design, rubric).
 *
 * @param scenario   the scenario id the rubric belongs to
 * @param verdict    a failed blocker means NO_HIRE; otherwise by the rubric's score thresholds
 * @param score      weighted share of passed rules, 0–100
 * @param findings   one per rule evaluated, in rubric order
 * @param categories the score per category that has rules, in {@link RuleCategory} order
 */
public record Report(String scenario, Verdict verdict, double score, List<Finding> findings,
                     List<CategoryScore> categories) {

    public Report {
        findings = List.copyOf(findings);
        categories = List.copyOf(categories);
    }

    public List<Finding> failed() {
        return findings.stream().filter(Finding::failed).toList();
    }

    public List<Finding> passed() {
        return findings.stream().filter(Finding::passed).toList();
    }

    /** Failed findings, blockers first, then major, then minor, in rubric order within a severity. */
    public List<Finding> failedBySeverity() {
        return findings.stream().filter(Finding::failed)
                .sorted(Comparator.comparing(Finding::severity)).toList();
    }

    public boolean hasFailedBlocker() {
        return findings.stream().anyMatch(Finding::isFailedBlocker);
    }
}
