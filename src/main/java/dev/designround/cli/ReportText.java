package dev.designround.cli;

import dev.designround.json.OneLine;
import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Severity;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code check --format text}: for a person. Verdict and score first, then failed findings by severity with
 * their fix, then what passed, folded into a line. Text from files (the file name, labels in messages, a pack's
 * titles and advice) is printed through {@link OneLine}: it cannot reach the terminal as control characters.
 */
final class ReportText {

    private static final int BAR = 20;

    private ReportText() {
    }

    static void print(Report report, String scenarioTitle, String file, PrintWriter out) {
        out.println(OneLine.of(file) + " — " + OneLine.of(scenarioTitle) + " (" + OneLine.of(report.scenario()) + ")");
        long blockers = report.findings().stream().filter(Finding::isFailedBlocker).count();
        out.printf(Locale.ROOT, "Verdict: %s   score %.1f/100%s%n", report.verdict().label(), report.score(),
                blockers == 0 ? "" : "   (" + blockers + " blocker" + (blockers == 1 ? "" : "s") + " failed)");
        report.next().ifPresent(n -> out.println(OneLine.of(n.sentence())));
        out.println();
        for (CategoryScore c : report.categories()) {
            int filled = (int) Math.round(c.score() / 100 * BAR);
            out.printf(Locale.ROOT, "  %-18s %s%s %5.1f%%  %d/%d%n", c.category().label(), "█".repeat(filled),
                    "░".repeat(BAR - filled), c.score(), c.passed(), c.total());
        }
        List<Finding> failed = report.failedBySeverity();
        out.println();
        out.println("Failed (" + failed.size() + "):");
        if (failed.isEmpty()) {
            out.println("  none");
        }
        for (Finding f : failed) {
            out.printf(Locale.ROOT, "  %-8s %s — %s%s%n", f.severity().id().toUpperCase(Locale.ROOT),
                    OneLine.of(f.title()), OneLine.of(f.rule()),
                    f.status() == Finding.Status.SAID ? "   (said, not drawn)" : "");
            out.println("           " + OneLine.of(f.message()));
            for (String e : f.evidence()) {
                out.println("           Read as: " + OneLine.of(e));
            }
            out.println("           Why: " + OneLine.of(f.why()));
            out.println("           Fix: " + OneLine.of(f.fix()));
            if (!f.failureModes().isEmpty()) {
                out.println("           Failure modes: " + OneLine.of(String.join(", ", f.failureModes())));
            }
        }
        List<Finding> passed = report.passed();
        out.println();
        out.println("Passed (" + passed.size() + "): " + (passed.isEmpty() ? "none"
                : String.join("; ", passed.stream().map(f -> OneLine.of(f.title())).toList())));
        List<String> read = passed.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
        if (!read.isEmpty()) {
            out.println();
            out.println("How the drawing was read:");
            read.forEach(e -> out.println("  " + OneLine.of(e)));
        }
        List<Finding> skipped = report.findings().stream().filter(f -> !f.applies()).toList();
        if (!skipped.isEmpty()) {
            out.println();
            out.println("Not applicable (" + skipped.size() + "): " + String.join("; ", skipped.stream()
                    .map(f -> OneLine.of(f.title()) + " (" + OneLine.of(f.message()) + ")").toList()));
        }
    }

    static String severityLabel(Severity s) {
        return s.id();
    }
}
