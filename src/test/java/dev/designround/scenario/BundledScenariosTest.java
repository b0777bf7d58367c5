package dev.designround.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.rules.AllOf;
import dev.designround.rules.Condition;
import dev.designround.rules.Finding;
import dev.designround.rules.Grader;
import dev.designround.rules.Guards;
import dev.designround.rules.Observes;
import dev.designround.rules.Reaches;
import dev.designround.rules.Report;
import dev.designround.rules.Requires;
import dev.designround.rules.Rule;
import dev.designround.rules.Selector;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled scenario library: all twelve rounds load, their reference designs grade as they should, and the
 * rubrics notice a missing part. A rubric that does not notice a missing part is a bug in the rubric.
 */
class BundledScenariosTest {

    static final List<String> PRODUCT_SCENARIOS = List.of("customer-support-agent", "legal-doc-qa",
            "travel-booking-agent", "enterprise-rag", "medical-transcription", "code-review-assistant",
            "enterprise-search", "content-moderation", "ecommerce-recommendation", "fraud-detection-api",
            "email-autocomplete", "mlops-retraining");

    private final Catalog catalog = CatalogLoader.bundled();
    private final ScenarioLibrary library = ScenarioLibrary.bundled();
    private final Grader grader = new Grader(catalog);

    @Test
    void holdsEveryScenarioTheProductContractNames() {
        assertThat(library.ids()).containsAll(PRODUCT_SCENARIOS);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioIsCompleteForAPersonPractising() {
        return library.all().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            assertThat(s.prompt()).as("prompt").hasSizeGreaterThan(40);
            assertThat(s.timeMinutes()).as("time").isIn(20, 40);
            assertThat(s.questions()).as("clarifying questions").hasSizeGreaterThanOrEqualTo(5);
            assertThat(s.hints()).as("hints: direction, then key insight").hasSizeGreaterThanOrEqualTo(2);
            assertThat(s.strongAnswer()).as("strong answer").hasSizeGreaterThanOrEqualTo(4);
            assertThat(s.rubric().rules()).as("rubric").hasSizeGreaterThanOrEqualTo(10);
            assertThat(s.rubric().rules()).as("at least one blocker")
                    .anyMatch(r -> r.severity() == Severity.BLOCKER);
            assertThat(s.strongReference()).as("strong reference").isPresent();
            assertThat(s.weakReference()).as("weak reference").isPresent();
        }));
    }

    @TestFactory
    Stream<DynamicTest> strongReferencesScoreStrongHire() {
        return library.all().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            Report r = grader.grade(s.strongReference().orElseThrow(), s.rubric());
            assertThat(r.verdict()).as(s.id() + " strong reference; failed: " + describe(r.failed()))
                    .isEqualTo(Verdict.STRONG_HIRE);
        }));
    }

    @TestFactory
    Stream<DynamicTest> weakReferencesScoreNoHire() {
        return library.all().stream().map(s -> DynamicTest.dynamicTest(s.id(), () -> {
            Report r = grader.grade(s.weakReference().orElseThrow(), s.rubric());
            assertThat(r.verdict()).as(s.id() + " weak reference").isEqualTo(Verdict.NO_HIRE);
        }));
    }

    @TestFactory
    Stream<DynamicTest> referenceDesignsAreLaidOutReadably() {
        return library.all().stream().flatMap(s -> Stream.of(s.strongReference(), s.weakReference())
                .map(d -> d.orElseThrow())
                .map(d -> DynamicTest.dynamicTest(s.id() + " " + d.info().title(), () -> {
                    List<Node> nodes = List.copyOf(d.nodes());
                    for (int i = 0; i < nodes.size(); i++) {
                        for (int j = i + 1; j < nodes.size(); j++) {
                            assertThat(overlap(nodes.get(i), nodes.get(j)))
                                    .as(nodes.get(i).id() + " overlaps " + nodes.get(j).id()).isFalse();
                        }
                    }
                    assertThat(d.info().notes()).as("reference notes").isNotBlank();
                })));
    }

    /**
     * Mutation test: removing any one component that a blocker rule relies on from a strong reference (the flow
     * rewired around it, as a candidate who forgot it would draw) fails that rule, lowers the verdict, and flags
     * the rule's failure modes.
     */
    @TestFactory
    Stream<DynamicTest> removingABlockerGuardingComponentIsNoticed() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Scenario s : library.all()) {
            Design strong = s.strongReference().orElseThrow();
            for (Rule rule : s.rubric().rules()) {
                if (rule.severity() != Severity.BLOCKER) {
                    continue;
                }
                for (Selector guard : guardSelectors(rule.condition())) {
                    for (Node n : strong.nodes()) {
                        if (!guard.matches(n, catalog.capabilitiesOf(n)) || n.type().equals("user")) {
                            continue;
                        }
                        tests.add(DynamicTest.dynamicTest(s.id() + ": without " + n.id() + " (" + rule.id() + ")",
                                () -> {
                                    Design mutated = withoutRewired(strong, n.id());
                                    Report r = grader.grade(mutated, s.rubric());
                                    Finding f = r.findings().stream().filter(x -> x.rule().equals(rule.id()))
                                            .findFirst().orElseThrow();
                                    assertThat(f.passed()).as(rule.id() + " notices " + n.id() + " is gone").isFalse();
                                    assertThat(r.verdict()).isEqualTo(Verdict.NO_HIRE);
                                    assertThat(r.failed().stream().flatMap(x -> x.failureModes().stream()))
                                            .containsAll(rule.failureModes());
                                }));
                    }
                }
            }
        }
        return tests.stream();
    }

    /** The selectors whose nodes make a rule pass: what a candidate could forget. */
    static List<Selector> guardSelectors(Condition c) {
        if (c instanceof Guards g) {
            return List.of(g.through());
        }
        if (c instanceof Requires r) {
            return List.of(r.select());
        }
        if (c instanceof Observes o) {
            return List.of(o.by());
        }
        if (c instanceof Reaches r) {
            return r.via().map(List::of).orElse(List.of(r.to()));
        }
        if (c instanceof AllOf all) {
            return all.conditions().stream().flatMap(x -> guardSelectors(x).stream()).toList();
        }
        return List.of();
    }

    /** The design without a node, its predecessors wired straight to its successors. */
    static Design withoutRewired(Design original, String id) {
        Design d = original.copy();
        List<Edge> in = d.incoming(id);
        List<Edge> out = d.outgoing(id);
        d.removeNode(id);
        for (Edge a : in) {
            for (Edge b : out) {
                if (a.from().equals(id) || b.to().equals(id)) {
                    continue;
                }
                EdgeKind kind = a.kind() == EdgeKind.ASYNC || b.kind() == EdgeKind.ASYNC ? EdgeKind.ASYNC
                        : a.kind() == EdgeKind.FALLBACK || b.kind() == EdgeKind.FALLBACK ? EdgeKind.FALLBACK
                        : EdgeKind.FLOW;
                d.addEdge(Edge.of(d.freshEdgeId(), a.from(), b.to(), kind));
            }
        }
        return d;
    }

    private static boolean overlap(Node a, Node b) {
        double w = dev.designround.model.CardGeometry.WIDTH;
        double h = dev.designround.model.CardGeometry.HEIGHT;
        return a.x() < b.x() + w && b.x() < a.x() + w && a.y() < b.y() + h && b.y() < a.y() + h;
    }

    private static String describe(List<Finding> failed) {
        return String.join("; ", failed.stream().map(f -> f.rule() + ": " + f.message()).toList());
    }
}
