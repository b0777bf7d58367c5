package dev.designround.catalog;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog in a folder on disk: problems name the file, line and column. */
class CatalogLoaderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheBundledCatalog() throws IOException {
        copyTheBundledCatalog(dir);
    }

    /** The bundled capabilities, components and failure modes, copied into a folder to be changed there. */
    static void copyTheBundledCatalog(Path dir) throws IOException {
        BundledSource bundled = new BundledSource();
        for (String f : new String[] {CatalogLoader.CAPABILITIES, CatalogLoader.COMPONENTS,
                CatalogLoader.FAILURE_MODES}) {
            Path target = dir.resolve(f);
            Files.createDirectories(target.getParent());
            Files.write(target, bundled.read(f));
        }
    }

    @Test
    void aCopyOfTheBundledCatalogLoads() throws InputException {
        new CatalogLoader().load(new DirectorySource(dir));
    }

    @Test
    void aComponentWithAnUnknownCapabilityIsRefusedWithItsPlace() {
        write(dir, CatalogLoader.COMPONENTS, """
                {"format": "design-round.components", "version": 1,
                 "categories": [{"id": "models", "name": "Models"}],
                 "components": [
                   {"id": "llm", "name": "LLM", "category": "models", "description": "d",
                    "capabilities": ["generaton"], "latencyMs": 1, "costUsd": 0, "errorRate": 0}]}
                """);
        assertThatThrownBy(() -> new CatalogLoader().load(new DirectorySource(dir)))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve(CatalogLoader.COMPONENTS) + ":5:21: component \"llm\": unknown capability "
                        + "\"generaton\" (did you mean \"generation\"?)");
    }

    @Test
    void aComponentInAnUnknownCategoryIsRefused() {
        write(dir, CatalogLoader.COMPONENTS, """
                {"format": "design-round.components", "version": 1,
                 "categories": [{"id": "models", "name": "Models"}],
                 "components": [
                   {"id": "llm", "name": "LLM", "category": "model", "description": "d",
                    "capabilities": [], "latencyMs": 1, "costUsd": 0, "errorRate": 2}]}
                """);
        assertThatThrownBy(() -> new CatalogLoader().load(new DirectorySource(dir)))
                .hasMessageContaining(":4:45: component \"llm\": unknown category \"model\" (did you mean \"models\"?)")
                .hasMessageEndingWith("(and 1 more problem)");
    }

    @Test
    void aMissingCatalogFileIsNamed() throws IOException {
        Files.delete(dir.resolve(CatalogLoader.FAILURE_MODES));
        assertThatThrownBy(() -> new CatalogLoader().load(new DirectorySource(dir)))
                .hasMessage(dir.resolve(CatalogLoader.FAILURE_MODES) + ": catalog file missing");
    }
}
