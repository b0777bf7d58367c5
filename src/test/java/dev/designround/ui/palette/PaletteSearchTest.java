package dev.designround.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.ComponentType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteSearchTest {

    private final PaletteSearch search = new PaletteSearch(CatalogLoader.bundled());

    private List<String> ids(String query) {
        return search.find(query).stream().map(ComponentType::id).toList();
    }

    @Test
    void aPrefixOfTheNameComesBeforeTypesThatOnlyMentionItInTheirDescription() {
        assertThat(ids("retriev")).first().isEqualTo("retriever");
    }

    @Test
    void anExactNameComesFirstEvenWhenItsCategoryComesLate() {
        assertThat(ids("audit")).first().isEqualTo("audit-log");
        assertThat(ids("Eval pipeline")).first().isEqualTo("eval-pipeline");
    }

    @Test
    void aNameStartingWithTheQueryComesFirst() {
        assertThat(ids("eval")).first().isEqualTo("eval-pipeline");
    }

    @Test
    void aWordOfTheNameComesBeforeTheDescriptions() {
        List<String> found = ids("log");
        assertThat(found).first().isEqualTo("audit-log");
        assertThat(found).contains("orchestrator"); // "logging" in its description
    }

    @Test
    void everyWordMustMatchAndAnEmptyQueryListsTheWholeCatalogInOrder() {
        assertThat(ids("grounding zzz")).isEmpty();
        assertThat(ids("  ")).hasSize(CatalogLoader.bundled().types().size());
    }
}
