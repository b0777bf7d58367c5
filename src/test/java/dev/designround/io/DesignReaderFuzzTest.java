package dev.designround.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;

/**
 * Whatever the bytes, reading a design file either gives a design or an {@link InputException} with a one-line
 * message naming the file; never another exception. A design that loads also saves and loads back equal.
 * Runs the committed inputs in {@code mvn verify}; fuzz for real with {@code JAZZER_FUZZ=1}.
 */
@Tag("fuzz")
class DesignReaderFuzzTest {

    private static final DesignReader READER = new DesignReader(CatalogLoader.bundled());
    private static final DesignWriter WRITER = new DesignWriter();

    @FuzzTest(maxDuration = "10m")
    void designFiles(byte[] data) {
        Design design;
        try {
            design = READER.parse(data, "fuzz.json");
        } catch (InputException e) {
            if (!e.getMessage().startsWith("fuzz.json") || e.getMessage().contains("\n")) {
                throw new AssertionError("message must be one line naming the file: " + e.getMessage());
            }
            return;
        }
        try {
            Design again = READER.parse(WRITER.toJson(design).getBytes(StandardCharsets.UTF_8), "again.json");
            if (!again.equals(design)) {
                throw new AssertionError("save then load changed the design");
            }
        } catch (InputException e) {
            throw new AssertionError("a design that loaded could not be loaded again after saving: " + e.getMessage());
        }
    }
}
