package dev.designround.batch;

import dev.designround.rules.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a calibration run adds up to over some labelled designs.
 *
 * @param total          designs graded
 * @param agree          verdict among those expected and no failure mode wrongly flagged or missed
 * @param verdictAgree   verdict among those expected
 * @param inversions     Strong Hire expected and No Hire given, or the reverse
 * @param wronglyFlagged defences flagged, of {@code notFlags} labelled
 * @param notFlags       failure modes labelled as defended against
 * @param missed         gaps not flagged, of {@code flags} labelled
 * @param flags          failure modes labelled as left open
 * @param lean           designs labelled as the lean answer
 * @param leanGradedLean of those, graded Lean Hire
 * @param confusion      a row per set of expected verdicts (best first) counting the verdicts given
 */
public record CalibrationTotals(int total, int agree, int verdictAgree, int inversions, int wronglyFlagged,
                                int notFlags, int missed, int flags, int lean, int leanGradedLean,
                                List<ConfusionRow> confusion) {

    /** The designs labelled with one set of verdicts and how many got each verdict. */
    public record ConfusionRow(List<Verdict> expected, Map<Verdict, Integer> given) {

        public ConfusionRow {
            expected = List.copyOf(expected);
            given = java.util.Collections.unmodifiableMap(new EnumMap<>(given));
        }

        public int count(Verdict verdict) {
            return given.getOrDefault(verdict, 0);
        }
    }

    public CalibrationTotals {
        confusion = List.copyOf(confusion);
    }

    public static CalibrationTotals of(List<CalibratedDesign> designs) {
        int agree = 0;
        int verdictAgree = 0;
        int inversions = 0;
        int wrong = 0;
        int notFlags = 0;
        int missed = 0;
        int flags = 0;
        int lean = 0;
        int leanAsLean = 0;
        Map<List<Verdict>, Map<Verdict, Integer>> rows = new LinkedHashMap<>();
        for (CalibratedDesign d : designs) {
            agree += d.agrees() ? 1 : 0;
            verdictAgree += d.verdictAgrees() ? 1 : 0;
            inversions += d.inversion() ? 1 : 0;
            wrong += d.wronglyFlagged().size();
            notFlags += d.label().notFlags().size();
            missed += d.missed().size();
            flags += d.label().flags().size();
            if (d.label().lean()) {
                lean++;
                leanAsLean += d.given() == Verdict.LEAN_HIRE ? 1 : 0;
            }
            List<Verdict> expected = d.label().expected().stream().sorted().toList();
            rows.computeIfAbsent(expected, e -> new EnumMap<>(Verdict.class)).merge(d.given(), 1, Integer::sum);
        }
        List<ConfusionRow> confusion = new ArrayList<>();
        rows.forEach((expected, given) -> confusion.add(new ConfusionRow(expected, given)));
        confusion.sort(Comparator.comparing((ConfusionRow r) -> r.expected().get(0))
                .thenComparing(r -> r.expected().size()).thenComparing(r -> r.expected().toString()));
        return new CalibrationTotals(designs.size(), agree, verdictAgree, inversions, wrong, notFlags, missed, flags,
                lean, leanAsLean, confusion);
    }
}
