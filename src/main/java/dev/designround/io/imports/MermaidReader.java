package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Position;
import dev.designround.json.Problems;
import dev.designround.model.CardGeometry;
import dev.designround.model.LabelTypes;
import dev.designround.model.NodeProps;
import dev.designround.model.Zone;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Mermaid flowchart ({@code graph} or {@code flowchart}, any direction): nodes in every shape
 * ({@code A[..]}, {@code A(..)}, {@code A[(..)]} a cylinder, {@code A{{..}}}, {@code A@{ shape: cyl }}, ...), with
 * quoted or plain text, entity codes ({@code #quot;}) and HTML; every link style ({@code -->}, {@code ---},
 * {@code -.->} dotted, {@code ==>} thick, {@code --o}, {@code --x}, {@code <-->}, longer ones), with text on it
 * ({@code -->|text|}, {@code -- text -->}, {@code -. text .->}); chains ({@code A --> B --> C}) and
 * {@code &} ({@code A & B --> C}); subgraphs (their nodes are read, a link to a subgraph itself is left out);
 * front matter (its {@code title}); comments, directives, {@code classDef}, {@code style} and the like are
 * skipped. Invisible links ({@code ~~~}) only place nodes, so they are not edges.
 *
 * <p>The text of a Markdown file is searched for its first {@code ```mermaid} block. Design Round's own export
 * puts what the drawing cannot show (node ids, props, edge kinds, the scenario and notes) in one comment line
 * starting {@code %% design-round }, read back here.
 */
final class MermaidReader {

    static final String TOOL = "Mermaid";
    /** The comment line Design Round's Mermaid export keeps its own data in. */
    static final String OWN_PREFIX = "%% design-round ";

    private static final Pattern HEADER = Pattern.compile("(?i)^(graph|flowchart|flowchart-elk)(\\s+(TB|TD|BT|RL|LR))?"
            + "\\s*(;.*)?$");
    private static final Set<String> OTHER_DIAGRAMS = Set.of("sequencediagram", "classdiagram", "classdiagram-v2",
            "statediagram", "statediagram-v2", "erdiagram", "journey", "gantt", "pie", "quadrantchart",
            "requirementdiagram", "gitgraph", "c4context", "c4container", "c4component", "c4dynamic", "c4deployment",
            "mindmap", "timeline", "zenuml", "sankey-beta", "xychart-beta", "block-beta", "packet-beta",
            "architecture-beta", "kanban", "radar-beta", "treemap-beta", "info");
    private static final Pattern SUBGRAPH = Pattern.compile("^subgraph(\\s+(.*))?$");
    private static final Pattern SKIPPED = Pattern.compile("^(classDef|class|style|linkStyle|click|direction"
            + "|accTitle|accDescr|title)\\b.*");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_\\-.]*");
    /** Node shapes: opening and closing marks, longest first. */
    private static final String[][] SHAPES = {
            {"(((", ")))"}, {"([", "])"}, {"[[", "]]"}, {"[(", ")]"}, {"((", "))"}, {"{{", "}}"}, {"[/", "/]"},
            {"[/", "\\]"}, {"[\\", "\\]"}, {"[\\", "/]"}, {"(-", "-)"}, {"[", "]"}, {"(", ")"}, {"{", "}"},
            {">", "]"}};
    private static final Map<String, LabelTypes.Outline> NEW_SHAPES = Map.ofEntries(
            Map.entry("cyl", LabelTypes.Outline.CYLINDER), Map.entry("cylinder", LabelTypes.Outline.CYLINDER),
            Map.entry("db", LabelTypes.Outline.CYLINDER), Map.entry("database", LabelTypes.Outline.CYLINDER),
            Map.entry("das", LabelTypes.Outline.CYLINDER), Map.entry("lin-cyl", LabelTypes.Outline.CYLINDER),
            Map.entry("h-cyl", LabelTypes.Outline.CYLINDER), Map.entry("disk", LabelTypes.Outline.CYLINDER),
            Map.entry("horizontal-cylinder", LabelTypes.Outline.CYLINDER),
            Map.entry("doc", LabelTypes.Outline.DOCUMENT), Map.entry("document", LabelTypes.Outline.DOCUMENT),
            Map.entry("docs", LabelTypes.Outline.DOCUMENT), Map.entry("documents", LabelTypes.Outline.DOCUMENT),
            Map.entry("lin-doc", LabelTypes.Outline.DOCUMENT), Map.entry("tag-doc", LabelTypes.Outline.DOCUMENT));

    private final JsonTreeReader json;
    private final java.util.function.Predicate<String> isTypeName;

    /**
     * @param isTypeName whether a text is a component type's name, as Design Round's export writes a node's type
     *                   under its label
     */
    MermaidReader(JsonTreeReader json, java.util.function.Predicate<String> isTypeName) {
        this.json = json;
        this.isTypeName = isTypeName;
    }

    /** The first {@code ```mermaid} (or {@code ~~~mermaid}) block of a Markdown text, with the line it starts on. */
    static Optional<Block> firstBlock(String markdown) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String fence = line.startsWith("```") ? "```" : line.startsWith("~~~") ? "~~~" : null;
            if (fence != null && line.substring(3).strip().toLowerCase(Locale.ROOT).startsWith("mermaid")) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    if (lines[j].strip().startsWith(fence)) {
                        return Optional.of(new Block(body.toString(), i + 1));
                    }
                    body.append(lines[j]).append('\n');
                }
                return Optional.of(new Block(body.toString(), i + 1));
            }
        }
        return Optional.empty();
    }

    /** Mermaid text found in a file, and how many lines of the file come before it. */
    record Block(String text, int lineOffset) {
    }

    /**
     * @param lineOffset how many lines of the file come before the text (for a block in Markdown), so that
     *                   messages give the line in the file
     * @throws InputException naming the file, the line and what is wrong
     */
    Diagram read(String text, int lineOffset, String display) throws InputException {
        return new Parse(text.replace("\r\n", "\n").replace('\r', '\n'), lineOffset, display).run();
    }

    /** One reading of one text. */
    private final class Parse {
        private final String[] lines;
        private final int offset;
        private final String display;
        private final Map<String, Node> nodes = new LinkedHashMap<>();
        private final List<Diagram.Link> links = new ArrayList<>();
        private final Set<String> subgraphs = new HashSet<>();
        /** The subgraphs in file order, with what each holds, and those open where the reading is. */
        private final Map<String, Sub> subs = new LinkedHashMap<>();
        private final java.util.Deque<Sub> open = new java.util.ArrayDeque<>();
        /** Nodes already placed in a subgraph: a node belongs to the first subgraph it is named in. */
        private final Set<String> inSubgraph = new HashSet<>();
        private int toSubgraphs;
        private int depth;
        private String title = "";
        private String ownLine;
        private int ownLineNumber;
        private int line;

        Parse(String text, int offset, String display) {
            this.lines = text.split("\n", -1);
            this.offset = offset;
            this.display = display;
        }

        Diagram run() throws InputException {
            int i = frontMatter();
            boolean header = false;
            for (; i < lines.length; i++) {
                line = i + 1;
                String raw = lines[i].strip();
                if (raw.startsWith(OWN_PREFIX) && header) {
                    ownLine = raw.substring(OWN_PREFIX.length()).strip();
                    ownLineNumber = line;
                    continue;
                }
                if (raw.isEmpty() || raw.startsWith("%%")) {
                    continue;
                }
                if (!header) {
                    header(raw);
                    header = true;
                    int semicolon = raw.indexOf(';');
                    if (semicolon >= 0) {
                        statements(raw.substring(semicolon + 1));
                    }
                    continue;
                }
                if (raw.startsWith("accDescr") && raw.contains("{") && !raw.contains("}")) {
                    while (i + 1 < lines.length && !lines[i].contains("}")) {
                        i++;
                    }
                    continue;
                }
                statements(raw);
            }
            if (!header) {
                throw new InputException(display, "not a Mermaid diagram: it holds no 'flowchart' or 'graph' line");
            }
            return diagram();
        }

        private Position here() {
            return new Position(offset + line, 1);
        }

        private InputException problem(String message) {
            return new InputException(display, here(), message);
        }

        /** Skips YAML front matter, keeping its title; returns the index of the first line after it. */
        private int frontMatter() throws InputException {
            int first = 0;
            while (first < lines.length && lines[first].isBlank()) {
                first++;
            }
            if (first >= lines.length || !lines[first].strip().equals("---")) {
                return 0;
            }
            for (int i = first + 1; i < lines.length; i++) {
                String l = lines[i];
                if (l.strip().equals("---")) {
                    return i + 1;
                }
                if (l.startsWith("title:")) {
                    title = yamlScalar(l.substring("title:".length()).strip());
                }
            }
            line = first + 1;
            throw problem("the front matter opened here (---) is never closed");
        }

        private void header(String raw) throws InputException {
            String first = raw.split("[\\s;]", 2)[0];
            if (HEADER.matcher(raw.contains(";") ? raw.substring(0, raw.indexOf(';')) : raw).matches()
                    || HEADER.matcher(first).matches()) {
                return;
            }
            if (OTHER_DIAGRAMS.contains(first.toLowerCase(Locale.ROOT))) {
                throw problem("a Mermaid " + first + ", not a flowchart: only flowcharts ('flowchart LR', 'graph "
                        + "TD') can be read as designs");
            }
            throw problem("not a Mermaid flowchart: the diagram should start with 'flowchart LR' or 'graph TD', not "
                    + "'" + shorten(raw) + "'");
        }

        private void statements(String text) throws InputException {
            for (String s : split(text)) {
                statement(s.strip());
            }
        }

        private void statement(String s) throws InputException {
            if (s.isEmpty() || s.startsWith("%%")) {
                return;
            }
            Matcher sub = SUBGRAPH.matcher(s);
            if (sub.matches()) {
                depth++;
                String rest = sub.group(2) == null ? "" : sub.group(2).strip();
                Matcher id = ID.matcher(rest);
                String key = "subgraph " + (subs.size() + 1);
                String title = decode(rest);
                if (id.lookingAt()) {
                    key = id.group();
                    subgraphs.add(key);
                    String after = rest.substring(id.end()).strip();
                    if (after.startsWith("[") && after.endsWith("]")) {
                        title = decode(after.substring(1, after.length() - 1)); // subgraph id [title]
                    } else if (after.isEmpty()) {
                        title = key;
                    }
                }
                Sub opened = new Sub(key, title);
                if (!open.isEmpty()) {
                    open.peek().members.add(key);
                }
                subs.putIfAbsent(key, opened);
                open.push(opened);
                return;
            }
            if (s.equals("end")) {
                if (depth == 0) {
                    throw problem("'end' without a subgraph to close");
                }
                depth--;
                open.pop();
                return;
            }
            if (SKIPPED.matcher(s).matches()) {
                return;
            }
            chain(s);
        }

        /** {@code a & b --> c --> d}: node groups joined by links. */
        private void chain(String s) throws InputException {
            Cursor c = new Cursor(s);
            List<String> previous = group(c);
            while (true) {
                c.skipSpaces();
                if (c.done()) {
                    return;
                }
                Arrow arrow = arrow(c);
                List<String> next = group(c);
                if (!arrow.invisible) {
                    for (String from : previous) {
                        for (String to : next) {
                            link(arrow.reversed ? to : from, arrow.reversed ? from : to, arrow);
                        }
                    }
                }
                previous = next;
            }
        }

        private void link(String from, String to, Arrow arrow) {
            if (subgraphs.contains(from) && !nodes.containsKey(from) || subgraphs.contains(to)
                    && !nodes.containsKey(to)) {
                toSubgraphs++;
                return;
            }
            links.add(new Diagram.Link(from, to, decode(arrow.text), arrow.dotted, Optional.empty(), Optional.empty()));
        }

        private List<String> group(Cursor c) throws InputException {
            List<String> ids = new ArrayList<>();
            do {
                c.skipSpaces();
                ids.add(node(c));
                c.skipSpaces();
            } while (c.take("&"));
            return ids;
        }

        /** A node reference with an optional shape, text and class. */
        private String node(Cursor c) throws InputException {
            String id = c.id();
            if (id == null) {
                throw problem(c.done() ? "a link with nothing after it: '" + shorten(c.text) + "'"
                        : "expected a node id at '" + shorten(c.rest()) + "'");
            }
            if (!nodes.containsKey(id) && subgraphs.contains(id)) {
                return id; // a link to a subgraph: left out
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            if (!open.isEmpty() && inSubgraph.add(id)) {
                open.peek().members.add(id);
            }
            if (c.take("@{")) {
                Map<String, String> props = properties(c.until("}"));
                c.take("}");
                Optional.ofNullable(props.get("label")).ifPresent(node::text);
                Optional.ofNullable(props.get("shape")).map(v -> NEW_SHAPES.get(v.toLowerCase(Locale.ROOT)))
                        .ifPresent(o -> node.outline = o);
            } else {
                shape(c, node);
            }
            if (c.take(":::")) {
                c.id();
            }
            return id;
        }

        /** A node's shape and text, if any follows its id: the longest opening mark that some closing mark ends. */
        private void shape(Cursor c, Node node) throws InputException {
            int start = c.at;
            String opened = null;
            for (String[] shape : SHAPES) {
                if (opened != null && !shape[0].equals(opened)) {
                    break;
                }
                if (!c.startsWith(shape[0])) {
                    continue;
                }
                opened = shape[0];
                c.take(shape[0]);
                String text = c.text(shape[1]);
                if (text != null) {
                    node.text(text);
                    if (shape[0].equals("[(")) {
                        node.outline = LabelTypes.Outline.CYLINDER;
                    }
                    return;
                }
                c.at = start;
            }
            if (opened != null) {
                String mark = opened;
                String closers = String.join("' or '", java.util.Arrays.stream(SHAPES)
                        .filter(sh -> sh[0].equals(mark)).map(sh -> sh[1]).toList());
                throw problem("the text of node " + node.id + " is not closed with '" + closers + "'");
            }
        }

        private Arrow arrow(Cursor c) throws InputException {
            c.skipSpaces();
            int start = c.at;
            c.id(); // an edge id (e1@-->) is only a name
            if (!c.take("@")) {
                c.at = start;
            }
            boolean back = c.take("<");
            if (!back && (c.startsWith("o-") || c.startsWith("x-") || c.startsWith("o=") || c.startsWith("x="))) {
                c.at++;
            }
            Arrow a;
            if (c.startsWith("~~~")) {
                c.skip('~');
                a = new Arrow(false, true, "", false, false);
            } else if (c.startsWith("-.")) {
                a = dotted(c);
            } else if (c.startsWith("--") || c.startsWith("==")) {
                a = solid(c, c.peek());
            } else {
                throw problem("expected a link (-->, -.->, ==>, ...) at '" + shorten(c.rest()) + "'");
            }
            boolean forward = a.forward || c.take(">");
            c.skipEnd();
            c.skipSpaces();
            String text = a.text;
            if (c.take("|")) {
                String t = c.text("|");
                if (t == null) {
                    throw problem("the text of a link is not closed with '|'");
                }
                text = t;
            }
            return new Arrow(a.dotted, a.invisible, text, forward, back && !forward);
        }

        private Arrow dotted(Cursor c) throws InputException {
            c.take("-");
            int dots = c.skip('.');
            if (c.peek() == '-') {
                c.skip('-');
                return new Arrow(true, false, "", c.take(">"), false);
            }
            if (dots == 1 && Character.isWhitespace(c.peek())) {
                int end = c.text.indexOf(".-", c.at);
                if (end < 0) {
                    throw problem("a dotted link with text is not closed with '.->' or '.-'");
                }
                String text = c.text.substring(c.at, end).strip();
                c.at = end + 1;
                c.skip('-');
                return new Arrow(true, false, text, c.take(">"), false);
            }
            throw problem("expected a dotted link (-.-> or -. text .->) at '" + shorten(c.rest()) + "'");
        }

        private Arrow solid(Cursor c, char mark) throws InputException {
            int count = c.skip(mark);
            Matcher m = Pattern.compile(Pattern.quote(String.valueOf(mark)) + "{2,}[>ox]?").matcher(c.text);
            if (count == 2 && Character.isWhitespace(c.peek()) && m.find(c.at)) {
                // -- text -->: the text runs to the link's second half
                String text = c.text.substring(c.at, m.start()).strip();
                c.at = m.start();
                c.skip(mark);
                return new Arrow(false, false, text, c.take(">"), false);
            }
            return new Arrow(false, false, "", c.take(">"), false);
        }

        private Diagram diagram() throws InputException {
            if (depth > 0) {
                throw problem("a subgraph is not closed with 'end'");
            }
            Own own = own();
            List<Diagram.Shape> shapes = new ArrayList<>();
            List<Diagram.Note> notes = new ArrayList<>();
            for (Node n : nodes.values()) {
                OwnText text = own.texts.get(n.id);
                if (text != null) {
                    notes.add(new Diagram.Note(n.id, text.text, Optional.of(text.at), Optional.of(text.id)));
                    continue;
                }
                Optional<String> stated = n.statedType().filter(isTypeName);
                Diagram.Own saved = own.nodes.getOrDefault(n.id, Diagram.Own.NONE).withType(stated);
                shapes.add(new Diagram.Shape(n.id, n.label(stated.isPresent()), Optional.ofNullable(n.outline),
                        Optional.ofNullable(own.places.get(n.id)), saved));
            }
            // the export writes cards zone by zone; the design's order is the one its own data keeps
            Map<String, Integer> order = new HashMap<>();
            own.nodes.keySet().forEach(key -> order.putIfAbsent(key, order.size()));
            own.texts.keySet().forEach(key -> order.putIfAbsent(key, order.size()));
            java.util.Comparator<String> written = java.util.Comparator.comparingInt(key -> order.getOrDefault(key,
                    Integer.MAX_VALUE));
            shapes.sort(java.util.Comparator.comparing(Diagram.Shape::key, written));
            notes.sort(java.util.Comparator.comparing(Diagram.Note::key, written));
            List<Diagram.Area> areas = new ArrayList<>();
            for (Sub sub : subs.values()) {
                OwnZone zone = own.zones.get(sub.key);
                areas.add(new Diagram.Area(sub.key, zone == null ? sub.title : zone.label, zone == null
                        ? Optional.empty() : Optional.of(zone.box), sub.members, zone == null ? Optional.empty()
                        : Optional.of(zone.id)));
            }
            List<Diagram.Link> read = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                Diagram.Link l = links.get(i);
                OwnEdge e = i < own.edges.size() ? own.edges.get(i) : null;
                if (e != null && e.from.equals(l.from()) && e.to.equals(l.to())) {
                    l = new Diagram.Link(l.from(), l.to(), l.text(), l.dashed(), e.kind, e.id);
                }
                read.add(l);
            }
            List<String> leftOut = new ArrayList<>();
            DrawioReader.count(leftOut, toSubgraphs, "link to a subgraph", "links to subgraphs");
            return new Diagram(TOOL, Optional.empty(), title.isBlank() ? own.title : title,
                    new Diagram.Saved(own.scenario, own.notes), shapes, read, areas, notes, leftOut);
        }

        /** A subgraph: its id, its title, and the nodes and subgraphs in it. */
        private static final class Sub {
            final String key;
            final String title;
            final List<String> members = new ArrayList<>();

            Sub(String key, String title) {
                this.key = key;
                this.title = title;
            }
        }

        // ---- Design Round's own data -----------------------------------------------------------------------

        private record OwnEdge(String from, String to, Optional<String> id, Optional<String> kind) {
        }

        private record OwnZone(String id, String label, Diagram.Box box) {
        }

        private record OwnText(String id, String text, Diagram.Point at) {
        }

        private static final class Own {
            String scenario = "";
            String notes = "";
            String title = "";
            /** In the order written, which is the design's. */
            final Map<String, Diagram.Own> nodes = new LinkedHashMap<>();
            final Map<String, Diagram.Point> places = new HashMap<>();
            final Map<String, OwnZone> zones = new HashMap<>();
            final Map<String, OwnText> texts = new LinkedHashMap<>();
            final List<OwnEdge> edges = new ArrayList<>();
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

        private Own own() throws InputException {
            Own own = new Own();
            if (ownLine == null) {
                return own;
            }
            String what = display + " (line " + (offset + ownLineNumber) + ", the design-round comment)";
            JsonValue root = json.parse(ownLine.getBytes(StandardCharsets.UTF_8), what);
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
    }

    // ---- pieces ------------------------------------------------------------------------------------------------

    /**
     * A link as read: dotted, invisible, its text, whether it has an arrowhead at its end, and whether it points
     * from right to left ({@code <--}).
     */
    private record Arrow(boolean dotted, boolean invisible, String text, boolean forward, boolean reversed) {
    }

    /** A node as declared, possibly over several statements. */
    private static final class Node {
        final String id;
        String raw;
        LabelTypes.Outline outline;

        Node(String id) {
            this.id = id;
        }

        void text(String text) {
            String t = text.strip();
            raw = t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
        }

        /** The type name Design Round's export puts in italics on the last line ({@code Claude<br/><i>LLM</i>}). */
        Optional<String> statedType() {
            if (raw == null) {
                return Optional.empty();
            }
            String[] parts = raw.split("(?i)<br\\s*/?>", -1);
            Matcher m = Pattern.compile("(?is)^\\s*<i>(.*)</i>\\s*$").matcher(parts[parts.length - 1]);
            return parts.length > 1 && m.matches() ? Optional.of(decode(m.group(1))) : Optional.empty();
        }

        /** The text a person reads, without the line stating its type when it is one. */
        String label(boolean withoutType) {
            if (raw == null) {
                return id;
            }
            if (withoutType) {
                return decode(raw.substring(0, lastBreak(raw)));
            }
            return decode(raw);
        }

        private static int lastBreak(String raw) {
            Matcher m = Pattern.compile("(?i)<br\\s*/?>").matcher(raw);
            int at = raw.length();
            while (m.find()) {
                at = m.start();
            }
            return at;
        }
    }

    /** Node or link text as a person reads it: markdown quotes, entity codes and HTML taken out. */
    static String decode(String text) {
        String s = text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
            s = s.substring(1, s.length() - 1).replace("**", "").replace("\\n", "\n");
        }
        return HtmlText.toText(entities(s));
    }

    /** Mermaid's entity codes ({@code #quot;}, {@code #35;}, {@code #9829;}) as characters. */
    static String entities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '#' ? s.indexOf(';', i + 1) : -1;
            if (end > i + 1 && end - i <= 10) {
                String name = s.substring(i + 1, end);
                String decoded = name.chars().allMatch(Character::isDigit) ? HtmlText.reference("#" + name)
                        : HtmlText.reference(name);
                if (decoded != null) {
                    // a markup character stays an entity, so that HTML reading does not take it for a tag
                    out.append(switch (decoded) {
                        case "<" -> "&lt;";
                        case ">" -> "&gt;";
                        case "&" -> "&amp;";
                        default -> decoded;
                    });
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** {@code key: value, key: "value"} of a node's {@code @{ ... }}. */
    private static Map<String, String> properties(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("([\\w-]+)\\s*:\\s*(\"([^\"]*)\"|[^,}]*)").matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(2).strip());
        }
        return out;
    }

    /** A YAML scalar as front matter holds a title: plain, 'single' or "double" quoted. */
    static String yamlScalar(String s) {
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            String inner = s.substring(1, s.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    char e = inner.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'x' -> {
                            if (i + 2 < inner.length()) {
                                try {
                                    out.append((char) Integer.parseInt(inner.substring(i + 1, i + 3), 16));
                                    i += 2;
                                } catch (NumberFormatException ex) {
                                    out.append(e);
                                }
                            }
                        }
                        case 'u' -> {
                            if (i + 4 < inner.length()) {
                                try {
                                    out.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                                    i += 4;
                                } catch (NumberFormatException ex) {
                                    out.append(e);
                                }
                            }
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        int comment = s.indexOf(" #");
        return (comment >= 0 ? s.substring(0, comment) : s).strip();
    }

    /** Statements of a line: split at semicolons outside quotes and brackets. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == ')' || c == '}')) {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && c == ';') {
                out.add(line.substring(start, i));
                start = i + 1;
            }
        }
        out.add(line.substring(start));
        return out;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "\u2026" : s;
    }

    /** A place in one statement. */
    private static final class Cursor {
        final String text;
        int at;

        Cursor(String text) {
            this.text = text;
        }

        boolean done() {
            return at >= text.length();
        }

        char peek() {
            return at < text.length() ? text.charAt(at) : '\0';
        }

        String rest() {
            return text.substring(Math.min(at, text.length()));
        }

        boolean startsWith(String s) {
            return text.startsWith(s, at);
        }

        boolean take(String s) {
            if (startsWith(s)) {
                at += s.length();
                return true;
            }
            return false;
        }

        int skip(char c) {
            int n = 0;
            while (peek() == c) {
                at++;
                n++;
            }
            return n;
        }

        void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        /** The end of a link ({@code o}, {@code x}) when no id follows right after it. */
        void skipEnd() {
            if ((peek() == 'o' || peek() == 'x') && (at + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(at + 1)) || text.charAt(at + 1) == '|')) {
                at++;
            }
        }

        /** A node id; a dash or dot ends it where a link begins ({@code A-->B}, {@code A-.->B}). */
        String id() {
            int start = at;
            while (at < text.length()) {
                char c = text.charAt(at);
                boolean word = Character.isLetterOrDigit(c) || c == '_';
                boolean joiner = (c == '-' || c == '.') && at > start && at + 1 < text.length()
                        && Character.isLetterOrDigit(text.charAt(at + 1));
                if (!word && !joiner) {
                    break;
                }
                at++;
            }
            return at > start ? text.substring(start, at) : null;
        }

        /** Text up to a closing mark (quoted text may hold the mark), or null when the mark never comes. */
        String text(String close) {
            skipSpaces();
            if (peek() == '"') {
                int end = text.indexOf('"', at + 1);
                if (end < 0) {
                    return null;
                }
                String quoted = text.substring(at, end + 1);
                at = end + 1;
                skipSpaces();
                return take(close) ? quoted : null;
            }
            int end = text.indexOf(close, at);
            if (end < 0) {
                return null;
            }
            String plain = text.substring(at, end);
            at = end + close.length();
            return plain;
        }

        String until(String close) {
            int end = text.indexOf(close, at);
            String out = text.substring(at, end < 0 ? text.length() : end);
            at = end < 0 ? text.length() : end;
            return out;
        }
    }
}
