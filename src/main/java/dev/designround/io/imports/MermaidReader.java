package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.Position;
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
 * starting {@code %% design-round }, read back here ({@link MermaidOwnLine}).
 *
 * <p>This class reads the file line by line (front matter, the header, subgraphs, statements) and makes the
 * {@link Diagram}; {@link MermaidCursor} reads a statement token by token, {@link MermaidSyntax} knows the shape
 * and link syntax, {@link MermaidNode} keeps what is declared of a node, and {@link MermaidText} turns what is
 * written into what a person reads. Every problem names the file and the line.
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
        private final Map<String, MermaidNode> nodes = new LinkedHashMap<>();
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
                    title = MermaidText.yamlScalar(l.substring("title:".length()).strip());
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
                    + "'" + MermaidText.shorten(raw) + "'");
        }

        private void statements(String text) throws InputException {
            for (String s : MermaidText.split(text)) {
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
                String title = MermaidText.decode(rest);
                if (id.lookingAt()) {
                    key = id.group();
                    subgraphs.add(key);
                    String after = rest.substring(id.end()).strip();
                    if (after.startsWith("[") && after.endsWith("]")) {
                        title = MermaidText.decode(after.substring(1, after.length() - 1)); // subgraph id [title]
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
            MermaidCursor c = new MermaidCursor(s, display, here());
            List<String> previous = group(c);
            while (true) {
                c.skipSpaces();
                if (c.done()) {
                    return;
                }
                MermaidSyntax.Arrow arrow = MermaidSyntax.arrow(c);
                List<String> next = group(c);
                if (!arrow.invisible()) {
                    for (String from : previous) {
                        for (String to : next) {
                            link(arrow.reversed() ? to : from, arrow.reversed() ? from : to, arrow);
                        }
                    }
                }
                previous = next;
            }
        }

        private void link(String from, String to, MermaidSyntax.Arrow arrow) {
            if (subgraphs.contains(from) && !nodes.containsKey(from) || subgraphs.contains(to)
                    && !nodes.containsKey(to)) {
                toSubgraphs++;
                return;
            }
            links.add(new Diagram.Link(from, to, MermaidText.decode(arrow.text()), arrow.dotted(),
                    Optional.empty(), Optional.empty()));
        }

        private List<String> group(MermaidCursor c) throws InputException {
            List<String> ids = new ArrayList<>();
            do {
                c.skipSpaces();
                ids.add(node(c));
                c.skipSpaces();
            } while (c.take("&"));
            return ids;
        }

        /** A node reference with an optional shape, text and class. */
        private String node(MermaidCursor c) throws InputException {
            String id = c.id();
            if (id == null) {
                throw problem(c.done() ? "a link with nothing after it: '" + MermaidText.shorten(c.text) + "'"
                        : "expected a node id at '" + MermaidText.shorten(c.rest()) + "'");
            }
            if (!nodes.containsKey(id) && subgraphs.contains(id)) {
                return id; // a link to a subgraph: left out
            }
            MermaidNode node = nodes.computeIfAbsent(id, MermaidNode::new);
            if (!open.isEmpty() && inSubgraph.add(id)) {
                open.peek().members.add(id);
            }
            MermaidSyntax.shape(c, node);
            if (c.take(":::")) {
                c.id();
            }
            return id;
        }

        private Diagram diagram() throws InputException {
            if (depth > 0) {
                throw problem("a subgraph is not closed with 'end'");
            }
            MermaidOwnLine own = ownLine == null ? new MermaidOwnLine() : MermaidOwnLine.read(json, ownLine,
                    display + " (line " + (offset + ownLineNumber) + ", the design-round comment)");
            List<Diagram.Shape> shapes = new ArrayList<>();
            List<Diagram.Note> notes = new ArrayList<>();
            for (MermaidNode n : nodes.values()) {
                MermaidOwnLine.OwnText text = own.texts.get(n.id);
                if (text != null) {
                    notes.add(new Diagram.Note(n.id, text.text(), Optional.of(text.at()), Optional.of(text.id())));
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
                MermaidOwnLine.OwnZone zone = own.zones.get(sub.key);
                areas.add(new Diagram.Area(sub.key, zone == null ? sub.title : zone.label(), zone == null
                        ? Optional.empty() : Optional.of(zone.box()), sub.members, zone == null ? Optional.empty()
                        : Optional.of(zone.id())));
            }
            List<Diagram.Link> read = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                Diagram.Link l = links.get(i);
                MermaidOwnLine.OwnEdge e = i < own.edges.size() ? own.edges.get(i) : null;
                if (e != null && e.from().equals(l.from()) && e.to().equals(l.to())) {
                    l = new Diagram.Link(l.from(), l.to(), l.text(), l.dashed(), e.kind(), e.id());
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
    }
}
