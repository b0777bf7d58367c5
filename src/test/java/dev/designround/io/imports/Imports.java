package dev.designround.io.imports;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.ReadLimits;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Reading the test diagrams under src/test/resources/dev/designround/io/imports. */
final class Imports {

    static final DiagramImporter IMPORTER = new DiagramImporter(CatalogLoader.bundled(), new JsonTreeReader());

    private Imports() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Imports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult read(String resource) throws InputException {
        return IMPORTER.read(resource(resource), resource, resource, Optional.empty());
    }

    static ImportResult text(String name, String content) throws InputException {
        return IMPORTER.read(content.getBytes(StandardCharsets.UTF_8), name, name, Optional.empty());
    }

    static ImportResult text(String name, String content, ReadLimits limits) throws InputException {
        return new DiagramImporter(CatalogLoader.bundled(), new JsonTreeReader(limits))
                .read(content.getBytes(StandardCharsets.UTF_8), name, name, Optional.empty());
    }

    /** Label to type, in design order. */
    static Map<String, String> types(ImportResult r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node n : r.design().nodes()) {
            out.put(n.label(), n.type());
        }
        return out;
    }

    /** "from label -> to label [kind] text" per edge, in design order. */
    static java.util.List<String> edges(ImportResult r) {
        Design d = r.design();
        return d.edges().stream().map(e -> label(d, e.from()) + " -> " + label(d, e.to()) + " [" + e.kind().id()
                + "]" + (e.label().isEmpty() ? "" : " " + e.label())).toList();
    }

    private static String label(Design d, String id) {
        return d.node(id).map(Node::label).orElse(id);
    }

    static Node node(ImportResult r, String label) {
        return r.design().nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label + " in " + types(r)));
    }

    static Edge edge(ImportResult r, int index) {
        return r.design().edges().stream().skip(index).findFirst().orElseThrow();
    }
}
