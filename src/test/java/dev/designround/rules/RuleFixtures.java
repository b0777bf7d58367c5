package dev.designround.rules;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.EdgeKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Rules and one-rule gradings for tests. */
final class RuleFixtures {

    static final Catalog CATALOG = CatalogLoader.bundled();

    private RuleFixtures() {
    }

    static Rule rule(String id, Condition condition) {
        return new Rule(id, "title of " + id, RuleCategory.GUARDRAILS, Severity.MAJOR, 2, List.of("hallucination"),
                condition, "", "why " + id, "fix " + id);
    }

    /** Grades a design by one condition and returns its finding. */
    static Finding check(Design design, Condition condition) {
        Report r = new Grader(CATALOG).grade(design, new Rubric("test", List.of(rule("t.rule", condition)),
                Thresholds.DEFAULT));
        return r.findings().get(0);
    }

    static Guards guards(Selector from, Selector to, Selector through) {
        return new Guards(from, to, through, Guards.DEFAULT_EDGES);
    }

    static Reaches reaches(Selector from, Selector to) {
        return new Reaches(from, to, Optional.empty(), Reaches.DEFAULT_EDGES);
    }

    static Reaches reaches(Selector from, Selector to, Selector via) {
        return new Reaches(from, to, Optional.of(via), Reaches.DEFAULT_EDGES);
    }

    static Forbids forbidsPath(Selector from, Selector to) {
        return new Forbids(from, to, false, Set.of(EdgeKind.FLOW));
    }

    static Forbids forbidsEdge(Selector from, Selector to) {
        return new Forbids(from, to, true, Set.of(EdgeKind.FLOW));
    }

    static final Selector USER = Selector.type("user");
    static final Selector MODEL = Selector.capability("generation");
    static final Selector GROUNDING = Selector.capability("grounding-check");
    static final Selector REDACTION = Selector.capability("pii-redaction");
    static final Selector ACTION = Selector.capability("side-effects");
    static final Selector POLICY = Selector.capability("policy-check");
}
