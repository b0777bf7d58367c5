package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.LabelTypes;
import dev.designround.model.NodeProps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a diagrams.net (draw.io) file: an {@code <mxfile>} of pages ({@code <diagram>}, each plain or compressed,
 * see {@link DrawioPages}), a bare {@code <mxGraphModel>} (draw.io's uncompressed XML export), or an SVG saved
 * with its diagram inside ({@code .drawio.svg}). One page is read: the first, or the one asked for by name.
 *
 * <p>Every vertex is a shape except free text (a text note), edge labels (their text joins their edge's),
 * swimlanes and containers holding other shapes (zones) and groups and tables (their shapes are read, the
 * grouping left out). Labels written as HTML ({@code html=1}) are read as the text shown. Positions are absolute
 * (a shape in a group is placed where it is seen). An edge is dashed when its style says so; one drawn with its
 * arrowhead at its source points back. What Design Round wrote into its own export ({@code designId},
 * {@code componentType}, {@code kind}, props, zones and text notes, the scenario and notes on the root cell) is
 * read back so that the design comes back the same.
 */
final class DrawioReader {

    static final String TOOL = "draw.io";

    private static final Set<String> CYLINDERS = Set.of("cylinder", "cylinder2", "cylinder3", "datastore",
            "mxgraph.flowchart.database", "mxgraph.flowchart.stored_data", "mxgraph.basic.cylinder",
            "mxgraph.lean_mapping.database");
    private static final Set<String> ACTORS = Set.of("umlactor", "actor", "mxgraph.basic.person",
            "mxgraph.office.users.user", "mxgraph.azure.user");
    private static final Set<String> DOCUMENTS = Set.of("document", "mxgraph.flowchart.document",
            "mxgraph.flowchart.multi-document", "note");

    private final JsonTreeReader json;

    DrawioReader(JsonTreeReader json) {
        this.json = json;
    }

    /**
     * @param page the name of the page to read, or empty for the first
     * @throws InputException naming the file and what is wrong
     */
    Diagram read(byte[] bytes, String display, Optional<String> page) throws InputException {
        XmlTree.Element root = root(bytes, display);
        if (root.name().equals("mxGraphModel")) {
            if (page.isPresent()) {
                throw new InputException(display, "has a single unnamed page: --page \"" + page.get() + "\" does not "
                        + "apply");
            }
            return diagram(root, display, "", "the diagram");
        }
        if (!root.name().equals("mxfile")) {
            throw new InputException(display, root.position(), "not a draw.io file: its root element is <"
                    + root.name() + ">, not <mxfile> or <mxGraphModel>");
        }
        List<XmlTree.Element> pages = root.children("diagram");
        if (pages.isEmpty()) {
            throw new InputException(display, root.position(), "a draw.io file without pages (no <diagram> in "
                    + "<mxfile>)");
        }
        XmlTree.Element chosen = choose(pages, page, display);
        String name = chosen.attribute("name").orElse("");
        String what = "page \"" + name + "\"";
        Optional<XmlTree.Element> model = chosen.child("mxGraphModel");
        if (model.isPresent()) {
            return diagram(model.get(), display, name, what);
        }
        if (chosen.text().isBlank()) {
            return new Diagram(TOOL, Optional.of(name), title(name), Diagram.Saved.NONE, List.of(), List.of(),
                    List.of());
        }
        byte[] xml = DrawioPages.inflate(chosen.text(), display, what, json.limits().maxBytes());
        XmlTree.Element inflated = XmlTree.parse(xml, display, what, json.limits());
        if (!inflated.name().equals("mxGraphModel")) {
            throw new InputException(display, what + " inflates to <" + inflated.name() + ">, not a diagram "
                    + "(<mxGraphModel>)");
        }
        return diagram(inflated, display, name, what);
    }

    /**
     * The names of a file's pages, in order; empty for a bare {@code <mxGraphModel>}, which has one unnamed page.
     *
     * @throws InputException naming the file when it is no draw.io file
     */
    List<String> pages(byte[] bytes, String display) throws InputException {
        XmlTree.Element root = root(bytes, display);
        if (!root.name().equals("mxfile")) {
            return List.of();
        }
        return root.children("diagram").stream().map(p -> p.attribute("name").orElse("")).toList();
    }

    /** The file's root element; for an SVG saved with its diagram inside, that diagram's. */
    private XmlTree.Element root(byte[] bytes, String display) throws InputException {
        XmlTree.Element root = XmlTree.parse(bytes, display, "the file", json.limits());
        if (root.name().equals("svg")) {
            String content = root.attribute("content").orElseThrow(() -> new InputException(display,
                    "not a draw.io file: an SVG picture without a diagram in it (draw.io keeps one in SVGs saved as "
                            + ".drawio.svg)"));
            root = XmlTree.parse(content.getBytes(StandardCharsets.UTF_8), display, "the diagram inside the SVG",
                    json.limits());
        }
        return root;
    }

    private static XmlTree.Element choose(List<XmlTree.Element> pages, Optional<String> wanted, String display)
            throws InputException {
        if (wanted.isEmpty()) {
            return pages.get(0);
        }
        for (XmlTree.Element p : pages) {
            if (p.attribute("name").orElse("").equals(wanted.get())) {
                return p;
            }
        }
        for (XmlTree.Element p : pages) {
            if (p.attribute("name").orElse("").equalsIgnoreCase(wanted.get().strip())) {
                return p;
            }
        }
        throw new InputException(display, "no page named \"" + wanted.get() + "\" (pages: " + String.join(", ",
                pages.stream().map(p -> "\"" + p.attribute("name").orElse("") + "\"").toList()) + ")");
    }

    /** A page's title: its name, unless it is draw.io's default name ("Page-1"). */
    private static String title(String pageName) {
        return pageName.matches("Page-\\d+") ? "" : pageName;
    }

    // ---- cells -----------------------------------------------------------------------------------------------

    /** A cell of the model: an {@code <mxCell>}, with the attributes of its {@code <object>} wrapper if any. */
    private record Cell(String id, String value, Map<String, String> style, boolean vertex, boolean edge,
                        String parent, String source, String target, Optional<XmlTree.Element> geometry,
                        Map<String, String> data, XmlTree.Element element) {
    }

    private Diagram diagram(XmlTree.Element model, String display, String pageName, String what)
            throws InputException {
        XmlTree.Element root = model.child("root").orElseThrow(() -> new InputException(display, model.position(),
                what + " has no <root> of cells"));
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (XmlTree.Element e : root.children()) {
            Optional<Cell> cell = cell(e);
            if (cell.isPresent() && cells.putIfAbsent(cell.get().id(), cell.get()) != null) {
                throw new InputException(display, e.position(), what + ": two cells have the id \""
                        + cell.get().id() + "\"");
            }
        }
        Map<String, List<Cell>> children = new HashMap<>();
        cells.values().forEach(c -> children.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c));

        Diagram.Saved saved = Diagram.Saved.NONE;
        String title = title(pageName);
        for (Cell c : cells.values()) {
            if (c.parent().isEmpty() && !c.data().isEmpty()) {
                saved = new Diagram.Saved(c.data().getOrDefault("scenario", ""), c.data().getOrDefault("notes", ""));
                title = c.data().getOrDefault("title", title);
            }
        }

        Map<String, String> edgeText = new HashMap<>();
        List<Diagram.Shape> shapes = new ArrayList<>();
        List<Diagram.Area> areas = new ArrayList<>();
        List<Diagram.Note> notes = new ArrayList<>();
        Set<String> shapeKeys = new java.util.HashSet<>();
        int groups = 0;
        OwnData own = new OwnData(json);
        for (Cell c : cells.values()) {
            if (!c.vertex()) {
                continue;
            }
            Cell parent = cells.get(c.parent());
            if (parent != null && parent.edge()) {
                edgeText.merge(parent.id(), label(c), (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b);
                continue;
            }
            String base = base(c.style());
            String element = c.data().getOrDefault("element", "");
            Optional<String> designId = Optional.ofNullable(c.data().get("designId"));
            if (element.equals("text") || base.equals("text") || base.equals("edgeLabel")
                    || "text".equals(c.style().get("shape"))) {
                // the note's own text when Design Round wrote it (the label shows it wrapped)
                String text = Optional.ofNullable(c.data().get("text")).orElseGet(() -> label(c));
                if (!text.isBlank()) {
                    notes.add(new Diagram.Note(c.id(), text, box(c, cells).map(b -> new Diagram.Point(b.x(), b.y())),
                            element.equals("text") ? designId : Optional.empty()));
                }
                continue;
            }
            boolean holds = children.getOrDefault(c.id(), List.of()).stream().anyMatch(Cell::vertex);
            if (element.equals("zone") || holds && (base.equals("swimlane") || "swimlane".equals(c.style()
                    .get("shape")) || "1".equals(c.style().get("container")))) {
                areas.add(new Diagram.Area(c.id(), label(c).replace('\n', ' ').strip(), box(c, cells), List.of(),
                        element.equals("zone") ? designId : Optional.empty()));
                continue;
            }
            if (holds && (base.equals("group") || base.equals("table"))) {
                groups++;
                continue;
            }
            if (c.geometry().map(g -> "1".equals(g.attributes().get("relative"))).orElse(false)) {
                continue; // a label placed along another shape
            }
            shapes.add(new Diagram.Shape(c.id(), label(c), outline(c.style()), position(c, cells),
                    ownOf(c, own, display)));
            shapeKeys.add(c.id());
        }

        List<Diagram.Link> links = new ArrayList<>();
        int loose = 0;
        int toGroups = 0;
        for (Cell c : cells.values()) {
            if (!c.edge()) {
                continue;
            }
            if (c.source().isEmpty() || c.target().isEmpty()) {
                loose++;
                continue;
            }
            if (!shapeKeys.contains(c.source()) || !shapeKeys.contains(c.target())) {
                toGroups++;
                continue;
            }
            boolean back = "none".equals(c.style().get("endArrow")) && c.style().containsKey("startArrow")
                    && !"none".equals(c.style().get("startArrow"));
            String text = label(c);
            String extra = edgeText.getOrDefault(c.id(), "");
            text = text.isEmpty() ? extra : extra.isEmpty() ? text : text + "\n" + extra;
            boolean dashed = "1".equals(c.style().get("dashed"));
            links.add(new Diagram.Link(back ? c.target() : c.source(), back ? c.source() : c.target(), text, dashed,
                    Optional.ofNullable(c.data().get("kind")), Optional.ofNullable(c.data().get("designId"))));
        }
        List<String> leftOut = new ArrayList<>();
        count(leftOut, loose, "arrow with a loose end", "arrows with a loose end");
        count(leftOut, toGroups, "arrow to a group or text", "arrows to groups or text");
        count(leftOut, groups, "group (its shapes were read)", "groups (their shapes were read)");
        return new Diagram(TOOL, Optional.of(pageName), title, saved, shapes, links, areas, notes, leftOut);
    }

    static void count(List<String> out, int n, String one, String many) {
        if (n == 1) {
            out.add("1 " + one);
        } else if (n > 1) {
            out.add(n + " " + many);
        }
    }

    private static Optional<Cell> cell(XmlTree.Element e) {
        Map<String, String> data = Map.of();
        XmlTree.Element cell = e;
        String value;
        if (e.name().equals("object") || e.name().equals("UserObject")) {
            Optional<XmlTree.Element> inner = e.child("mxCell");
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            cell = inner.get();
            data = e.attributes();
            value = e.attribute("label").orElse("");
        } else if (e.name().equals("mxCell")) {
            value = e.attribute("value").orElse("");
        } else {
            return Optional.empty();
        }
        String id = e.attribute("id").or(() -> cellAttribute(e, "id")).orElse("");
        XmlTree.Element c = cell;
        return Optional.of(new Cell(id, value, style(c.attribute("style").orElse("")),
                "1".equals(c.attribute("vertex").orElse("")), "1".equals(c.attribute("edge").orElse("")),
                c.attribute("parent").orElse(""), c.attribute("source").orElse(""),
                c.attribute("target").orElse(""), c.child("mxGeometry"), data, e));
    }

    private static Optional<String> cellAttribute(XmlTree.Element wrapper, String key) {
        return wrapper.child("mxCell").flatMap(c -> c.attribute(key));
    }

    /** A style string as keys and values; its first entry without a value (a named style) is kept as "". */
    static Map<String, String> style(String style) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean first = true;
        for (String part : style.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                if (first) {
                    out.put("", p);
                }
            } else {
                out.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
            }
            first = false;
        }
        return out;
    }

    private static String base(Map<String, String> style) {
        return style.getOrDefault("", "");
    }

    private static Optional<LabelTypes.Outline> outline(Map<String, String> style) {
        String shape = style.getOrDefault("shape", base(style)).toLowerCase(Locale.ROOT);
        if (CYLINDERS.contains(shape)) {
            return Optional.of(LabelTypes.Outline.CYLINDER);
        }
        if (ACTORS.contains(shape)) {
            return Optional.of(LabelTypes.Outline.ACTOR);
        }
        if (DOCUMENTS.contains(shape)) {
            return Optional.of(LabelTypes.Outline.DOCUMENT);
        }
        return Optional.empty();
    }

    private static String label(Cell c) {
        String value = c.value();
        if ("1".equals(c.style().get("html"))) {
            return HtmlText.toText(value);
        }
        return value.replace("\r\n", "\n").strip();
    }

    /** Where a card goes: centred where the shape is seen. */
    private static Optional<Diagram.Point> position(Cell c, Map<String, Cell> cells) {
        return box(c, cells).map(b -> new Diagram.Point(b.x() + b.width() / 2 - dev.designround.model.CardGeometry
                .WIDTH / 2, b.y() + b.height() / 2 - dev.designround.model.CardGeometry.HEIGHT / 2));
    }

    /** Where a cell is seen: its geometry, moved by those of the groups and containers it is drawn in. */
    private static Optional<Diagram.Box> box(Cell c, Map<String, Cell> cells) {
        Optional<double[]> box = box(c);
        if (box.isEmpty()) {
            return Optional.empty();
        }
        double x = box.get()[0];
        double y = box.get()[1];
        Cell parent = cells.get(c.parent());
        int hops = 0;
        while (parent != null && parent.vertex() && hops++ < cells.size()) {
            Optional<double[]> p = box(parent);
            if (p.isPresent()) {
                x += p.get()[0];
                y += p.get()[1];
            }
            parent = cells.get(parent.parent());
        }
        return Optional.of(new Diagram.Box(x, y, box.get()[2], box.get()[3]));
    }

    private static Optional<double[]> box(Cell c) {
        if (c.geometry().isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> g = c.geometry().get().attributes();
        return Optional.of(new double[] {number(g.get("x")), number(g.get("y")), number(g.get("width")),
                number(g.get("height"))});
    }

    private static double number(String text) {
        if (text == null) {
            return 0;
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Diagram.Own ownOf(Cell c, OwnData own, String display) throws InputException {
        Map<String, String> d = c.data();
        if (d.isEmpty()) {
            return Diagram.Own.NONE;
        }
        NodeProps props = own.props(d.get("props"), display, "cell \"" + c.id() + "\"");
        return new Diagram.Own(Optional.ofNullable(d.get("designId")), Optional.ofNullable(d.get("componentType")),
                props, OwnData.capabilities(d.get("capabilities")), !"false".equals(d.get("readLabel")),
                !"false".equals(d.get("labelled")));
    }
}
