package dev.designround.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A graded design: verdict, score and every finding. Immutable; a pure function of (design, rubric).
 *
 * @param scenario   the scenario id the rubric belongs to
 * @param verdict    a blocker failed on the canvas means NO_HIRE; otherwise by the rubric's score thresholds
 * @param score      weighted share of credit earned by the rules that apply, 0–100
 * @param findings   one per rule evaluated, in rubric order
 * @param categories the score per category that has rules that apply, in {@link RuleCategory} order
 * @param thresholds the scores the verdicts need
 */
public record Report(String scenario, Verdict verdict, double score, List<Finding> findings,
                     List<CategoryScore> categories, Thresholds thresholds) {

    public Report {
        findings = List.copyOf(findings);
        categories = List.copyOf(categories);
    }

    public Report(String scenario, Verdict verdict, double score, List<Finding> findings,
                  List<CategoryScore> categories) {
        this(scenario, verdict, score, findings, categories, Thresholds.DEFAULT);
    }

    /** Findings that cost score: failed, not wired, or said but not drawn. */
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

    /** What the next verdict up needs; empty at Strong Hire. */
    public Optional<NextVerdict> next() {
        if (verdict == Verdict.STRONG_HIRE) {
            return Optional.empty();
        }
        Verdict target = verdict == Verdict.NO_HIRE ? Verdict.LEAN_HIRE : Verdict.STRONG_HIRE;
        double needed = target == Verdict.STRONG_HIRE ? thresholds.strongHire() : thresholds.leanHire();
        List<Finding> blockers = findings.stream().filter(f -> f.isFailedBlocker()
                || target == Verdict.STRONG_HIRE && f.isSaidBlocker()).toList();
        double total = findings.stream().filter(Finding::applies).mapToDouble(Finding::weight).sum();
        List<NextVerdict.Fix> fixes = new ArrayList<>();
        findings.stream().filter(Finding::failed)
                .sorted(Comparator.comparingDouble((Finding f) -> blockers.contains(f) ? 0 : 1)
                        .thenComparing(Comparator.comparingDouble((Finding f) -> f.weight() - f.earned()).reversed()))
                .forEach(f -> fixes.add(new NextVerdict.Fix(f, total == 0 ? 0
                        : Grader.round(100 * (f.weight() - f.earned()) / total))));
        double gap = Math.max(0, needed - score);
        List<NextVerdict.Fix> worth = new ArrayList<>();
        double gained = 0;
        for (NextVerdict.Fix fix : fixes) {
            boolean stillNeeded = gained < gap || blockers.contains(fix.finding());
            if (!stillNeeded || worth.size() >= 5) {
                break;
            }
            worth.add(fix);
            gained += fix.points();
        }
        return Optional.of(new NextVerdict(target, needed, score, blockers, worth));
    }
}
