package dev.designround.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.json.JsonStyle;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import dev.designround.round.RoundState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes designs in the canonical form of format version 1: fixed field order, two-space indent, whole numbers
 * without a fraction, optional fields left out when empty. Zones and text notes go in the {@code canvas} section
 * after the edges (left out when there are none), the round last. Reading the output gives an equal design.
 */
public final class DesignWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Saves atomically (see {@link AtomicFiles}), keeping the previous version as {@code NAME.bak}. */
    public void save(Design design, Path file) throws IOException {
        save(design, Optional.empty(), file);
    }

    /** Saves a design with the round practised on it (the {@code round} section), atomically. */
    public void save(Design design, Optional<RoundState> round, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(design, round, out));
    }

    /** The canonical JSON text, ending with a newline. */
    public String toJson(Design design) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(design, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(Design design, OutputStream out) throws IOException {
        write(design, Optional.empty(), out);
    }

    /** The design, then the round section when there is a round. */
    public void write(Design design, Optional<RoundState> round, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", DesignFormat.FORMAT);
            g.writeNumberField("version", DesignFormat.VERSION);
            DesignInfo info = design.info();
            optional(g, "scenario", info.scenario());
            optional(g, "title", info.title());
            optional(g, "notes", info.notes());
            g.writeArrayFieldStart("nodes");
            for (Node n : design.nodes()) {
                writeNode(g, n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (Edge e : design.edges()) {
                writeEdge(g, e);
            }
            g.writeEndArray();
            if (CanvasSection.has(design)) {
                CanvasSection.write(g, design);
            }
            if (round.isPresent()) {
                RoundSection.write(g, round.get());
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void writeNode(JsonGenerator g, Node n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("type", n.type());
        optional(g, "label", n.label());
        g.writeFieldName("x");
        number(g, n.x());
        g.writeFieldName("y");
        number(g, n.y());
        writeOwnFields(g, n);
        g.writeEndObject();
    }

    /**
     * What a node holds beyond its type, label and place, as design files write it: {@code props},
     * {@code capabilities} and {@code readLabel}, each only when it says something (also what Design Round's
     * Mermaid export carries, so that it imports back the same).
     */
    public static void writeOwnFields(JsonGenerator g, Node n) throws IOException {
        if (!n.props().isEmpty()) {
            g.writeFieldName("props");
            writeProps(g, n.props());
        }
        if (!n.capabilities().isEmpty()) {
            g.writeArrayFieldStart("capabilities");
            for (String c : n.capabilities()) {
                g.writeString(c);
            }
            g.writeEndArray();
        }
        if (!n.readsLabel()) {
            g.writeBooleanField("readLabel", false);
        }
    }

    /**
     * A node's props as a JSON object, as design files hold them (also what Design Round's draw.io and Mermaid
     * exports carry, so that they read back as {@link DesignReader#readProps} reads them).
     */
    public static void writeProps(JsonGenerator g, NodeProps p) throws IOException {
        g.writeStartObject();
        if (p.latency().isPresent()) {
            g.writeFieldName(NodeProps.LATENCY);
            number(g, p.latencyMs());
        }
        if (p.cost().isPresent()) {
            g.writeFieldName(NodeProps.COST);
            number(g, p.costUsd());
        }
        if (p.error().isPresent()) {
            g.writeFieldName(NodeProps.ERROR_RATE);
            number(g, p.errorRate());
        }
        for (Map.Entry<String, String> e : p.other().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** A node's props as compact JSON text on one line ({@code {"latencyMs":4000}}). */
    public static String propsJson(NodeProps p) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeProps(g, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeEdge(JsonGenerator g, Edge e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("from", e.from());
        g.writeStringField("to", e.to());
        optional(g, "label", e.label());
        if (e.kind() != EdgeKind.FLOW) {
            g.writeStringField("kind", e.kind().id());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    /** Whole numbers without ".0", others in the shortest form that reads back to the same double. */
    /** A number as design files write it: whole numbers without a fraction. */
    public static void number(JsonGenerator g, double d) throws IOException {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }
}
