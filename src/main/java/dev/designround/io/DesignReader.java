package dev.designround.io;

import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Position;
import dev.designround.json.Problems;
import dev.designround.json.Suggestions;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import dev.designround.round.RoundState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeMap;

/**
 * Reads design files (format version 1, PRODUCT.md). A file that is not exactly right is refused with every
 * problem found, each naming the place and what is wrong: broken JSON, the wrong kind of file, a newer version,
 * missing fields, duplicate ids, edges to unknown nodes, unknown component types, capabilities or edge kinds,
 * numbers out of range. The optional {@code canvas} section ({@link CanvasSection}: zones and text notes) and
 * {@code round} section ({@link RoundSection}) are read the same way.
 */
public final class DesignReader {

    private final Catalog catalog;
    private final JsonTreeReader json;

    public DesignReader(Catalog catalog, JsonTreeReader json) {
        this.catalog = catalog;
        this.json = json;
    }

    public DesignReader(Catalog catalog) {
        this(catalog, new JsonTreeReader());
    }

    /** Reads a design file, naming it in messages as the path was given. */
    public Design read(Path file) throws InputException {
        return read(file, file.toString());
    }

    public Design read(Path file, String display) throws InputException {
        return parse(json.readBytes(file, display), display);
    }

    public Design parse(byte[] bytes, String display) throws InputException {
        return parseFile(bytes, display).design();
    }

    /** Reads a design file with the round saved in it (if any), naming it in messages as the path was given. */
    public DesignFile readFile(Path file, String display) throws InputException {
        return parseFile(json.readBytes(file, display), display);
    }

    public DesignFile parseFile(byte[] bytes, String display) throws InputException {
        JsonValue root = json.parse(bytes, display);
        Problems problems = new Problems(display);
        DesignFile file = fileFromTree(root, problems);
        problems.throwIfAny();
        return file;
    }

    /**
     * Builds a design from a parsed file, recording every problem. The design returned holds what could be read
     * and is only meaningful when no problem was recorded.
     */
    public Design fromTree(JsonValue root, Problems problems) {
        return fileFromTree(root, problems).design();
    }

    /** As {@link #fromTree}, with the file's {@linkplain RoundSection round section} when it has one. */
    public DesignFile fileFromTree(JsonValue root, Problems problems) {
        Design design = new Design();
        Optional<JsonFields> header = FileHeader.check(root, DesignFormat.FORMAT, DesignFormat.VERSION,
                "design file", problems);
        if (header.isEmpty()) {
            return new DesignFile(design, Optional.empty());
        }
        JsonFields file = header.get();
        file.allowOnly("format", "version", "scenario", "title", "notes", "nodes", "edges", CanvasSection.KEY,
                RoundSection.KEY);
        Optional<RoundState> round = RoundSection.read(file);
        design.setInfo(new DesignInfo(file.optionalString("scenario").orElse(""),
                file.optionalString("title").orElse(""), file.optionalString("notes").orElse("")));

        List<JsonValue> nodes = file.array("nodes");
        if (nodes.size() > DesignFormat.MAX_NODES) {
            file.problem("nodes", "design has " + nodes.size() + " nodes, more than the limit of "
                    + DesignFormat.MAX_NODES);
            return new DesignFile(design, round);
        }
        List<JsonValue> edges = file.array("edges");
        if (edges.size() > DesignFormat.MAX_EDGES) {
            file.problem("edges", "design has " + edges.size() + " edges, more than the limit of "
                    + DesignFormat.MAX_EDGES);
            return new DesignFile(design, round);
        }

        Map<String, Position> nodeIds = new HashMap<>();
        Set<String> unreadableNodeIds = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            readNode(nodes.get(i), i, nodeIds, unreadableNodeIds, problems).ifPresent(design::addNode);
        }
        Map<String, Position> edgeIds = new HashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            readEdge(edges.get(i), i, nodeIds, unreadableNodeIds, edgeIds, problems).ifPresent(e -> {
                if (design.hasNode(e.from()) && design.hasNode(e.to())) {
                    design.addEdge(e);
                }
            });
        }
        CanvasSection.read(file, design);
        return new DesignFile(design, round);
    }

    private Optional<Node> readNode(JsonValue value, int index, Map<String, Position> ids, Set<String> unreadable,
                                    Problems problems) {
        Optional<JsonFields> maybe = JsonFields.of(value, "nodes[" + index + "]", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        int problemsBefore = problems.size();
        JsonFields raw = maybe.get();
        Optional<String> id = raw.requiredString("id");
        JsonFields f = new JsonFields(raw.object(),
                id.map(s -> "node \"" + s + "\"").orElse("nodes[" + index + "]"), problems);
        f.allowOnly("id", "type", "label", "x", "y", "props", "capabilities", "readLabel");
        boolean ok = id.isPresent();
        if (id.isPresent()) {
            String s = id.get();
            if (s.length() > DesignFormat.MAX_ID_LENGTH) {
                f.problem("id", "nodes[" + index + "]: id is longer than " + DesignFormat.MAX_ID_LENGTH
                        + " characters");
                ok = false;
            } else if (ids.containsKey(s)) {
                f.problem("id", "duplicate node id \"" + s + "\" (first used at line " + ids.get(s).line() + ")");
                ok = false;
            } else {
                ids.put(s, f.position("id"));
            }
        }
        Optional<String> type = f.requiredString("type");
        if (type.isPresent() && catalog.type(type.get()).isEmpty()) {
            f.problem("type", f.what() + ": unknown component type \"" + type.get() + "\""
                    + Suggestions.didYouMean(type.get(), catalog.typeIds()));
            ok = false;
        }
        String label = f.optionalString("label").orElse("");
        double x = f.optionalNumberIn("x", -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE).orElse(0);
        double y = f.optionalNumberIn("y", -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE).orElse(0);
        NodeProps props = f.optionalObject("props", f.what() + " props").map(p -> readProps(p, f.what()))
                .orElse(NodeProps.NONE);
        List<String> capabilities = new ArrayList<>();
        for (String cap : f.stringList("capabilities")) {
            if (catalog.capability(cap).isPresent()) {
                capabilities.add(cap);
            } else {
                f.problem("capabilities", f.what() + ": unknown capability \"" + cap + "\""
                        + Suggestions.didYouMean(cap, catalog.capabilityIds()));
            }
        }
        boolean readsLabel = f.optionalBoolean("readLabel").orElse(true);
        if (!ok || type.isEmpty() || problems.size() > problemsBefore) {
            id.ifPresent(unreadable::add);
            return Optional.empty();
        }
        return Optional.of(new Node(id.get(), type.get(), label, x, y, props, capabilities, readsLabel));
    }

    /**
     * A node's {@code props} object, as design files hold it (also what Design Round's draw.io and Mermaid exports
     * carry); problems are recorded in the fields' {@link Problems}.
     *
     * @param owner how to name the node in messages ({@code node "llm"})
     */
    public static NodeProps readProps(JsonFields p, String owner) {
        double latency = p.optionalNumberIn(NodeProps.LATENCY, 0, NodeProps.MAX_LATENCY_MS).orElse(Double.NaN);
        double cost = p.optionalNumberIn(NodeProps.COST, 0, NodeProps.MAX_COST_USD).orElse(Double.NaN);
        double error = p.optionalNumberIn(NodeProps.ERROR_RATE, 0, 1).orElse(Double.NaN);
        Map<String, String> other = new TreeMap<>();
        for (Map.Entry<String, JsonValue> e : p.object().members().entrySet()) {
            String key = e.getKey();
            if (key.equals(NodeProps.LATENCY) || key.equals(NodeProps.COST) || key.equals(NodeProps.ERROR_RATE)) {
                continue;
            }
            JsonValue v = e.getValue();
            if (v instanceof JsonValue.JsonString s) {
                other.put(key, s.value());
            } else if (v instanceof JsonValue.JsonNumber n) {
                other.put(key, n.text());
            } else if (v instanceof JsonValue.JsonBoolean b) {
                other.put(key, Boolean.toString(b.value()));
            } else {
                p.problem(key, owner + ": prop \"" + key + "\" must be text, a number or true/false, not "
                        + JsonFields.article(v.typeName()));
            }
        }
        return new NodeProps(latency, cost, error, other);
    }

    private Optional<Edge> readEdge(JsonValue value, int index, Map<String, Position> nodeIds,
                                    Set<String> unreadableNodes, Map<String, Position> ids, Problems problems) {
        Optional<JsonFields> maybe = JsonFields.of(value, "edges[" + index + "]", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        JsonFields raw = maybe.get();
        Optional<String> id = raw.requiredString("id");
        JsonFields f = new JsonFields(raw.object(),
                id.map(s -> "edge \"" + s + "\"").orElse("edges[" + index + "]"), problems);
        f.allowOnly("id", "from", "to", "label", "kind");
        boolean ok = id.isPresent();
        if (id.isPresent()) {
            if (id.get().length() > DesignFormat.MAX_ID_LENGTH) {
                f.problem("id", "edges[" + index + "]: id is longer than " + DesignFormat.MAX_ID_LENGTH
                        + " characters");
                ok = false;
            } else if (ids.containsKey(id.get())) {
                f.problem("id", "duplicate edge id \"" + id.get() + "\" (first used at line "
                        + ids.get(id.get()).line() + ")");
                ok = false;
            } else {
                ids.put(id.get(), f.position("id"));
            }
        }
        Optional<String> from = endpoint(f, "from", nodeIds, unreadableNodes);
        Optional<String> to = endpoint(f, "to", nodeIds, unreadableNodes);
        String label = f.optionalString("label").orElse("");
        EdgeKind kind = EdgeKind.FLOW;
        Optional<String> kindId = f.optionalString("kind");
        if (kindId.isPresent()) {
            Optional<EdgeKind> parsed = EdgeKind.fromId(kindId.get());
            if (parsed.isEmpty()) {
                f.problem("kind", f.what() + ": unknown edge kind \"" + kindId.get() + "\" (use "
                        + String.join(", ", EdgeKind.ids()) + ")");
                ok = false;
            } else {
                kind = parsed.get();
            }
        }
        if (!ok || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Edge(id.get(), from.get(), to.get(), label, kind));
    }

    private static Optional<String> endpoint(JsonFields f, String key, Map<String, Position> nodeIds,
                                             Set<String> unreadableNodes) {
        Optional<String> ref = f.requiredString(key);
        if (ref.isPresent() && !nodeIds.containsKey(ref.get())) {
            if (!unreadableNodes.contains(ref.get())) {
                f.problem(key, f.what() + ": \"" + key + "\" names unknown node \"" + ref.get() + "\""
                        + Suggestions.didYouMean(ref.get(), nodeIds.keySet()));
            }
            return Optional.empty();
        }
        return ref;
    }
}
