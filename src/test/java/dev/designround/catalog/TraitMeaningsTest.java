package dev.designround.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import dev.designround.rules.Selector;
import dev.designround.rules.Survives;
import dev.designround.scenario.Comparison;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meanings the engine once spelled out as capability ids in Java (Survives' fallback, the strong answer's
 * plumbing, a store label's access filter) follow the traits in components/capabilities.json: moving a trait in
 * the data moves the behaviour, with no code change.
 */
class TraitMeaningsTest {

    @TempDir
    Path dir;

    private final Catalog bundled = CatalogLoader.bundled();

    @BeforeEach
    void copyTheBundledCatalog() throws IOException {
        CatalogLoaderTest.copyTheBundledCatalog(dir);
        for (String f : new String[] {CatalogLoader.ROLES, CatalogLoader.LABEL_PHRASES}) {
            Files.write(dir.resolve(f), new BundledSource().read(f));
        }
    }

    @Test
    void whatSurvivesAnOutageCountsAsSaidIsWhatFailsOver() throws Exception {
        Survives outage = new Survives(Selector.type("llm"), false);
        assertThat(outage.defences(bundled)).singleElement().extracting(Selector::capabilities)
                .isEqualTo(bundled.capabilitiesWith(Trait.FAILS_OVER));

        Catalog routerDoesNotFailOver = edited("\"traits\": [\"chooser\", \"fails-over\"]",
                "\"traits\": [\"chooser\"]");
        assertThat(outage.defences(routerDoesNotFailOver)).singleElement().extracting(Selector::capabilities)
                .isEqualTo(Set.of("fallback"));

        Catalog nothingFailsOver = edited("\"fails-over\"", "\"caches\"");
        assertThat(outage.defences(nothingFailsOver)).isEmpty();
    }

    @Test
    void aStoresLabelAddsWhatScopesReadsAndNoOtherControl() throws Exception {
        Node index = Node.of("vdb", "vector-db", 0, 0).withLabel("Vector DB, ACL pre-filter, SSO");
        assertThat(bundled.labelCapabilitiesOf(index)).contains("access-control").doesNotContain("authentication");

        Catalog ssoScopesReads = edited("\"traits\": [\"control\"]", "\"traits\": [\"control\", \"scopes-reads\"]");
        assertThat(ssoScopesReads.labelCapabilitiesOf(index)).contains("access-control", "authentication");

        Catalog aclDoesNot = edited("\"traits\": [\"control\", \"scopes-reads\"]", "\"traits\": [\"control\"]");
        assertThat(aclDoesNot.labelCapabilitiesOf(index)).doesNotContain("access-control", "authentication");
    }

    @Test
    void aCardSharingOnlyPlumbingWithTheStrongAnswersIsNotItsCounterpart() throws Exception {
        Scenario legal = ScenarioLibrary.bundled().find("legal-doc-qa").orElseThrow();
        Design strong = legal.strongReference().orElseThrow();
        String dms = strong.nodes().stream().filter(n -> n.type().equals("document-store")).findFirst()
                .orElseThrow().id();
        Design weak = legal.weakReference().orElseThrow();
        weak.removeNode(weak.nodes().stream().filter(n -> n.type().equals("document-store")).findFirst()
                .orElseThrow().id());
        weak.addNode(Node.of("blobs", "custom", 0, 0).withCapabilities(List.of("document-storage"))
                .withReadsLabel(false));
        assertThat(Comparison.of(legal, weak, bundled).orElseThrow().lackingNodes()).contains(dms);

        Catalog storageIsAPurpose = edited("\"traits\": [\"store\", \"knowledge\", \"plumbing\"]",
                "\"traits\": [\"store\", \"knowledge\"]");
        assertThat(Comparison.of(legal, weak, storageIsAPurpose).orElseThrow().lackingNodes()).doesNotContain(dms);
    }

    /** The bundled catalog with every {@code from} in capabilities.json replaced by {@code to}. */
    private Catalog edited(String from, String to) throws IOException, InputException {
        Path file = dir.resolve(CatalogLoader.CAPABILITIES);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        Catalog out = new CatalogLoader().load(new DirectorySource(dir));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return out;
    }
}
