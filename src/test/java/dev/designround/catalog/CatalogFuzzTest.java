package dev.designround.catalog;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import org.junit.jupiter.api.Tag;

/** Catalog files read as any of the three kinds give problems with places, never another exception. */
@Tag("fuzz")
class CatalogFuzzTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final CatalogLoader LOADER = new CatalogLoader();

    @FuzzTest(maxDuration = "10m")
    void catalogFiles(byte[] data) {
        JsonValue root;
        try {
            root = new JsonTreeReader().parse(data, "fuzz.json");
        } catch (InputException e) {
            return;
        }
        LOADER.parseCapabilities(root, new Problems("fuzz.json"));
        LOADER.parseComponents(root, CATALOG.capabilityIds(), new Problems("fuzz.json"));
        LOADER.parseFailureModes(root, CATALOG.capabilityIds(), new Problems("fuzz.json"));
    }
}
