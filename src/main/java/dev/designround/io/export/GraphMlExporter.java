package dev.designround.io.export;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.Edge;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * {@code graphml}: the design as GraphML, written by jgrapht-io's {@code GraphMLExporter} (yEd, Gephi, Cytoscape,
 * NetworkX). Node ids are n1, n2, ...; label, type, type name, category and design id are declared node keys,
 * label, kind and design id edge keys. XML escaping is the exporter's.
 *
 * <p>A design with zones or text notes gets one more node key, {@code element} ({@code component} by default,
 * {@code zone}, {@code text}). Each zone is a node (z1, z2, ...) with a nested graph holding the cards, text notes
 * and zones inside it, as GraphML nests graphs (yEd shows them as groups); each text note is a node (t1, t2, ...)
 * labelled with its text ({@link GraphMlZones}).
 */
public final class GraphMlExporter implements Exporter {

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public String extension() {
        return "graphml";
    }

    @Override
    public String description() {
        return "GraphML for graph tools (yEd, Gephi, NetworkX)";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        GraphAttributes attributes = new GraphAttributes(request.design(), request.catalog());
        GraphMLExporter<String, Edge> exporter = new GraphMLExporter<>(attributes::id);
        int[] edgeCount = {0};
        Map<Edge, String> edgeIds = new java.util.HashMap<>();
        request.design().edges().forEach(e -> edgeIds.put(e, "e" + ++edgeCount[0]));
        exporter.setEdgeIdProvider(edgeIds::get);
        // Keys are registered by name, so the names nodes and edges share are declared for both.
        for (String key : new String[] {"label", "designId"}) {
            exporter.registerAttribute(key, AttributeCategory.ALL, AttributeType.STRING);
        }
        for (String key : new String[] {"type", "typeName", "category"}) {
            exporter.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("kind", AttributeCategory.EDGE, AttributeType.STRING);
        boolean canvas = !request.design().zones().isEmpty() || !request.design().texts().isEmpty();
        if (canvas) {
            exporter.registerAttribute(GraphMlZones.ELEMENT, AttributeCategory.NODE, AttributeType.STRING,
                    "component");
        }
        exporter.setVertexAttributeProvider(v -> strings(attributes.node(v)));
        exporter.setEdgeAttributeProvider(e -> strings(attributes.edge(e)));
        java.io.ByteArrayOutputStream graph = new java.io.ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(canvas ? graph : out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(request.design().graph(), writer);
        } catch (ExportException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        writer.flush();
        if (canvas) {
            org.w3c.dom.Document doc = XmlDocs.parse(graph.toByteArray());
            GraphMlZones.nest(doc, request.design(), attributes);
            XmlDocs.write(doc, out);
        }
    }

    private static Map<String, Attribute> strings(Map<String, String> values) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        values.forEach((k, v) -> a.put(k, DefaultAttribute.createAttribute(v)));
        return a;
    }
}
