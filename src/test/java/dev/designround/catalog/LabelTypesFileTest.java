package dev.designround.catalog;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.LabelTypes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** components/label-types.json is a closed format, checked with its place like every catalog file. */
class LabelTypesFileTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheBundledCatalog() throws IOException {
        CatalogLoaderTest.copyTheBundledCatalog(dir);
    }

    private Catalog load() throws InputException {
        return new CatalogLoader().load(new DirectorySource(dir));
    }

    @Test
    void theBundledFileLoadsAndIsExposedFromTheCatalog() {
        LabelTypes types = CatalogLoader.bundled().labelTypes();
        assertThat(types.phrasesOf("vector-db")).contains("Vector DB", "pinecone", "pgvector");
        assertThat(types.typeOf(LabelTypes.Outline.CYLINDER)).contains("sql-database");
        assertThat(types.typeOf(LabelTypes.Outline.ACTOR)).contains("user");
    }

    @Test
    void withoutTheFileOnlyTypeNamesAreKnownNotEvenThose() throws InputException {
        assertThat(load().labelTypes()).isSameAs(LabelTypes.EMPTY);
    }

    @Test
    void everyTypeIsNamedByItsOwnNameToo() throws InputException {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1, "types": []}
                """);
        assertThat(load().labelTypes().typeNamedIn("Grounding checker").map(LabelTypes.Reading::type))
                .contains("grounding-checker");
        assertThat(load().labelTypes().typeNamedIn("Custom component")).isEmpty();
    }

    @Test
    void anUnknownTypeIsRefusedWithASuggestion() {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1,
                 "types": [{"type": "vector-bd", "phrases": ["pinecone"]}]}
                """);
        assertThatThrownBy(this::load).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve(CatalogLoader.LABEL_TYPES) + ":2:21: types[0]: unknown component type "
                        + "\"vector-bd\" (did you mean \"vector-db\"?)");
    }

    @Test
    void aPhraseThatNamesTwoTypesIsRefused() {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1,
                 "types": [{"type": "vector-db", "phrases": ["pinecone"]},
                           {"type": "cache", "phrases": ["Pinecone"]}]}
                """);
        assertThatThrownBy(this::load)
                .hasMessage(dir.resolve(CatalogLoader.LABEL_TYPES) + ":3:41: type \"cache\": phrase \"Pinecone\" "
                        + "already names \"vector-db\"");
    }

    @Test
    void aPhraseEqualToAnotherTypesNameIsRefused() {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1,
                 "types": [{"type": "cache", "phrases": ["vector-db"]}]}
                """);
        assertThatThrownBy(this::load).hasMessageContaining("type \"cache\": phrase \"vector-db\" already names "
                + "\"vector-db\"");
    }

    @Test
    void customNeedsNoPhrasesAndUnknownFieldsAndOutlinesAreRefused() {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1,
                 "types": [{"type": "custom", "phrases": ["thing"]}, {"type": "llm", "phrase": ["gpt*"]}],
                 "outlines": [{"outline": "cylindre", "type": "sql-database"}]}
                """);
        assertThatThrownBy(this::load).isInstanceOfSatisfying(InputException.class, e -> assertThat(e.lines())
                .anySatisfy(l -> assertThat(l).contains("\"custom\" is what a shape becomes when nothing names its "
                        + "type"))
                .anySatisfy(l -> assertThat(l).contains("\"phrase\""))
                .anySatisfy(l -> assertThat(l).contains("unknown outline \"cylindre\" (did you mean \"cylinder\"?) "
                        + "(outlines: cylinder, actor, document)")));
    }

    @Test
    void aStarInsideAPhraseIsRefused() {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1,
                 "types": [{"type": "llm", "phrases": ["g*pt"]}]}
                """);
        assertThatThrownBy(this::load).hasMessageContaining("type \"llm\": phrase \"g*pt\" must have words, and * "
                + "only at its end");
    }

    @Test
    void outlinesNameATypeForShapesWhoseLabelNamesNone() throws InputException {
        write(dir, CatalogLoader.LABEL_TYPES, """
                {"format": "design-round.label-types", "version": 1, "types": [],
                 "outlines": [{"outline": "cylinder", "type": "document-store"}]}
                """);
        LabelTypes types = load().labelTypes();
        assertThat(types.typeOf("Orders", Optional.of(LabelTypes.Outline.CYLINDER)))
                .contains(new LabelTypes.Reading("document-store", LabelTypes.Source.OUTLINE, "cylinder"));
        assertThat(types.typeOf("Cache", Optional.of(LabelTypes.Outline.CYLINDER)).map(LabelTypes.Reading::type))
                .contains("cache");
    }
}
