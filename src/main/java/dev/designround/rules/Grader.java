package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a design against a rubric: every rule yields a finding; the score is the weighted share of passed rules
 * (0–100, also per category); a failed blocker means No Hire, otherwise the rubric's thresholds decide. A pure
 * function of (design, rubric): the design is only read, and the same input gives the same report.
 */
public final class Grader {

    private final Catalog catalog;

    public Grader(Catalog catalog) {
        this.catalog = catalog;
    }

    public Report grade(Design design, Rubric rubric) {
        GraphView view = GraphView.of(design, catalog);
        List<Finding> findings = new ArrayList<>(rubric.rules().size());
        for (Rule rule : rubric.rules()) {
            findings.add(evaluate(rule, view));
        }
        double score = score(findings);
        boolean blocker = findings.stream().anyMatch(Finding::isFailedBlocker);
        return new Report(rubric.scenario(), rubric.thresholds().verdict(score, blocker), score, findings,
                categories(findings));
    }

    private static Finding evaluate(Rule rule, GraphView view) {
        Outcome o = rule.condition().evaluate(view);
        String message = !o.passed() && !rule.message().isBlank() ? rule.message() + " " + o.detail() : o.detail();
        return new Finding(rule.id(), rule.title(), o.passed(), rule.severity(), rule.category(), rule.weight(),
                rule.failureModes(), o.nodes(), o.passed() ? List.of() : o.path(), message, rule.why(), rule.fix());
    }

    private static double score(List<Finding> findings) {
        double total = 0;
        double passed = 0;
        for (Finding f : findings) {
            total += f.weight();
            if (f.passed()) {
                passed += f.weight();
            }
        }
        return total == 0 ? 0 : round(100 * passed / total);
    }

    private static List<CategoryScore> categories(List<Finding> findings) {
        Map<RuleCategory, List<Finding>> byCategory = new EnumMap<>(RuleCategory.class);
        for (Finding f : findings) {
            byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f);
        }
        List<CategoryScore> out = new ArrayList<>();
        byCategory.forEach((category, list) -> out.add(new CategoryScore(category, score(list),
                (int) list.stream().filter(Finding::passed).count(), list.size())));
        return out;
    }

    /** One decimal, so that JSON output and reports are stable. */
    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
