package dev.designround.io;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignWriterTest {

    private final DesignWriter writer = new DesignWriter();
    private final DesignReader reader = new DesignReader(CatalogLoader.bundled());

    private static Design sample() {
        Design d = design().title("Legal Q&A").scenario("legal-doc-qa").notes("50k files\np50 < 5 s")
                .node("user", "user").node("llm", "llm").build();
        d.updateNode(d.node("llm").orElseThrow().withLabel("Claude \"3\" <b>")
                .withPosition(420.5, -0.0)
                .withProps(new NodeProps(1200, 0.01, Double.NaN, Map.of("model", "sonnet", "note", "ünïcødé ✓")))
                .withCapabilities(List.of("grounding-check")));
        d.addEdge(new Edge("e1", "user", "llm", "question", EdgeKind.FLOW));
        d.addEdge(new Edge("e2", "llm", "user", "", EdgeKind.FALLBACK));
        return d;
    }

    @Test
    void writesTheCanonicalForm() {
        Design d = design().node("u", "user").node("llm", "llm").flow("u", "llm").async("llm", "u").build();
        assertThat(writer.toJson(d)).isEqualTo("""
                {
                  "format": "design-round.design",
                  "version": 1,
                  "nodes": [
                    {
                      "id": "u",
                      "type": "user",
                      "label": "u",
                      "x": 160,
                      "y": 100
                    },
                    {
                      "id": "llm",
                      "type": "llm",
                      "label": "llm",
                      "x": 320,
                      "y": 100
                    }
                  ],
                  "edges": [
                    {
                      "id": "e1",
                      "from": "u",
                      "to": "llm"
                    },
                    {
                      "id": "e2",
                      "from": "llm",
                      "to": "u",
                      "kind": "async"
                    }
                  ]
                }
                """);
    }

    @Test
    void saveThenLoadGivesAnEqualDesign(@TempDir Path dir) throws IOException, InputException {
        Design original = sample();
        Path file = dir.resolve("d.json");
        writer.save(original, file);
        Design loaded = reader.read(file);
        assertThat(loaded).isEqualTo(original);
        assertThat(writer.toJson(loaded)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void emptyDesignRoundTrips() throws InputException {
        Design empty = new Design();
        assertThat(reader.parse(writer.toJson(empty).getBytes(StandardCharsets.UTF_8), "x")).isEqualTo(empty);
    }

    @Test
    void designsWithTheSameContentInAnotherOrderAreEqual() {
        Design a = design().node("a", "llm").node("b", "user").flow("a", "b").build();
        Design b = new Design();
        b.addNode(a.node("b").orElseThrow());
        b.addNode(a.node("a").orElseThrow());
        b.addEdge(a.edge("e1").orElseThrow());
        assertThat(b).isEqualTo(a);
    }

    @Test
    void savingKeepsThePreviousVersionAsBak(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.json");
        Design first = design().title("first").build();
        writer.save(first, file);
        writer.save(design().title("second").build(), file);
        assertThat(Files.readString(file)).contains("second");
        assertThat(Files.readString(dir.resolve("d.json.bak"))).contains("first");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("d.json", "d.json.bak");
        }
    }

    @Test
    void nodeWithAnUnsetPropIsNotWrittenWithIt() {
        Node n = Node.of("x", "llm", 0, 0).withProps(NodeProps.NONE.withCostUsd(0.5));
        Design d = new Design();
        d.addNode(n);
        assertThat(writer.toJson(d)).contains("\"props\": {\n        \"costUsd\": 0.5\n      }")
                .doesNotContain("latencyMs");
    }
}
