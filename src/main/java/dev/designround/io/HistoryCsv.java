package dev.designround.io;

import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A scenario's history as CSV (RFC 4180, UTF-8, CRLF line ends), one row per attempt, for a spreadsheet:
 * {@code scenario, attempt, submitted (ISO-8601, UTC), verdict, score}, a column per category ({@code
 * score:guardrails}, ...; empty where an attempt had no rule of it), and the failed rule ids separated by
 * {@code ;}. Text that a spreadsheet would take for a formula (starting with {@code = + - @}) is prefixed with an
 * apostrophe. Written by hand rather than with Commons CSV: quoting is the whole job, a dozen lines.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    public static String toCsv(AttemptHistory history) {
        Set<String> categories = new LinkedHashSet<>();
        history.attempts().forEach(a -> categories.addAll(a.categories().keySet()));
        StringBuilder out = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("scenario", "attempt", "submitted", "verdict", "score"));
        categories.forEach(c -> head.add("score:" + c));
        head.add("failed rules");
        row(out, head);
        int n = 1;
        for (Attempt a : history.attempts()) {
            List<String> cells = new ArrayList<>(List.of(history.scenario(), Integer.toString(n++), a.at().toString(),
                    a.verdict().name(), number(a.score())));
            for (String c : categories) {
                Double v = a.categories().get(c);
                cells.add(v == null ? "" : number(v));
            }
            cells.add(String.join(";", a.failedIds()));
            row(out, cells);
        }
        return out.toString();
    }

    /** Writes the CSV atomically, keeping the previous file as {@code NAME.bak}. */
    public static void save(AttemptHistory history, Path file) throws IOException {
        AtomicFiles.write(file, toCsv(history).getBytes(StandardCharsets.UTF_8));
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.matches("(?s).*[\",\r\n].*") ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
