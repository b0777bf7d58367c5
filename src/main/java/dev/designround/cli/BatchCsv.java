package dev.designround.cli;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.GradedDesign;
import dev.designround.diagram.SafeText;
import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code check --format csv}: one row per design for spreadsheets (RFC 4180: a header row, commas, fields quoted
 * when they hold a comma, quote or line break, CRLF line ends). Text that a spreadsheet would run as a formula
 * (starting with {@code = + - @}) is prefixed with an apostrophe.
 */
final class BatchCsv {

    static final List<String> HEADER = List.of("file", "scenario", "verdict", "score", "rules", "passed", "failed",
            "failed_blockers", "failed_rules", "error");

    private BatchCsv() {
    }

    static void write(CheckRun run, PrintWriter out) {
        row(out, HEADER);
        for (BatchOutcome<GradedDesign> o : run.shown()) {
            String file = o.file().display();
            if (o instanceof BatchOutcome.Done<GradedDesign> d) {
                Report r = d.value().report();
                row(out, List.of(text(file), text(r.scenario()), r.verdict().name(),
                        String.format(Locale.ROOT, "%.1f", r.score()), Integer.toString(r.findings().size()),
                        Integer.toString(r.passed().size()), Integer.toString(r.failed().size()),
                        Long.toString(r.findings().stream().filter(Finding::isFailedBlocker).count()),
                        text(r.failed().stream().map(Finding::rule).collect(Collectors.joining(" "))), ""));
            } else {
                row(out, List.of(text(file), "", "", "", "", "", "", "", "", text(BatchGrading.problem(o))));
            }
        }
    }

    private static void row(PrintWriter out, List<String> fields) {
        out.print(fields.stream().map(BatchCsv::quoted).collect(Collectors.joining(",")) + "\r\n");
    }

    /** Quotes a field when it needs it. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** User text, defused so that no spreadsheet runs it as a formula. */
    static String text(String s) {
        String clean = SafeText.clean(s);
        return !clean.isEmpty() && "=+-@".indexOf(clean.charAt(0)) >= 0 ? "'" + clean : clean;
    }
}
