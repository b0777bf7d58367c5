package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.CardGeometry;
import dev.designround.model.NodeProps;
import dev.designround.model.Zone;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Design Round's Mermaid export keeps in its one comment line ({@link MermaidReader#OWN_PREFIX}), beyond what
 * the drawing shows: the scenario, notes and title, and per node key its id, place, props and capabilities, the
 * zones drawn as subgraphs with their boxes, the text notes, and each edge's id and kind in the order written.
 * A flowchart without that line has none of it ({@link #MermaidOwnLine()}).
 */
final class MermaidOwnLine {

    /** An edge as the export wrote it, to be matched with the link read in the same place. */
    record OwnEdge(String from, String to, Optional<String> id, Optional<String> kind) {
    }

    record OwnZone(String id, String label, Diagram.Box box) {
    }

    record OwnText(String id, String text, Diagram.Point at) {
    }

    String scenario = "";
    String notes = "";
    String title = "";
    /** In the order written, which is the design's. */
    final Map<String, Diagram.Own> nodes = new LinkedHashMap<>();
    final Map<String, Diagram.Point> places = new HashMap<>();
    final Map<String, OwnZone> zones = new HashMap<>();
    final Map<String, OwnText> texts = new LinkedHashMap<>();
    final List<OwnEdge> edges = new ArrayList<>();

    /** Nothing of Design Round's own: a flowchart drawn elsewhere. */
    MermaidOwnLine() {
    }

    /**
     * Reads the JSON after the comment's prefix.
     *
     * @param what the file and the line, as messages name them
     * @throws InputException naming the file and the line when the text is not JSON, or not what the export writes
     */
    static MermaidOwnLine read(JsonTreeReader json, String line, String what) throws InputException {
        MermaidOwnLine own = new MermaidOwnLine();
        JsonValue root = json.parse(line.getBytes(StandardCharsets.UTF_8), what);
        Problems problems = new Problems(what);
        Optional<JsonFields> f = JsonFields.of(root, "the design-round comment", problems);
        if (f.isPresent()) {
            JsonFields top = f.get();
            top.allowOnly("scenario", "notes", "title", "nodes", "zones", "texts", "edges");
            own.scenario = top.optionalString("scenario").orElse("");
            own.notes = top.optionalString("notes").orElse("");
            own.title = top.optionalString("title").orElse("");
            top.optionalObject("nodes", "nodes").ifPresent(nodesField -> {
                for (String key : nodesField.object().members().keySet()) {
                    nodesField.optionalObject(key, "node " + key).ifPresent(n -> {
                        n.allowOnly("id", "x", "y", "props", "capabilities", "readLabel", "labelled");
                        place(n).ifPresent(p -> own.places.put(key, p));
                        NodeProps props = n.optionalObject("props", "node " + key + " props")
                                .map(p -> dev.designround.io.DesignReader.readProps(p, "node " + key))
                                .orElse(NodeProps.NONE);
                        own.nodes.put(key, new Diagram.Own(n.optionalString("id"), Optional.empty(), props,
                                n.stringList("capabilities"), n.optionalBoolean("readLabel").orElse(true),
                                n.optionalBoolean("labelled").orElse(true)));
                    });
                }
            });
            top.optionalObject("zones", "zones").ifPresent(zonesField -> {
                for (String key : zonesField.object().members().keySet()) {
                    zonesField.optionalObject(key, "zone " + key).ifPresent(z -> {
                        z.allowOnly("id", "label", "x", "y", "width", "height");
                        Optional<String> id = z.requiredString("id");
                        Optional<Diagram.Point> at = place(z);
                        java.util.OptionalDouble w = z.optionalNumberIn("width", Zone.MIN_SIZE, Zone.MAX_SIZE);
                        java.util.OptionalDouble h = z.optionalNumberIn("height", Zone.MIN_SIZE, Zone.MAX_SIZE);
                        if (id.isPresent() && at.isPresent() && w.isPresent() && h.isPresent()) {
                            own.zones.put(key, new OwnZone(id.get(), z.optionalString("label").orElse(""),
                                    new Diagram.Box(at.get().x(), at.get().y(), w.getAsDouble(),
                                    h.getAsDouble())));
                        }
                    });
                }
            });
            top.optionalObject("texts", "texts").ifPresent(textsField -> {
                for (String key : textsField.object().members().keySet()) {
                    textsField.optionalObject(key, "text " + key).ifPresent(t -> {
                        t.allowOnly("id", "text", "x", "y");
                        Optional<String> id = t.requiredString("id");
                        Optional<String> text = t.requiredString("text");
                        Optional<Diagram.Point> at = place(t);
                        if (id.isPresent() && text.isPresent() && !text.get().isBlank() && at.isPresent()) {
                            own.texts.put(key, new OwnText(id.get(), text.get(), at.get()));
                        }
                    });
                }
            });
            List<JsonValue> edges = top.array("edges");
            for (int i = 0; i < edges.size(); i++) {
                JsonFields.of(edges.get(i), "edges[" + i + "]", problems).ifPresent(e -> {
                    e.allowOnly("from", "to", "id", "kind");
                    own.edges.add(new OwnEdge(e.requiredString("from").orElse(""),
                            e.requiredString("to").orElse(""), e.optionalString("id"), e.optionalString("kind")));
                });
            }
        }
        problems.throwIfAny();
        return own;
    }

    /** A place written as "x" and "y", when both are there. */
    private static Optional<Diagram.Point> place(JsonFields f) {
        java.util.OptionalDouble x = f.optionalNumberIn("x", -CardGeometry.MAX_COORDINATE,
                CardGeometry.MAX_COORDINATE);
        java.util.OptionalDouble y = f.optionalNumberIn("y", -CardGeometry.MAX_COORDINATE,
                CardGeometry.MAX_COORDINATE);
        return x.isPresent() && y.isPresent() ? Optional.of(new Diagram.Point(x.getAsDouble(), y.getAsDouble()))
                : Optional.empty();
    }
}
