package dev.designround.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassStatsTest {

    static Finding finding(String rule, boolean passed, Severity severity) {
        return new Finding(rule, "Title of " + rule, passed, severity, RuleCategory.GUARDRAILS, 1, List.of(),
                List.of(), List.of(), "message", "why " + rule, "fix " + rule);
    }

    static Report report(Verdict verdict, double score, Finding... findings) {
        return new Report("s", verdict, score, List.of(findings), List.of());
    }

    @Test
    void verdictsAreCountedEveryVerdictPresentBestFirst() {
        ClassStats stats = ClassStats.of(List.of(report(Verdict.NO_HIRE, 10), report(Verdict.NO_HIRE, 20),
                report(Verdict.STRONG_HIRE, 90)));
        assertThat(stats.graded()).isEqualTo(3);
        assertThat(stats.verdicts()).containsExactly(java.util.Map.entry(Verdict.STRONG_HIRE, 1),
                java.util.Map.entry(Verdict.LEAN_HIRE, 0), java.util.Map.entry(Verdict.NO_HIRE, 2));
        assertThat(stats.percent(2)).isEqualTo(67);
    }

    @Test
    void scoresFallInTenthsAndAHundredCountsInTheLast() {
        List<Report> reports = new ArrayList<>();
        for (double score : new double[] {0, 9.9, 10, 55, 89.9, 90, 100}) {
            reports.add(report(Verdict.NO_HIRE, score));
        }
        ClassStats stats = ClassStats.of(reports);
        assertThat(stats.histogram()).containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 1, 2);
        assertThat(stats.median()).isEqualTo(55);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ClassStats.of(List.of(report(Verdict.NO_HIRE, 10), report(Verdict.NO_HIRE, 35),
                report(Verdict.NO_HIRE, 40), report(Verdict.NO_HIRE, 100))).median()).isEqualTo(37.5);
        assertThat(ClassStats.of(List.of()).median()).isZero();
    }

    @Test
    void rulesFailedMostOftenComeFirstThenByShareOfDesignsThatHaveThem() {
        Report a = report(Verdict.NO_HIRE, 0, finding("r1", false, Severity.MINOR), finding("r2", false,
                Severity.MAJOR), finding("r3", true, Severity.BLOCKER));
        Report b = report(Verdict.NO_HIRE, 0, finding("r1", false, Severity.BLOCKER), finding("r2", true,
                Severity.MAJOR), finding("r3", true, Severity.BLOCKER), finding("r4", false, Severity.MINOR));
        ClassStats stats = ClassStats.of(List.of(a, b));
        assertThat(stats.mostFailed()).extracting(ClassStats.RuleTally::rule).containsExactly("r1", "r4", "r2");
        ClassStats.RuleTally r1 = stats.mostFailed().get(0);
        assertThat(r1.failed()).isEqualTo(2);
        assertThat(r1.evaluated()).isEqualTo(2);
        assertThat(r1.severity()).as("the most severe seen").isEqualTo(Severity.BLOCKER);
        assertThat(r1.why()).isEqualTo("why r1");
        assertThat(r1.fix()).isEqualTo("fix r1");
        assertThat(stats.mostFailed().get(1).evaluated()).isEqualTo(1);
    }

    @Test
    void aRuleIsCountedPerScenarioBecauseEachWordsItForItsRound() {
        Report legal = new Report("legal", Verdict.NO_HIRE, 0, List.of(finding("r1", false, Severity.MAJOR)),
                List.of());
        Report travel = new Report("travel", Verdict.NO_HIRE, 0, List.of(finding("r1", false, Severity.MAJOR)),
                List.of());
        ClassStats stats = ClassStats.of(List.of(legal, travel, legal));
        assertThat(stats.mostFailed()).extracting(t -> t.scenario() + " " + t.rule() + " " + t.failed())
                .containsExactly("legal r1 2", "travel r1 1");
        assertThat(stats.scenarios()).containsExactly("legal", "travel");
    }
}
