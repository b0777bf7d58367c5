package dev.designround.io.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.designround.io.DesignWriter;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The comment line Design Round's Mermaid export ends with: {@code %% design-round } and one line of JSON holding
 * what a flowchart cannot show, keyed by the flowchart's node ids (n1, n2, ... in design order) and its links (in
 * design order, with their ends): node ids and places, props, own capabilities, switched-off label reading,
 * unlabelled nodes, edge ids and kinds, zones (keyed by their subgraphs) and text notes (by their nodes) with
 * their places, the scenario and the notes. The JSON is ASCII with {@code %} escaped (Mermaid reads
 * {@code %%&#123;} anywhere in the text as a directive, even in a comment), and markup characters and quotes
 * inside strings too.
 */
final class MermaidOwnData {

    static final String PREFIX = "%% design-round ";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private MermaidOwnData() {
    }

    /** The comment line, ending with a newline. */
    static String comment(Design design) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setCharacterEscapes(new SafeEscapes());
            g.writeStartObject();
            DesignInfo info = design.info();
            optional(g, "scenario", info.scenario());
            optional(g, "title", info.title());
            optional(g, "notes", info.notes());
            Map<String, String> ids = new HashMap<>();
            g.writeObjectFieldStart("nodes");
            for (Node n : design.nodes()) {
                String id = "n" + (ids.size() + 1);
                ids.put(n.id(), id);
                g.writeObjectFieldStart(id);
                g.writeStringField("id", n.id());
                place(g, n.x(), n.y());
                DesignWriter.writeOwnFields(g, n);
                if (!n.hasLabel()) {
                    g.writeBooleanField("labelled", false);
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            ZoneMap zoneMap = ZoneMap.of(design);
            if (!design.zones().isEmpty()) {
                // keyed by the subgraph ids MermaidExporter gives the zones: z1, z2, ... outer ones first
                g.writeObjectFieldStart("zones");
                int count = 0;
                for (Zone z : zoneMap.outerFirst()) {
                    g.writeObjectFieldStart("z" + ++count);
                    g.writeStringField("id", z.id());
                    g.writeStringField("label", z.label());
                    place(g, z.x(), z.y());
                    g.writeFieldName("width");
                    DesignWriter.number(g, z.width());
                    g.writeFieldName("height");
                    DesignWriter.number(g, z.height());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (!design.texts().isEmpty()) {
                // keyed by the node ids MermaidExporter gives the text notes: t1, t2, ... in design order
                g.writeObjectFieldStart("texts");
                int count = 0;
                for (TextNote t : design.texts()) {
                    g.writeObjectFieldStart("t" + ++count);
                    g.writeStringField("id", t.id());
                    g.writeStringField("text", t.text());
                    place(g, t.x(), t.y());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeArrayFieldStart("edges");
            for (Edge e : design.edges()) {
                g.writeStartObject();
                g.writeStringField("from", ids.get(e.from()));
                g.writeStringField("to", ids.get(e.to()));
                g.writeStringField("id", e.id());
                g.writeStringField("kind", e.kind().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PREFIX + out + "\n";
    }

    private static void place(JsonGenerator g, double x, double y) throws IOException {
        g.writeFieldName("x");
        DesignWriter.number(g, x);
        g.writeFieldName("y");
        DesignWriter.number(g, y);
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    /**
     * Writes {@code %} as {@code \u0025} (no directive), {@code < > &} as escapes too (no markup, even in a
     * comment) and a double quote inside a string as {@code \u0022}, so that every line of the export has an even
     * number of double quotes.
     */
    private static final class SafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final String MARKS = "%<>&\"";
        private final int[] escapes;

        SafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : MARKS.toCharArray()) {
                escapes[c] = ESCAPE_CUSTOM;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return MARKS.indexOf(ch) >= 0 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
