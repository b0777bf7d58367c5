package dev.designround.io.export;

import dev.designround.diagram.SafeText;
import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.io.Exporter;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/**
 * DOT and GraphML read back with jgrapht-io's own importers give the same graph: the same nodes with the same
 * attributes, and the same edges between them; GraphML also gives back every zone and text note as a node.
 */
class GraphRoundTripTest {

    /** One node or edge as read back: its ends (for an edge) and attributes, by design id. */
    record Item(String from, String to, Map<String, String> attributes) {
    }

    @Test
    void graphmlReadsBackIntoTheSameGraph() {
        Design design = ExportFixtures.nasty();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        List<Item> expected = new ArrayList<>(expected(design));
        design.zones().forEach(z -> expected.add(new Item("", "", canvasItem(SafeText.oneLine(z.label()), z.id()))));
        design.texts().forEach(t -> expected.add(new Item("", "", canvasItem(SafeText.clean(t.text()), t.id()))));
        assertThat(readBack(new GraphMlExporter(), design, importer)).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A zone or text note as GraphML holds it: a label and a design id, none of a card's other attributes. */
    private static Map<String, String> canvasItem(String label, String designId) {
        Map<String, String> a = new TreeMap<>();
        NODE_KEYS.forEach(k -> a.put(k, ""));
        a.put("label", label);
        a.put("designId", SafeText.clean(designId));
        return a;
    }

    @Test
    void dotReadsBackIntoTheSameGraph() {
        // jgrapht's DOT importer does not read the \n escape Graphviz uses for line breaks (it does read \\ and
        // \"): one-line labels here. DotExporter's line breaks are checked with Graphviz itself (docs/exports.md).
        // Nor does it read the \l that ends each left-aligned line of a text note: those are checked by
        // ZonesAndTextExportTest.
        Design design = ExportFixtures.nasty();
        List.copyOf(design.texts()).forEach(t -> design.removeText(t.id()));
        design.nodes().forEach(n -> design.updateNode(n.withLabel(n.label().replace("\r\n", " ").replace('\n', ' '))));
        design.edges().forEach(e -> design.updateEdge(e.withLabel(e.label().replace("\r\n", " ").replace('\n', ' '))));
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        assertThat(readBack(new DotExporter(Theme.LIGHT), design, importer))
                .containsExactlyInAnyOrderElementsOf(expected(design));
    }

    @Test
    void theSmallDesignSurvivesBothFormats() {
        Design design = ExportFixtures.small();
        GraphMLImporter<String, DefaultEdge> graphml = new GraphMLImporter<>();
        graphml.setVertexFactory(id -> id);
        DOTImporter<String, DefaultEdge> dot = new DOTImporter<>();
        dot.setVertexFactory(id -> id);
        assertThat(readBack(new GraphMlExporter(), design, graphml)).containsExactlyInAnyOrderElementsOf(expected(design));
        assertThat(readBack(new DotExporter(Theme.LIGHT), design, dot))
                .containsExactlyInAnyOrderElementsOf(expected(design));
    }

    private static final List<String> NODE_KEYS = List.of("label", "type", "typeName", "category", "designId");
    private static final List<String> EDGE_KEYS = List.of("label", "kind", "designId");

    private static List<Item> readBack(Exporter exporter, Design design, GraphImporter<String, DefaultEdge> importer) {
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, SupplierUtil.createDefaultEdgeSupplier(),
                false);
        Map<String, Map<String, String>> vertexAttributes = new LinkedHashMap<>();
        Map<DefaultEdge, Map<String, String>> edgeAttributes = new LinkedHashMap<>();
        if (importer instanceof GraphMLImporter<String, DefaultEdge> g) {
            g.addVertexAttributeConsumer((p, a) -> vertexAttributes.computeIfAbsent(p.getFirst(),
                    k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
            g.addEdgeAttributeConsumer((p, a) -> edgeAttributes.computeIfAbsent(p.getFirst(),
                    k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
        } else if (importer instanceof DOTImporter<String, DefaultEdge> d) {
            d.addVertexAttributeConsumer((p, a) -> vertexAttributes.computeIfAbsent(p.getFirst(),
                    k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
            d.addEdgeAttributeConsumer((p, a) -> edgeAttributes.computeIfAbsent(p.getFirst(),
                    k -> new TreeMap<>()).put(p.getSecond(), a.getValue()));
        }
        importer.importGraph(graph, new StringReader(new String(Exports.bytes(exporter, design),
                StandardCharsets.UTF_8)));
        List<Item> items = new ArrayList<>();
        for (String v : graph.vertexSet()) {
            items.add(new Item("", "", pick(vertexAttributes.get(v), NODE_KEYS)));
        }
        for (DefaultEdge e : graph.edgeSet()) {
            String from = vertexAttributes.get(graph.getEdgeSource(e)).get("designId");
            String to = vertexAttributes.get(graph.getEdgeTarget(e)).get("designId");
            items.add(new Item(from, to, pick(edgeAttributes.get(e), EDGE_KEYS)));
        }
        return items;
    }

    private static List<Item> expected(Design design) {
        GraphAttributes attributes = new GraphAttributes(design, ExportFixtures.catalog());
        List<Item> items = new ArrayList<>();
        for (Node n : design.nodes()) {
            items.add(new Item("", "", new TreeMap<>(attributes.node(n.id()))));
        }
        for (Edge e : design.edges()) {
            items.add(new Item(SafeText.clean(e.from()), SafeText.clean(e.to()), new TreeMap<>(attributes.edge(e))));
        }
        return items;
    }

    private static Map<String, String> pick(Map<String, String> all, List<String> keys) {
        Map<String, String> picked = new TreeMap<>();
        for (String k : keys) {
            picked.put(k, all.getOrDefault(k, ""));
        }
        return picked;
    }
}
