package dev.designround.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.batch.CalibratedDesign.Reason;
import dev.designround.batch.CalibratedDesign.Responsible;
import dev.designround.rules.Finding;
import dev.designround.rules.Finding.Status;
import dev.designround.rules.Report;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a grading is compared with a design's labels: what counts as flagged, and which rules are named. */
class CalibratedDesignTest {

    private static Finding finding(String rule, Status status, Severity severity, String... modes) {
        return new Finding(rule, rule + " title", status, severity, RuleCategory.GUARDRAILS, severity.defaultWeight(),
                List.of(modes), List.of(), List.of(), rule + " message", "why", "fix", List.of());
    }

    private static Report report(Verdict verdict, double score, Finding... findings) {
        return new Report("legal-doc-qa", verdict, score, List.of(findings), List.of());
    }

    private static CalibrationCase label(List<Verdict> expected, List<String> flags, List<String> notFlags) {
        return new CalibrationCase("set", Path.of("set/a.json"), "set/a.json", "legal-doc-qa", "lean", expected,
                flags, notFlags, "");
    }

    @Test
    void failedUnwiredAndSaidFlagAFailureModePassedAndNotApplicableDoNot() {
        Report r = report(Verdict.LEAN_HIRE, 60, finding("a", Status.FAILED, Severity.MAJOR, "m-failed"),
                finding("b", Status.UNWIRED, Severity.MAJOR, "m-unwired"),
                finding("c", Status.SAID, Severity.MAJOR, "m-said"),
                finding("d", Status.PASSED, Severity.MAJOR, "m-passed"),
                finding("e", Status.NOT_APPLICABLE, Severity.MAJOR, "m-na"));
        assertThat(CalibratedDesign.flagged(r)).containsExactly("m-failed", "m-unwired", "m-said");
    }

    @Test
    void agreesWhenTheVerdictIsExpectedAndEveryFlagIsRight() {
        Report r = report(Verdict.LEAN_HIRE, 60, finding("guard", Status.FAILED, Severity.MAJOR, "hallucination"),
                finding("walls", Status.PASSED, Severity.BLOCKER, "retrieval-acl"));
        CalibratedDesign d = CalibratedDesign.of(label(List.of(Verdict.LEAN_HIRE, Verdict.NO_HIRE),
                List.of("hallucination"), List.of("retrieval-acl")), r);
        assertThat(d.agrees()).isTrue();
        assertThat(d.verdictAgrees()).isTrue();
        assertThat(d.inversion()).isFalse();
        assertThat(d.wronglyFlagged()).isEmpty();
        assertThat(d.missed()).isEmpty();
        assertThat(d.responsible()).isEmpty();
    }

    @Test
    void aDefenceFlaggedNamesEveryRuleThatFlaggedIt() {
        Report r = report(Verdict.LEAN_HIRE, 60, finding("walls", Status.FAILED, Severity.MAJOR, "retrieval-acl"),
                finding("filter", Status.SAID, Severity.MINOR, "retrieval-acl", "sensitive-data-leak"),
                finding("other", Status.PASSED, Severity.MINOR, "retrieval-acl"));
        CalibratedDesign d = CalibratedDesign.of(label(List.of(Verdict.LEAN_HIRE), List.of(),
                List.of("retrieval-acl")), r);
        assertThat(d.agrees()).isFalse();
        assertThat(d.verdictAgrees()).isTrue();
        assertThat(d.wronglyFlagged()).containsExactly("retrieval-acl");
        assertThat(d.responsible()).containsExactly(
                new Responsible(Reason.WRONGLY_FLAGGED, "retrieval-acl", "walls", Status.FAILED, "walls message"),
                new Responsible(Reason.WRONGLY_FLAGGED, "retrieval-acl", "filter", Status.SAID, "filter message"));
    }

    @Test
    void aGapMissedNamesTheRulesThatPassedElseThoseNotJudgingElseSaysNoneCoversIt() {
        Report r = report(Verdict.NO_HIRE, 10, finding("grounded", Status.PASSED, Severity.MAJOR, "hallucination"),
                finding("grounded-2", Status.NOT_APPLICABLE, Severity.MAJOR, "hallucination"),
                finding("training", Status.NOT_APPLICABLE, Severity.MAJOR, "pii-in-logs"));
        CalibratedDesign d = CalibratedDesign.of(label(List.of(Verdict.NO_HIRE),
                List.of("hallucination", "pii-in-logs", "drift"), List.of()), r);
        assertThat(d.missed()).containsExactly("hallucination", "pii-in-logs", "drift");
        assertThat(d.responsible()).containsExactly(
                new Responsible(Reason.MISSED, "hallucination", "grounded", Status.PASSED, "grounded message"),
                new Responsible(Reason.MISSED, "pii-in-logs", "training", Status.NOT_APPLICABLE, "training message"),
                new Responsible(Reason.MISSED, "drift", "", null, "no rule of the scenario's rubric covers this "
                        + "failure mode"));
    }

    @Test
    void aVerdictTooLowNamesTheFailedBlockers() {
        Report r = report(Verdict.NO_HIRE, 70, finding("refunds", Status.FAILED, Severity.BLOCKER),
                finding("audit", Status.FAILED, Severity.MAJOR));
        CalibratedDesign d = CalibratedDesign.of(label(List.of(Verdict.STRONG_HIRE), List.of(), List.of()), r);
        assertThat(d.inversion()).isTrue();
        assertThat(d.verdictAgrees()).isFalse();
        assertThat(d.responsible()).containsExactly(
                new Responsible(Reason.VERDICT, "", "refunds", Status.FAILED, "refunds message"));
    }

    @Test
    void aVerdictTooLowWithoutBlockersNamesTheFixesWorthMost() {
        Report r = report(Verdict.NO_HIRE, 30, finding("audit", Status.FAILED, Severity.MAJOR),
                finding("eval", Status.PASSED, Severity.MAJOR));
        CalibratedDesign d = CalibratedDesign.of(label(List.of(Verdict.LEAN_HIRE), List.of(), List.of()), r);
        assertThat(d.inversion()).isFalse();
        assertThat(d.responsible()).extracting(Responsible::rule).containsExactly("audit");
    }

    @Test
    void aVerdictTooHighSaysTheScoreReachedIt() {
        Report r = report(Verdict.STRONG_HIRE, 85, finding("audit", Status.PASSED, Severity.MAJOR));
        CalibratedDesign d = CalibratedDesign.of(label(List.of(Verdict.NO_HIRE), List.of(), List.of()), r);
        assertThat(d.inversion()).isTrue();
        assertThat(d.responsible()).containsExactly(new Responsible(Reason.VERDICT, "", "", null,
                "score 85.0 reaches Strong Hire (needs 80) and no blocker failed"));
    }

    @Test
    void totalsCountAgreementFlagsLeanDesignsAndTheConfusionTable() {
        CalibratedDesign lean = CalibratedDesign.of(label(List.of(Verdict.LEAN_HIRE), List.of("hallucination"),
                List.of("retrieval-acl")), report(Verdict.LEAN_HIRE, 60,
                finding("g", Status.FAILED, Severity.MAJOR, "hallucination", "retrieval-acl")));
        CalibratedDesign inverted = CalibratedDesign.of(label(List.of(Verdict.STRONG_HIRE), List.of(), List.of()),
                report(Verdict.NO_HIRE, 20, finding("b", Status.FAILED, Severity.BLOCKER)));
        CalibratedDesign fine = CalibratedDesign.of(label(List.of(Verdict.STRONG_HIRE, Verdict.LEAN_HIRE),
                List.of("drift"), List.of()), report(Verdict.STRONG_HIRE, 90,
                finding("d", Status.UNWIRED, Severity.MINOR, "drift")));
        CalibrationTotals t = CalibrationTotals.of(List.of(lean, inverted, fine));
        assertThat(t.total()).isEqualTo(3);
        assertThat(t.agree()).isEqualTo(1);
        assertThat(t.verdictAgree()).isEqualTo(2);
        assertThat(t.inversions()).isEqualTo(1);
        assertThat(t.wronglyFlagged()).isEqualTo(1);
        assertThat(t.notFlags()).isEqualTo(1);
        assertThat(t.missed()).isZero();
        assertThat(t.flags()).isEqualTo(2);
        assertThat(t.lean()).isEqualTo(3);
        assertThat(t.leanGradedLean()).isEqualTo(1);
        assertThat(t.confusion()).extracting(CalibrationTotals.ConfusionRow::expected).containsExactly(
                List.of(Verdict.STRONG_HIRE), List.of(Verdict.STRONG_HIRE, Verdict.LEAN_HIRE),
                List.of(Verdict.LEAN_HIRE));
        assertThat(t.confusion().get(0).count(Verdict.NO_HIRE)).isEqualTo(1);
        assertThat(t.confusion().get(0).count(Verdict.STRONG_HIRE)).isZero();
    }
}
