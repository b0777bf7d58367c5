package dev.designround.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private final Catalog catalog = CatalogLoader.bundled();
    private final Scenario legal = ScenarioLibrary.bundled().find("legal-doc-qa").orElseThrow();

    @Test
    void theWeakAnswerLacksTheGuardsAndMissesTheRulesTheStrongOnePasses() {
        Comparison c = Comparison.of(legal, legal.weakReference().orElseThrow(), catalog).orElseThrow();
        Design strong = c.reference();
        assertThat(c.lackingNodes()).isNotEmpty();
        assertThat(c.lackingNodes()).anyMatch(id -> strong.node(id).orElseThrow().type().equals("grounding-checker"));
        assertThat(c.rulesMissed()).extracting(f -> f.rule()).contains("hallucination.grounded-answers");
    }

    @Test
    void theStrongAnswerLacksNothingNextToItself() {
        Comparison c = Comparison.of(legal, legal.strongReference().orElseThrow(), catalog).orElseThrow();
        assertThat(c.lackingNodes()).isEmpty();
        assertThat(c.rulesMissed()).isEmpty();
    }

    @Test
    void aCustomComponentWithTheRightCapabilityCountsAsTheCounterpart() {
        Design weak = legal.weakReference().orElseThrow();
        Design strong = legal.strongReference().orElseThrow();
        String checker = strong.nodes().stream().filter(n -> n.type().equals("grounding-checker")).findFirst()
                .orElseThrow().id();
        weak.addNode(dev.designround.model.Node.of("custom", "output-guardrail", 0, 0)
                .withCapabilities(java.util.List.of("grounding-check")));
        assertThat(Comparison.of(legal, weak, catalog).orElseThrow().lackingNodes()).doesNotContain(checker);
    }
}
