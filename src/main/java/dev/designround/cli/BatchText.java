package dev.designround.cli;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.GradedDesign;
import dev.designround.io.report.ClassStats;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code check --format text} over many designs: each design's report as a single check prints it, then a summary
 * table (file, scenario, verdict, score, failed blockers), the verdicts' counts and the rules failed most often
 * across the set.
 */
final class BatchText {

    /** Rules listed under "Failed most often". */
    static final int TOP_RULES = 10;

    private BatchText() {
    }

    static void print(CheckRun run, PrintWriter out) {
        for (GradedDesign g : run.graded()) {
            ReportText.print(g.report(), g.scenarioTitle(), g.file().display(), out);
            out.println();
        }
        ClassStats stats = ClassStats.of(run.reports());
        long bad = run.count(BatchOutcome.Bad.class) + run.count(BatchOutcome.Failed.class);
        long skipped = run.count(BatchOutcome.Skipped.class);
        out.println("Summary: " + stats.graded() + (stats.graded() == 1 ? " design" : " designs") + " graded"
                + (bad == 0 ? "" : ", " + bad + (bad == 1 ? " file" : " files")
                + " could not be graded (the reasons are on stderr)")
                + (skipped == 0 ? "" : ", " + skipped + (skipped == 1 ? " file" : " files")
                + " skipped in the folders (not designs: scenarios, catalogs, other programs' files)"));
        out.println();
        table(run, out);
        out.println();
        out.println("Verdicts: " + stats.verdicts().entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue() + " (" + stats.percent(e.getValue()) + " %)")
                .collect(Collectors.joining(", "))
                + (stats.graded() == 0 ? "" : String.format(Locale.ROOT, "; median score %.1f", stats.median())));
        run.minVerdict().ifPresent(min -> out.println("Below " + min.label() + " (--min-verdict): "
                + run.belowMinimum().size() + " of " + stats.graded()));
        out.println();
        List<ClassStats.RuleTally> failed = stats.mostFailed();
        out.println("Failed most often" + (failed.size() > TOP_RULES ? " (the first " + TOP_RULES + " of "
                + failed.size() + " rules failed at least once)" : "") + ":");
        if (failed.isEmpty()) {
            out.println("  none");
        }
        for (ClassStats.RuleTally t : failed.subList(0, Math.min(TOP_RULES, failed.size()))) {
            out.printf(Locale.ROOT, "  %4d of %-4d %4s  %-8s %s%s — %s%n", t.failed(), t.evaluated(),
                    Math.round(100.0 * t.failed() / t.evaluated()) + "%", t.severity().id().toUpperCase(Locale.ROOT),
                    stats.scenarios().size() > 1 ? t.scenario() + ": " : "", t.rule(), t.title());
        }
    }

    private static void table(CheckRun run, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"FILE", "SCENARIO", "VERDICT", "SCORE", "FAILED BLOCKERS"});
        for (BatchOutcome<GradedDesign> o : run.shown()) {
            if (o instanceof BatchOutcome.Done<GradedDesign> d) {
                Report r = d.value().report();
                String blockers = r.findings().stream().filter(Finding::isFailedBlocker).map(Finding::rule)
                        .collect(Collectors.joining(", "));
                rows.add(new String[] {o.file().display(), r.scenario(), verdict(run, r.verdict()),
                        String.format(Locale.ROOT, "%.1f", r.score()), blockers.isEmpty() ? "–" : blockers});
            } else {
                rows.add(new String[] {o.file().display(), "–", "not graded", "–", "–"});
            }
        }
        int[] width = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.println(("  " + pad(row[0], width[0]) + "  " + pad(row[1], width[1]) + "  " + pad(row[2], width[2])
                    + "  " + " ".repeat(width[3] - row[3].length()) + row[3] + "  " + row[4]).stripTrailing());
        }
    }

    private static String verdict(CheckRun run, Verdict v) {
        return v.label() + (run.below(v) ? " (below)" : "");
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
