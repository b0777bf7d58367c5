package dev.designround.testing;

import dev.designround.io.Grading;
import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import java.time.Instant;
import java.util.List;

/** Hand-made gradings for report tests (they need no rule engine). */
public final class ReportFixtures {

    public static final Instant GRADED_AT = Instant.parse("2026-03-14T09:26:53Z");

    private ReportFixtures() {
    }

    /** A Lean Hire of {@link ExportFixtures#small()}: one failed major, one failed minor, two passed rules. */
    public static Grading leanHire() {
        Report report = new Report("legal-doc-qa", Verdict.LEAN_HIRE, 72.5, List.of(
                new Finding("legal.answers-grounded", "Answers are checked against the sources", true,
                        Severity.BLOCKER, RuleCategory.GUARDRAILS, 3, List.of("hallucination"), List.of("guard"),
                        List.of(), "Grounding checker checks every answer before the lawyer sees it.", "", ""),
                new Finding("legal.audit-trail", "Every answer is logged for audit", false, Severity.MAJOR,
                        RuleCategory.OBSERVABILITY, 2, List.of("no-audit-trail"), List.of("llm"),
                        List.of("user", "llm", "guard", "user"),
                        "Nothing records what Claude answered.",
                        "Law firms must show what advice was given and on which sources.",
                        "Add an audit log on an async edge from the orchestrator."),
                new Finding("legal.eval", "Answers are evaluated offline", false, Severity.MINOR,
                        RuleCategory.EVALUATION, 1, List.of("no-evaluation"), List.of(), List.of(),
                        "No eval pipeline.", "Without evals, regressions ship silently.", "Add an eval pipeline."),
                new Finding("legal.fallback", "A provider outage does not stop answers", true, Severity.MAJOR,
                        RuleCategory.ARCHITECTURE, 2, List.of("provider-outage"), List.of("backup"), List.of(),
                        "Backup model takes over when Claude fails.", "", "")),
                List.of(new CategoryScore(RuleCategory.ARCHITECTURE, 100, 1, 1),
                        new CategoryScore(RuleCategory.GUARDRAILS, 100, 1, 1),
                        new CategoryScore(RuleCategory.EVALUATION, 0, 0, 1),
                        new CategoryScore(RuleCategory.OBSERVABILITY, 0, 0, 1)));
        return new Grading(report, "Document Q&A for a law firm", GRADED_AT);
    }

    /** A grading whose rule texts are hostile too (rubrics are data; messages quote node labels). */
    public static Grading hostile() {
        String nasty = ExportFixtures.NASTY_LABELS.get(0) + " " + ExportFixtures.NASTY_LABELS.get(5) + " "
                + ExportFixtures.NASTY_LABELS.get(1);
        Report report = new Report("legal-doc-qa", Verdict.NO_HIRE, 10, List.of(
                new Finding("x.<b>", nasty, false, Severity.BLOCKER, RuleCategory.SECURITY, 3, List.of("<i>"),
                        List.of("0", "id with \"quotes\" & <tags>"), List.of("0", "1"), nasty, nasty, nasty),
                new Finding("y", nasty, true, Severity.MINOR, RuleCategory.SECURITY, 1, List.of(), List.of(),
                        List.of(), nasty, "", "")),
                List.of(new CategoryScore(RuleCategory.SECURITY, 25, 1, 2)));
        return new Grading(report, nasty, GRADED_AT);
    }
}
