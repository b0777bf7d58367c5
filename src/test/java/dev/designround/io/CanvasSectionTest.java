package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The optional, versioned canvas section of a design file: zones and text notes. */
class CanvasSectionTest {

    private final DesignReader reader = new DesignReader(CatalogLoader.bundled());
    private final DesignWriter writer = new DesignWriter();

    private static Design design() {
        Design d = new Design();
        d.addNode(Node.of("llm", "llm", 64, 64));
        d.addZone(new Zone("z1", "HIPAA boundary", 16, 16, 320, 160.5));
        d.addZone(new Zone("z2", "", -400, 0, 96, 64));
        d.addText(new TextNote("t1", "PHI never leaves\nthe boundary \"here\"", 16, 200));
        return d;
    }

    private Design read(String json) throws InputException {
        return reader.parse(json.getBytes(StandardCharsets.UTF_8), "d.json");
    }

    private static String withCanvas(String canvas) {
        return "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [], \"edges\": [],\n\"canvas\": "
                + canvas + "}";
    }

    @Test
    void zonesAndTextNotesReadBackExactly() throws Exception {
        assertThat(read(writer.toJson(design()))).isEqualTo(design());
    }

    @Test
    void theSectionComesAfterTheEdgesWithItsOwnVersion() {
        assertThat(writer.toJson(design())).endsWith("""
                  "edges": [ ],
                  "canvas": {
                    "version": 1,
                    "zones": [
                      {
                        "id": "z1",
                        "label": "HIPAA boundary",
                        "x": 16,
                        "y": 16,
                        "width": 320,
                        "height": 160.5
                      },
                      {
                        "id": "z2",
                        "x": -400,
                        "y": 0,
                        "width": 96,
                        "height": 64
                      }
                    ],
                    "texts": [
                      {
                        "id": "t1",
                        "text": "PHI never leaves\\nthe boundary \\"here\\"",
                        "x": 16,
                        "y": 200
                      }
                    ]
                  }
                }
                """);
    }

    @Test
    void aDesignWithNeitherWritesNoSectionAndAnOlderFileOpensWithNeither() throws Exception {
        Design plain = new Design();
        plain.addNode(Node.of("llm", "llm", 0, 0));

        String json = writer.toJson(plain);

        assertThat(json).doesNotContain("canvas");
        Design back = read("{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [{\"id\": \"llm\", "
                + "\"type\": \"llm\"}], \"edges\": []}");
        assertThat(back.zones()).isEmpty();
        assertThat(back.texts()).isEmpty();
    }

    @Test
    void aNewerCanvasVersionSaysToUpdate() {
        assertThatThrownBy(() -> read(withCanvas("{\"version\": 2, \"zones\": []}")))
                .isInstanceOf(InputException.class)
                .hasMessage("d.json:2:23: canvas section version 2 is newer than this Design Round understands (1): "
                        + "update Design Round to open it");
    }

    @Test
    void aZoneWithoutASizeOrTooSmallIsRefusedWithItsId() {
        assertThatThrownBy(() -> read(withCanvas("{\"version\": 1, \"zones\": [{\"id\": \"hipaa\", \"x\": 0, "
                + "\"y\": 0, \"width\": 300}]}")))
                .hasMessage("d.json:2:36: zone \"hipaa\": missing required field \"height\"");
        assertThatThrownBy(() -> read(withCanvas("{\"version\": 1, \"zones\": [{\"id\": \"hipaa\", \"width\": 8, "
                + "\"height\": 100}]}")))
                .hasMessage("d.json:2:61: zone \"hipaa\": \"width\" must be between 32 and 2000000, not 8");
    }

    @Test
    void duplicateIdsUnknownFieldsAndMissingTextAreNamed() {
        assertThatThrownBy(() -> read(withCanvas("{\"version\": 1, \"zones\": [{\"id\": \"a\", \"width\": 50, "
                + "\"height\": 50}, {\"id\": \"a\", \"width\": 50, \"height\": 50}]}")))
                .hasMessageContaining("duplicate zone id \"a\" (first used at line 2)");
        assertThatThrownBy(() -> read(withCanvas("{\"version\": 1, \"texts\": [{\"id\": \"t\", \"x\": 3}]}")))
                .hasMessageContaining("text note \"t\": missing required field \"text\"");
        assertThatThrownBy(() -> read(withCanvas("{\"version\": 1, \"texts\": [{\"id\": \"t\", \"text\": \"x\", "
                + "\"colour\": \"red\"}]}")))
                .hasMessageContaining("\"colour\"");
        assertThatThrownBy(() -> read(withCanvas("{\"zones\": []}")))
                .hasMessageContaining("canvas: missing required field \"version\"");
    }
}
