package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.PhraseMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a design against a rubric: every rule yields a finding; the score is the weighted share of credit earned
 * by the rules that apply (0–100, also per category); a blocker that fails on the canvas means No Hire, otherwise
 * the rubric's thresholds decide. A defence the notes say but the canvas does not show earns half its rule's
 * weight; a blocker only said, not drawn, keeps the verdict at Lean Hire at best. A pure function of (design, rubric): the design is only read, and the same input gives the same report.
 */
public final class Grader {

    private final Catalog catalog;
    private final GraderMemory memory;

    public Grader(Catalog catalog) {
        this.catalog = catalog;
        this.memory = new GraderMemory(catalog);
    }

    public Report grade(Design design, Rubric rubric) {
        GraphView view = GraphView.of(design, catalog, memory);
        Map<String, String> said = saidInNotes(design.info().notes());
        List<Finding> findings = new ArrayList<>(rubric.rules().size());
        for (Rule rule : rubric.rules()) {
            findings.add(evaluate(rule, view, said));
        }
        double score = score(findings);
        boolean blocker = findings.stream().anyMatch(Finding::isFailedBlocker);
        Verdict verdict = rubric.thresholds().verdict(score, blocker);
        if (verdict == Verdict.STRONG_HIRE && findings.stream().anyMatch(Finding::isSaidBlocker)) {
            verdict = Verdict.LEAN_HIRE;
        }
        return new Report(rubric.scenario(), verdict, score, findings, categories(findings), rubric.thresholds());
    }

    /** Capability ids the notes mention (not negated), with the first phrase that did. */
    private Map<String, String> saidInNotes(String notes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (PhraseMatcher.Match m : catalog.labels().mentionsIn(notes)) {
            out.putIfAbsent(m.key(), m.phrase().replace("*", ""));
        }
        return out;
    }

    private Finding evaluate(Rule rule, GraphView view, Map<String, String> said) {
        if (rule.appliesWhen().isPresent() && !view.match(rule.appliesWhen().get()).intersects(view.wiredIn())) {
            return new Finding(rule.id(), rule.title(), Finding.Status.NOT_APPLICABLE, rule.severity(),
                    rule.category(), rule.weight(), rule.failureModes(), List.of(), List.of(),
                    "Nothing on the canvas is " + rule.appliesWhen().get().describe(catalog)
                            + ", so this does not apply.", rule.why(), rule.fix(), List.of());
        }
        Outcome o = rule.condition().evaluate(view);
        Finding.Status status = switch (o.status()) {
            case PASSED -> Finding.Status.PASSED;
            case FAILED -> Finding.Status.FAILED;
            case ABSENT -> Finding.Status.UNWIRED;
            case NOT_APPLICABLE -> Finding.Status.NOT_APPLICABLE;
        };
        List<String> evidence = o.evidence();
        String detail = o.detail();
        if (status == Finding.Status.FAILED || status == Finding.Status.UNWIRED) {
            String phrase = saidPhrase(rule, view, said);
            if (phrase != null) {
                status = Finding.Status.SAID;
                detail = "Said, not drawn: the notes mention \"" + phrase + "\", but the canvas does not show it; "
                        + "draw it to get full credit. " + detail;
            }
        }
        boolean failing = status != Finding.Status.PASSED && status != Finding.Status.NOT_APPLICABLE;
        String message = failing && !rule.message().isBlank() ? rule.message() + " " + detail : detail;
        return new Finding(rule.id(), rule.title(), status, rule.severity(), rule.category(), rule.weight(),
                rule.failureModes(), o.nodes(), failing ? o.path() : List.of(), message, rule.why(), rule.fix(),
                evidence);
    }

    /**
     * The phrase in the notes that names one of the rule's defences that is not on the canvas: said, not drawn. A
     * defence that is drawn and wired in, but wired wrong, earns nothing from the notes; the drawing says otherwise.
     * A spare card wired to nothing is not yet part of the design (as in {@link Observes}): it does not undo what the
     * notes say, so adding one never makes a grade worse. The phrase quoted is the first in the notes (a set's own
     * order changes from one run to the next, and so would the phrase).
     */
    private String saidPhrase(Rule rule, GraphView view, Map<String, String> said) {
        if (said.isEmpty()) {
            return null;
        }
        for (Selector s : rule.condition().defences(catalog)) {
            if (view.match(s).intersects(view.wiredIn())) {
                continue;
            }
            Set<String> named = new HashSet<>(s.capabilities());
            for (String t : s.types()) {
                named.addAll(catalog.type(t).map(x -> x.capabilities()).orElse(List.of()));
            }
            // The first such phrase in the notes, so the same design always quotes the same words.
            for (Map.Entry<String, String> e : said.entrySet()) {
                if (named.contains(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static double score(List<Finding> findings) {
        double total = 0;
        double earned = 0;
        for (Finding f : findings) {
            if (f.applies()) {
                total += f.weight();
                earned += f.earned();
            }
        }
        return total == 0 ? 0 : round(100 * earned / total);
    }

    private static List<CategoryScore> categories(List<Finding> findings) {
        Map<RuleCategory, List<Finding>> byCategory = new EnumMap<>(RuleCategory.class);
        for (Finding f : findings) {
            if (f.applies()) {
                byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f);
            }
        }
        List<CategoryScore> out = new ArrayList<>();
        byCategory.forEach((category, list) -> out.add(new CategoryScore(category, score(list),
                (int) list.stream().filter(Finding::passed).count(), list.size())));
        return out;
    }

    /** One decimal, so that JSON output and reports are stable. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
