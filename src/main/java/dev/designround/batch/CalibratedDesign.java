package dev.designround.batch;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One labelled design, graded, and how the grading compares with its labels. A failure mode counts as flagged when
 * some finding that covers it did not pass: failed, not wired, or said in the notes but not drawn.
 *
 * @param label          what the labeller expects
 * @param report         the grading
 * @param wronglyFlagged failure modes the design defends against that the grading flags anyway
 * @param missed         failure modes the design leaves open that the grading does not flag
 * @param responsible    the rules behind each disagreement, wrongly flagged first, then missed, then the verdict
 */
public record CalibratedDesign(CalibrationCase label, Report report, List<String> wronglyFlagged, List<String> missed,
                               List<Responsible> responsible) {

    /** Why a rule is named: it flagged a defence, it passed over a gap, or it moved the verdict. */
    public enum Reason {
        WRONGLY_FLAGGED("wrongly-flagged"), MISSED("missed"), VERDICT("verdict");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        /** The id in JSON output. */
        public String id() {
            return id;
        }
    }

    /**
     * A rule behind a disagreement.
     *
     * @param reason      which disagreement
     * @param failureMode the failure mode wrongly flagged or missed; empty for the verdict
     * @param rule        the rule's id; empty when no rule is to blame (no rule covers a missed failure mode, a
     *                    score above what was expected)
     * @param status      the rule's finding; null when {@code rule} is empty
     * @param message     the finding's message, or what went wrong when no rule is named
     */
    public record Responsible(Reason reason, String failureMode, String rule, Finding.Status status,
                              String message) {
    }

    public CalibratedDesign {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(report, "report");
        wronglyFlagged = List.copyOf(wronglyFlagged);
        missed = List.copyOf(missed);
        responsible = List.copyOf(responsible);
    }

    /** Compares a grading with the labels. */
    public static CalibratedDesign of(CalibrationCase label, Report report) {
        Set<String> flagged = flagged(report);
        List<String> wrong = label.notFlags().stream().filter(flagged::contains).toList();
        List<String> missed = label.flags().stream().filter(m -> !flagged.contains(m)).toList();
        List<Responsible> responsible = new ArrayList<>();
        for (String mode : wrong) {
            for (Finding f : covering(report, mode)) {
                if (f.failed()) {
                    responsible.add(new Responsible(Reason.WRONGLY_FLAGGED, mode, f.rule(), f.status(), f.message()));
                }
            }
        }
        for (String mode : missed) {
            responsible.addAll(missedBy(report, mode));
        }
        if (!label.expected().contains(report.verdict())) {
            responsible.addAll(verdictBy(label, report));
        }
        return new CalibratedDesign(label, report, wrong, missed, responsible);
    }

    /** Every failure mode some finding that did not pass covers. */
    public static Set<String> flagged(Report report) {
        Set<String> out = new LinkedHashSet<>();
        report.findings().stream().filter(Finding::failed).forEach(f -> out.addAll(f.failureModes()));
        return out;
    }

    private static List<Finding> covering(Report report, String mode) {
        return report.findings().stream().filter(f -> f.failureModes().contains(mode)).toList();
    }

    /** The rules covering a missed failure mode that passed; else those that did not apply; else none covers it. */
    private static List<Responsible> missedBy(Report report, String mode) {
        List<Finding> covering = covering(report, mode);
        List<Finding> passed = covering.stream().filter(Finding::passed).toList();
        List<Finding> named = passed.isEmpty() ? covering.stream().filter(f -> !f.applies()).toList() : passed;
        if (named.isEmpty()) {
            return List.of(new Responsible(Reason.MISSED, mode, "", null, "no rule of the scenario's rubric covers "
                    + "this failure mode"));
        }
        return named.stream().map(f -> new Responsible(Reason.MISSED, mode, f.rule(), f.status(), f.message()))
                .toList();
    }

    /**
     * Below every verdict expected: the blockers that failed, else the fixes worth most towards the next verdict.
     * Above: the score, which no rule failed enough to lower.
     */
    private static List<Responsible> verdictBy(CalibrationCase label, Report report) {
        boolean tooLow = label.expected().stream().anyMatch(v -> v.isBetterThan(report.verdict()));
        if (!tooLow) {
            double needed = report.verdict() == Verdict.STRONG_HIRE ? report.thresholds().strongHire()
                    : report.thresholds().leanHire();
            return List.of(new Responsible(Reason.VERDICT, "", "", null, String.format(Locale.ROOT,
                    "score %.1f reaches %s (needs %s) and no blocker failed", report.score(),
                    report.verdict().label(), plain(needed))));
        }
        List<Finding> blockers = report.findings().stream().filter(Finding::isFailedBlocker).toList();
        List<Finding> named = !blockers.isEmpty() ? blockers : report.next()
                .map(n -> n.fixes().stream().map(dev.designround.rules.NextVerdict.Fix::finding).toList()).orElse(List.of());
        return named.stream().map(f -> new Responsible(Reason.VERDICT, "", f.rule(), f.status(), f.message()))
                .toList();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }

    public Verdict given() {
        return report.verdict();
    }

    /** The verdict is one of those expected. */
    public boolean verdictAgrees() {
        return label.expected().contains(report.verdict());
    }

    /** The verdict is one of those expected, and no failure mode is wrongly flagged or missed. */
    public boolean agrees() {
        return verdictAgrees() && wronglyFlagged.isEmpty() && missed.isEmpty();
    }

    /** Strong Hire expected and No Hire given, or the reverse. */
    public boolean inversion() {
        return label.expected().contains(Verdict.STRONG_HIRE) && report.verdict() == Verdict.NO_HIRE
                || label.expected().contains(Verdict.NO_HIRE) && report.verdict() == Verdict.STRONG_HIRE;
    }
}
