package dev.designround.io.export;

import dev.designround.diagram.Theme;
import dev.designround.diagram.EdgeStyles;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(request.design().graph(), writer);
        } catch (ExportException e) {
            throw new IOException("cannot write DOT: " + e.getMessage(), e);
        }
        writer.flush();
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
