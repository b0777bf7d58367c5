package dev.designround.io.export;

import dev.designround.diagram.Point;
import dev.designround.diagram.Rect;
import dev.designround.diagram.Route;
import dev.designround.diagram.SafeText;
import dev.designround.diagram.Theme;
import dev.designround.diagram.EdgeStyles;
import dev.designround.io.DesignWriter;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code drawio}: an uncompressed {@code .drawio} file (mxfile) that opens in diagrams.net. Every node is a
 * vertex at its canvas position and card size (a design without positions is laid out in layers first, as for the
 * pictures: {@link SceneBuilder#placed}), styled in its category's colours; every edge is attached to its
 * source and target cells (so it follows them when moved), dashed for fallback and dotted for async, and carries
 * the whiteboard's route around the cards: its ends on the cards' borders ({@code exitX/exitY},
 * {@code entryX/entryY}) and its bends as waypoints. Each cell is an
 * {@code <object>} carrying the design id, component type, category and edge kind as properties (Edit Data in
 * diagrams.net), with the node's props, own capabilities and label settings when it has them; the root cell
 * carries the scenario, title and notes. So importing the file ({@code dev.designround.io.imports}) gives the
 * same design back. Zones are containers (z1, z2, ...: dashed, with their label as title) holding the cards, text
 * notes and zones inside them (so moving a zone in diagrams.net moves what it holds, as on the whiteboard); text
 * notes are text cells (t1, t2, ...). Cell ids are n1, e1, z1, t1, ... so that no design id can clash with the
 * model's root cells.
 */
public final class DrawioExporter implements Exporter {

    private final Theme theme;

    public DrawioExporter(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "drawio";
    }

    @Override
    public String extension() {
        return "drawio";
    }

    @Override
    public String description() {
        return "a diagrams.net (draw.io) file with positions, styles and attached edges";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        XmlDocs.write(document(request.design(), request.catalog()), out);
    }

    Document document(Design given, Catalog catalog) {
        Design design = SceneBuilder.placed(given);
        Document doc = XmlDocs.newDocument();
        Element file = doc.createElement("mxfile");
        doc.appendChild(file);
        file.setAttribute("host", "Design Round");
        Element diagram = XmlDocs.child(file, "diagram");
        diagram.setAttribute("id", "design");
        String title = SafeText.oneLine(design.info().title());
        diagram.setAttribute("name", title.isEmpty() ? "Design" : title);
        Element model = XmlDocs.child(diagram, "mxGraphModel");
        model.setAttribute("grid", "1");
        XmlDocs.number(model, "gridSize", CardGeometry.GRID);
        model.setAttribute("arrows", "1");
        model.setAttribute("connect", "1");
        model.setAttribute("page", "0");
        model.setAttribute("background", theme.background().hex());
        Element root = XmlDocs.child(model, "root");
        rootCell(root, design);
        Element layer = XmlDocs.child(root, "mxCell");
        layer.setAttribute("id", "1");
        layer.setAttribute("parent", "0");

        ZoneMap zones = ZoneMap.of(design);
        Map<String, Parent> parents = new HashMap<>();
        for (Zone z : zones.outerFirst()) {
            String id = "z" + (parents.size() + 1);
            Parent in = zones.parent(z.id()).map(p -> parents.get(p.id())).orElse(Parent.LAYER);
            container(root, id, z, in);
            parents.put(z.id(), new Parent(id, z.x(), z.y()));
        }
        Map<String, String> ids = new HashMap<>();
        List<Node> placed = List.copyOf(design.nodes());
        for (Node n : placed) {
            String id = "n" + (ids.size() + 1);
            ids.put(n.id(), id);
            vertex(root, id, n, catalog, zones.zoneOfNode(n.id()).map(z -> parents.get(z.id())).orElse(Parent.LAYER));
        }
        Map<String, Rect> notes = new LinkedHashMap<>();
        TextNoteDrawing noteDrawing = new TextNoteDrawing(DiagramFont.get());
        int count = 0;
        for (TextNote t : design.texts()) {
            TextNoteDrawing.Layout layout = noteDrawing.layout(t);
            notes.put(t.id(), layout.box());
            text(root, "t" + ++count, t, layout, zones.zoneOfText(t.id()).map(z -> parents.get(z.id()))
                    .orElse(Parent.LAYER));
        }
        Map<String, Rect> cards = new LinkedHashMap<>();
        placed.forEach(n -> cards.put(n.id(), new Rect(n.x(), n.y(), CardGeometry.WIDTH, CardGeometry.HEIGHT)));
        List<Edge> edges = List.copyOf(design.edges());
        Map<String, Route> routes = SceneBuilder.routes(cards, notes, edges);
        count = 0;
        for (Edge e : edges) {
            edge(root, "e" + ++count, e, ids, Optional.ofNullable(routes.get(e.id())), cards);
        }
        return doc;
    }

    /**
     * The model's root cell, carrying the design's scenario, title and notes (diagrams.net shows them under Edit
     * Data with nothing selected) so that importing the file gives the design back.
     */
    private static void rootCell(Element root, Design design) {
        DesignInfo info = design.info();
        if (info.scenario().isEmpty() && info.notes().isEmpty() && info.title().isEmpty()) {
            XmlDocs.child(root, "mxCell").setAttribute("id", "0");
            return;
        }
        Element object = object(root, "0", "");
        attribute(object, "scenario", info.scenario());
        attribute(object, "title", info.title());
        attribute(object, "notes", info.notes());
        XmlDocs.child(object, "mxCell");
    }

    private static void attribute(Element e, String name, String value) {
        if (!value.isEmpty()) {
            e.setAttribute(name, SafeText.clean(value));
        }
    }

    /** The cell a cell is drawn in (the layer, or a zone's container) and where its top-left corner is. */
    private record Parent(String id, double x, double y) {
        static final Parent LAYER = new Parent("1", 0, 0);
    }

    private void container(Element root, String id, Zone z, Parent in) {
        Element object = object(root, id, SafeText.oneLine(z.label()));
        object.setAttribute("designId", SafeText.clean(z.id()));
        object.setAttribute("element", "zone");
        Element cell = XmlDocs.child(object, "mxCell");
        cell.setAttribute("style", "rounded=1;absoluteArcSize=1;arcSize=" + XmlDocs.format(2 * ZoneDrawing.RADIUS)
                + ";dashed=1;dashPattern=7 4;container=1;collapsible=0;recursiveResize=0;html=0;whiteSpace=nowrap;"
                + "align=left;verticalAlign=top;spacingLeft=" + XmlDocs.format(ZoneDrawing.INSET - 2)
                + ";spacingTop=" + XmlDocs.format(ZoneDrawing.INSET - 6) + ";fillColor=" + theme.zoneFill().hex()
                + ";strokeColor=" + theme.zoneStroke().hex() + ";strokeWidth=" + XmlDocs.format(ZoneDrawing.STROKE)
                + ";fontColor=" + theme.zoneStroke().hex() + ";fontSize=" + XmlDocs.format(ZoneDrawing.TITLE_SIZE)
                + ";");
        cell.setAttribute("vertex", "1");
        cell.setAttribute("parent", in.id());
        geometry(cell, z.x() - in.x(), z.y() - in.y(), z.width(), z.height());
    }

    private void text(Element root, String id, TextNote t, TextNoteDrawing.Layout layout, Parent in) {
        String shown = String.join("\n", layout.lines());
        Element object = object(root, id, shown);
        object.setAttribute("designId", SafeText.clean(t.id()));
        object.setAttribute("element", "text");
        if (!shown.equals(t.text())) {
            object.setAttribute("text", SafeText.clean(t.text())); // as typed, before wrapping: for importing it back
        }
        Element cell = XmlDocs.child(object, "mxCell");
        cell.setAttribute("style", "text;html=0;whiteSpace=nowrap;align=left;verticalAlign=top;spacing="
                + XmlDocs.format(TextNoteDrawing.PAD) + ";fillColor=none;strokeColor=none;fontColor="
                + theme.text().hex() + ";fontSize=" + XmlDocs.format(TextNoteDrawing.SIZE) + ";");
        cell.setAttribute("vertex", "1");
        cell.setAttribute("parent", in.id());
        Rect box = layout.box();
        geometry(cell, box.x() - in.x(), box.y() - in.y(), box.width(), box.height());
    }

    private static void geometry(Element cell, double x, double y, double width, double height) {
        Element geometry = XmlDocs.child(cell, "mxGeometry");
        XmlDocs.number(geometry, "x", x);
        XmlDocs.number(geometry, "y", y);
        XmlDocs.number(geometry, "width", width);
        XmlDocs.number(geometry, "height", height);
        geometry.setAttribute("as", "geometry");
    }

    private void vertex(Element root, String id, Node n, Catalog catalog, Parent in) {
        String category = catalog.categoryOf(n).orElse("");
        String typeName = catalog.type(n.type()).map(ComponentType::name).orElse(n.type());
        String name = SafeText.clean(catalog.displayName(n)).strip();
        String label = SafeText.oneLine(name).equals(typeName) ? name : name + "\n" + typeName;
        Element object = object(root, id, label);
        object.setAttribute("designId", SafeText.clean(n.id()));
        object.setAttribute("componentType", SafeText.clean(n.type()));
        object.setAttribute("category", category);
        if (!n.props().isEmpty()) {
            object.setAttribute("props", SafeText.clean(DesignWriter.propsJson(n.props())));
        }
        attribute(object, "capabilities", String.join(",", n.capabilities()));
        if (!n.readsLabel()) {
            object.setAttribute("readLabel", "false");
        }
        if (!n.hasLabel()) {
            object.setAttribute("labelled", "false");
        }
        Element cell = XmlDocs.child(object, "mxCell");
        cell.setAttribute("style", "rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor="
                + theme.cardFill(category).hex() + ";strokeColor=" + theme.accent(category).hex()
                + ";strokeWidth=1.5;fontColor=" + theme.text().hex() + ";fontSize=13;");
        cell.setAttribute("vertex", "1");
        cell.setAttribute("parent", in.id());
        geometry(cell, n.x() - in.x(), n.y() - in.y(), CardGeometry.WIDTH, CardGeometry.HEIGHT);
    }

    private void edge(Element root, String id, Edge e, Map<String, String> ids, Optional<Route> route,
                      Map<String, Rect> cards) {
        Element object = object(root, id, SafeText.clean(e.label()).strip());
        object.setAttribute("designId", SafeText.clean(e.id()));
        object.setAttribute("kind", e.kind().id());
        Element cell = XmlDocs.child(object, "mxCell");
        String dash = switch (e.kind()) {
            case FLOW -> "";
            case FALLBACK -> "dashed=1;dashPattern=6 4;";
            case ASYNC -> "dashed=1;dashPattern=1 3;";
        };
        cell.setAttribute("style", "edgeStyle=none;endArrow=block;endFill=1;html=0;rounded=0;strokeWidth=1.5;strokeColor="
                + EdgeStyles.colour(e.kind(), theme).hex() + ";fontColor=" + theme.mutedText().hex()
                + ";labelBackgroundColor=" + theme.labelBackground().hex() + ";" + dash
                + route.map(r -> ends(r, cards.get(e.from()), cards.get(e.to()))).orElse(""));
        cell.setAttribute("edge", "1");
        cell.setAttribute("parent", "1");
        cell.setAttribute("source", ids.get(e.from()));
        cell.setAttribute("target", ids.get(e.to()));
        Element geometry = XmlDocs.child(cell, "mxGeometry");
        geometry.setAttribute("relative", "1");
        geometry.setAttribute("as", "geometry");
        route.filter(r -> r.points().size() > 2).ifPresent(r -> {
            Element points = XmlDocs.child(geometry, "Array");
            points.setAttribute("as", "points");
            for (Point p : r.points().subList(1, r.points().size() - 1)) {
                Element point = XmlDocs.child(points, "mxPoint");
                XmlDocs.number(point, "x", p.x());
                XmlDocs.number(point, "y", p.y());
            }
        });
    }

    /**
     * Where the arrow leaves its source and enters its target, as fractions of the cards' size: with the route's
     * bends as waypoints and straight segments between them, diagrams.net draws the arrow as the whiteboard does.
     */
    private static String ends(Route r, Rect from, Rect to) {
        Point a = r.start();
        Point b = r.tip();
        return "exitX=" + fraction(a.x() - from.x(), from.width()) + ";exitY=" + fraction(a.y() - from.y(), from.height())
                + ";exitDx=0;exitDy=0;exitPerimeter=0;entryX=" + fraction(b.x() - to.x(), to.width()) + ";entryY="
                + fraction(b.y() - to.y(), to.height()) + ";entryDx=0;entryDy=0;entryPerimeter=0;";
    }

    private static String fraction(double offset, double size) {
        return XmlDocs.format(Math.round(offset / size * 10_000) / 10_000.0);
    }

    private static Element object(Element root, String id, String label) {
        Element object = XmlDocs.child(root, "object");
        object.setAttribute("label", label);
        object.setAttribute("id", id);
        return object;
    }
}
