package dev.designround.io.report;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of graded designs says as a whole: how many got each verdict, how the scores spread, and which rules
 * failed most often. Immutable.
 *
 * @param graded     how many designs were graded
 * @param verdicts   how many got each verdict (every verdict present, best first)
 * @param histogram  how many scored in each tenth: [0, 10), [10, 20), ... [90, 100]
 * @param median     the median score (0 when none was graded)
 * @param mostFailed every rule that failed at least once, most often failed first
 * @param scenarios  the ids of the scenarios graded against, in the order first met
 */
public record ClassStats(int graded, Map<Verdict, Integer> verdicts, List<Integer> histogram, double median,
                         List<RuleTally> mostFailed, List<String> scenarios) {

    /** Buckets of the score histogram. */
    public static final int BUCKETS = 10;

    /**
     * One rule of one scenario across the set (scenarios word the same global rule for their own round, so a rule
     * is counted per scenario).
     *
     * @param scenario  the scenario id
     * @param severity  its most severe severity in the set (scenarios may weigh the same rule differently)
     * @param failed    in how many designs it failed
     * @param evaluated in how many designs it was evaluated (their scenarios' rubrics hold it)
     */
    public record RuleTally(String scenario, String rule, String title, Severity severity, int failed,
                            int evaluated, String why, String fix) {
    }

    public ClassStats {
        verdicts = Collections.unmodifiableMap(new EnumMap<>(verdicts));
        histogram = List.copyOf(histogram);
        mostFailed = List.copyOf(mostFailed);
        scenarios = List.copyOf(scenarios);
    }

    public static ClassStats of(List<Report> reports) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        Integer[] buckets = new Integer[BUCKETS];
        java.util.Arrays.fill(buckets, 0);
        List<Double> scores = new ArrayList<>();
        Map<String, RuleTally> rules = new LinkedHashMap<>();
        for (Report r : reports) {
            verdicts.merge(r.verdict(), 1, Integer::sum);
            buckets[bucket(r.score())]++;
            scores.add(r.score());
            for (Finding f : r.findings()) {
                rules.merge(r.scenario() + "\n" + f.rule(), new RuleTally(r.scenario(), f.rule(), f.title(),
                        f.severity(), f.passed() ? 0 : 1, 1, f.why(), f.fix()), ClassStats::add);
            }
        }
        List<RuleTally> failed = new ArrayList<>(rules.values().stream().filter(t -> t.failed() > 0).toList());
        failed.sort(Comparator.comparingInt(RuleTally::failed).reversed()
                .thenComparing(Comparator.comparingDouble((RuleTally t) -> (double) t.failed() / t.evaluated())
                        .reversed())
                .thenComparing(RuleTally::severity)
                .thenComparing(RuleTally::rule).thenComparing(RuleTally::scenario));
        return new ClassStats(reports.size(), verdicts, List.of(buckets), median(scores), failed,
                reports.stream().map(Report::scenario).distinct().toList());
    }

    /** The histogram bucket a score falls in; 100 counts in the last. */
    public static int bucket(double score) {
        return Math.max(0, Math.min(BUCKETS - 1, (int) Math.floor(score / (100.0 / BUCKETS))));
    }

    /** The share of graded designs, 0–100, rounded to a whole percent. */
    public long percent(int count) {
        return graded == 0 ? 0 : Math.round(100.0 * count / graded);
    }

    private static RuleTally add(RuleTally a, RuleTally b) {
        Severity worst = a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity();
        return new RuleTally(a.scenario(), a.rule(), a.title(), worst, a.failed() + b.failed(),
                a.evaluated() + b.evaluated(), a.why(), a.fix());
    }

    private static double median(List<Double> scores) {
        if (scores.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(scores);
        Collections.sort(sorted);
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }
}
