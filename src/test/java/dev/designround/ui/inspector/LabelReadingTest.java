package dev.designround.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Node;
import org.junit.jupiter.api.Test;

class LabelReadingTest {

    private final Catalog catalog = CatalogLoader.bundled();

    private static Node orchestrator(String label) {
        return Node.of("o", "orchestrator", 0, 0).withLabel(label);
    }

    @Test
    void namesWhatTheLabelAddsInTheOrderItSaysThem() {
        Node node = orchestrator("PII redaction, then ACL check");

        assertThat(LabelReading.names(catalog, node)).containsExactly("PII redaction", "access control");
        assertThat(LabelReading.sentence(catalog, node))
                .isEqualTo("Counts as: PII redaction, access control — from its label");
    }

    @Test
    void aLabelThatSaysNothingTheGraderKnowsAddsNoCapability() {
        assertThat(LabelReading.sentence(catalog, orchestrator("Main brain"))).isEqualTo(LabelReading.NOTHING);
        assertThat(LabelReading.sentence(catalog, orchestrator(""))).isEqualTo(LabelReading.NOTHING);
    }

    @Test
    void aLabelSwitchedOffIsNotRead() {
        Node node = orchestrator("ACL check").withReadsLabel(false);

        assertThat(LabelReading.names(catalog, node)).isEmpty();
        assertThat(LabelReading.sentence(catalog, node)).isEqualTo(LabelReading.NOT_READ);
    }

    @Test
    void whatTheTypeAlreadyDoesIsNotCountedAgain() {
        Node node = orchestrator("orchestrator with ACL check");

        assertThat(LabelReading.names(catalog, node)).containsExactly("access control");
    }
}
