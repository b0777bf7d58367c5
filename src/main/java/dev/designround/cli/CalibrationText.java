package dev.designround.cli;

import dev.designround.batch.CalibratedDesign;
import dev.designround.batch.CalibratedDesign.Responsible;
import dev.designround.batch.CalibrationTotals;
import dev.designround.json.OneLine;
import dev.designround.rules.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code calibrate --format text}: the totals per set (and in all), the confusion table, the failure modes wrongly
 * flagged and missed, then each disagreement with the rules behind it.
 */
final class CalibrationText {

    /** How much of a finding's message a disagreement line quotes. */
    static final int MESSAGE = 240;

    private CalibrationText() {
    }

    static void print(List<String> sets, List<CalibratedDesign> designs, PrintWriter out) {
        CalibrationTotals all = CalibrationTotals.of(designs);
        out.println("Calibration: " + all.total() + " labelled " + (all.total() == 1 ? "design" : "designs") + " in "
                + (sets.size() == 1 ? OneLine.of(sets.get(0)) : sets.size() + " sets"));
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"SET", "DESIGNS", "AGREE", "VERDICT", "INVERSIONS", "LEAN AS LEAN",
                "WRONGLY FLAGGED", "MISSED"});
        for (String set : sets) {
            rows.add(row(OneLine.of(set), CalibrationTotals.of(designs.stream()
                    .filter(d -> d.label().set().equals(set)).toList())));
        }
        if (sets.size() > 1) {
            rows.add(row("all", all));
        }
        table(rows, Alignment.of("LRLLRLLL"), out);
        out.println();
        out.println("Agree: the verdict is one of those labelled, and no failure mode is wrongly flagged or missed.");
        out.println("Verdict: the verdict is one of those labelled. Inversions: Strong Hire labelled and No Hire "
                + "given, or the reverse.");
        out.println("Lean as lean: the lean answers graded Lean Hire. Wrongly flagged: failure modes labelled as "
                + "defended against");
        out.println("that the grading flags, of all such labels. Missed: failure modes labelled as left open that it "
                + "does not flag.");
        out.println();
        out.println("Verdicts labelled (rows) against given (columns):");
        out.println();
        List<String[]> confusion = new ArrayList<>();
        confusion.add(new String[] {"LABELLED", "STRONG HIRE", "LEAN HIRE", "NO HIRE"});
        for (CalibrationTotals.ConfusionRow r : all.confusion()) {
            confusion.add(new String[] {r.expected().stream().map(Verdict::label).collect(Collectors.joining(" or ")),
                    Integer.toString(r.count(Verdict.STRONG_HIRE)), Integer.toString(r.count(Verdict.LEAN_HIRE)),
                    Integer.toString(r.count(Verdict.NO_HIRE))});
        }
        table(confusion, Alignment.of("LRRR"), out);
        out.println();
        out.println("Defences wrongly flagged: " + ofWithShare(all.wronglyFlagged(), all.notFlags())
                + byMode(designs, CalibratedDesign::wronglyFlagged));
        out.println("Gaps missed: " + ofWithShare(all.missed(), all.flags()) + byMode(designs, CalibratedDesign::missed));
        List<CalibratedDesign> disagreements = designs.stream().filter(d -> !d.agrees()).toList();
        out.println();
        out.println("Disagreements: " + disagreements.size() + " of " + all.total());
        for (CalibratedDesign d : disagreements) {
            out.println();
            disagreement(d, out);
        }
    }

    private static String[] row(String name, CalibrationTotals t) {
        return new String[] {name, Integer.toString(t.total()), t.agree() + " (" + percent(t.agree(), t.total()) + ")",
                t.verdictAgree() + " (" + percent(t.verdictAgree(), t.total()) + ")", Integer.toString(t.inversions()),
                t.lean() == 0 ? "–" : t.leanGradedLean() + " of " + t.lean() + " (" + percent(t.leanGradedLean(),
                        t.lean()) + ")",
                ofWithShare(t.wronglyFlagged(), t.notFlags()), ofWithShare(t.missed(), t.flags())};
    }

    /** {@code : unbounded-consumption 4, latency-budget 2}, most often first; empty when none. */
    private static String byMode(List<CalibratedDesign> designs, Function<CalibratedDesign, List<String>> modes) {
        Map<String, Integer> count = new LinkedHashMap<>();
        designs.forEach(d -> modes.apply(d).forEach(m -> count.merge(m, 1, Integer::sum)));
        if (count.isEmpty()) {
            return "";
        }
        return ": " + count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void disagreement(CalibratedDesign d, PrintWriter out) {
        String kind = d.label().kind().isEmpty() ? "" : ", " + OneLine.of(d.label().kind());
        out.println("  " + OneLine.of(d.label().display()) + " — " + OneLine.of(d.label().scenario()) + kind);
        out.println(String.format(Locale.ROOT, "    labelled %s, given %s (score %.1f)", d.label().expected().stream()
                .map(Verdict::label).collect(Collectors.joining(" or ")), d.given().label(), d.report().score()));
        for (Responsible r : d.responsible()) {
            out.println("    " + line(r));
        }
    }

    /** {@code wrongly flagged drift by mlops.drift-watched (failed): message}. */
    private static String line(Responsible r) {
        String rule = r.rule().isEmpty() ? "" : OneLine.of(r.rule()) + " (" + r.status().label() + ")";
        String head = switch (r.reason()) {
            case WRONGLY_FLAGGED -> "wrongly flagged " + r.failureMode() + " by " + rule;
            case MISSED -> "missed " + r.failureMode() + (rule.isEmpty() ? "" : ", " + rule);
            case VERDICT -> "verdict" + (rule.isEmpty() ? "" : " held down by " + rule);
        };
        return head + ": " + OneLine.of(r.message(), MESSAGE);
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }

    /** {@code 10 of 311 (3.2 %)}. */
    static String ofWithShare(int part, int whole) {
        return part + " of " + whole + (whole == 0 ? "" : String.format(Locale.ROOT, " (%.1f %%)",
                100.0 * part / whole));
    }

    private enum Alignment {
        LEFT, RIGHT;

        static List<Alignment> of(String letters) {
            return letters.chars().mapToObj(c -> c == 'R' ? RIGHT : LEFT).toList();
        }
    }

    private static void table(List<String[]> rows, List<Alignment> align, PrintWriter out) {
        int[] width = new int[align.size()];
        for (String[] row : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < width.length; i++) {
                String gap = " ".repeat(width[i] - row[i].length());
                line.append(' ').append(align.get(i) == Alignment.RIGHT ? gap + row[i] : row[i] + gap).append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
