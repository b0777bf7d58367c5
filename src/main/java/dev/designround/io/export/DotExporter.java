package dev.designround.io.export;

import dev.designround.diagram.Theme;
import dev.designround.diagram.EdgeStyles;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Design;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.SafeText;
import dev.designround.diagram.TextNoteDrawing;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;

/**
 * {@code dot}: the design as a Graphviz digraph, written by jgrapht-io's {@code DOTExporter}. Node ids are n1,
 * n2, ... (DOT ids must be safe); label, type, type name, category, design id and edge kind are attributes, with
 * Graphviz styling (rounded filled boxes in category colours, dashed fallback and dotted async edges, left to
 * right). Backslashes are doubled and line breaks written as {@code \n}, so Graphviz shows labels as typed.
 *
 * <p>Zones are clusters ({@code cluster_z1}, ..., nested as the zones are, dashed and rounded in the zone colour,
 * titled with their label) listing the cards and text notes they hold; text notes are borderless nodes (t1, t2,
 * ...) with their lines left-aligned. jgrapht's exporter knows no subgraphs, so these are written after its nodes
 * and edges, before the closing brace: a node listed in a cluster is drawn inside it.
 */
public final class DotExporter implements Exporter {

    private final Theme theme;

    public DotExporter(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "dot";
    }

    @Override
    public String extension() {
        return "dot";
    }

    @Override
    public String description() {
        return "a Graphviz graph (dot -Tsvg, and tools that read DOT)";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        GraphAttributes attributes = new GraphAttributes(request.design(), request.catalog());
        org.jgrapht.nio.dot.DOTExporter<String, Edge> exporter =
                new org.jgrapht.nio.dot.DOTExporter<>(attributes::id);
        exporter.setGraphIdProvider(() -> "design");
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> graph = new LinkedHashMap<>();
            // jgrapht writes graph attributes as they are: quote them here.
            graph.put("rankdir", DefaultAttribute.createAttribute("LR"));
            graph.put("bgcolor", DefaultAttribute.createAttribute("\"" + theme.background().hex() + "\""));
            return graph;
        });
        exporter.setVertexAttributeProvider(v -> {
            Map<String, Attribute> a = strings(attributes.node(v));
            String category = attributes.category(v);
            a.put("shape", DefaultAttribute.createAttribute("box"));
            a.put("style", DefaultAttribute.createAttribute("rounded,filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(theme.cardFill(category).hex()));
            a.put("color", DefaultAttribute.createAttribute(theme.accent(category).hex()));
            a.put("fontcolor", DefaultAttribute.createAttribute(theme.text().hex()));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            return a;
        });
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = strings(attributes.edge(e));
            a.put("color", DefaultAttribute.createAttribute(EdgeStyles.colour(e.kind(), theme).hex()));
            a.put("fontcolor", DefaultAttribute.createAttribute(theme.mutedText().hex()));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            if (e.kind() != EdgeKind.FLOW) {
                a.put("style", DefaultAttribute.createAttribute(e.kind() == EdgeKind.FALLBACK ? "dashed" : "dotted"));
            }
            return a;
        });
        java.io.StringWriter graph = new java.io.StringWriter();
        try {
            exporter.exportGraph(request.design().graph(), graph);
        } catch (ExportException e) {
            throw new IOException("cannot write DOT: " + e.getMessage(), e);
        }
        String text = graph.toString();
        int close = text.lastIndexOf('}');
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(text, 0, close);
        writer.write(canvas(request.design(), attributes));
        writer.write(text, close, text.length() - close);
        writer.flush();
    }

    /** The text notes as nodes and the zones as clusters, in DOT, one statement a line. */
    private String canvas(Design design, GraphAttributes attributes) {
        StringBuilder out = new StringBuilder();
        TextNoteDrawing notes = new TextNoteDrawing(DiagramFont.get());
        Map<String, String> noteIds = new LinkedHashMap<>();
        for (TextNote t : design.texts()) {
            String id = "t" + (noteIds.size() + 1);
            noteIds.put(t.id(), id);
            StringBuilder label = new StringBuilder();
            notes.layout(t).lines().forEach(line -> label.append(escape(line)).append("\\l"));
            out.append("  ").append(id).append(" [ label=").append(quoted(label.toString())).append(" designId=")
                    .append(quoted(escape(SafeText.clean(t.id())))).append(" shape=\"plaintext\" fontcolor=\"")
                    .append(theme.text().hex()).append("\" fontname=\"Helvetica\" ];\n");
        }
        ZoneMap zones = ZoneMap.of(design);
        Map<String, String> zoneIds = new LinkedHashMap<>();
        zones.outerFirst().forEach(z -> zoneIds.put(z.id(), "cluster_z" + (zoneIds.size() + 1)));
        for (Zone root : zones.roots()) {
            cluster(out, root, zones, zoneIds, noteIds, attributes, "  ");
        }
        return out.toString();
    }

    private void cluster(StringBuilder out, Zone zone, ZoneMap zones, Map<String, String> zoneIds,
                         Map<String, String> noteIds, GraphAttributes attributes, String indent) {
        out.append(indent).append("subgraph ").append(zoneIds.get(zone.id())).append(" {\n");
        String inner = indent + "  ";
        out.append(inner).append("label=").append(quoted(escape(SafeText.oneLine(zone.label())))).append(";\n");
        out.append(inner).append("designId=").append(quoted(escape(SafeText.clean(zone.id())))).append(";\n");
        out.append(inner).append("style=\"dashed,rounded,filled\"; color=\"").append(theme.zoneStroke().hex())
                .append("\"; fillcolor=\"").append(theme.zoneFill().hex()).append("\"; fontcolor=\"")
                .append(theme.zoneStroke().hex()).append("\"; fontname=\"Helvetica\"; labeljust=\"l\";\n");
        zones.nodesIn(zone.id()).forEach(n -> out.append(inner).append(attributes.id(n.id())).append(";\n"));
        zones.textsIn(zone.id()).forEach(t -> out.append(inner).append(noteIds.get(t.id())).append(";\n"));
        for (Zone child : zones.children(zone.id())) {
            cluster(out, child, zones, zoneIds, noteIds, attributes, inner);
        }
        out.append(indent).append("}\n");
    }

    /** An escaped value as a DOT quoted string. */
    private static String quoted(String escaped) {
        return "\"" + escaped.replace("\"", "\\\"") + "\"";
    }

    private static Map<String, Attribute> strings(Map<String, String> values) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        values.forEach((k, v) -> a.put(k, DefaultAttribute.createAttribute(escape(v))));
        return a;
    }

    /** A value for a DOT quoted string; jgrapht escapes the quotes itself. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " ");
    }
}
