package dev.designround.io.export;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code drawio}: an uncompressed {@code .drawio} file (mxfile) that opens in diagrams.net. Every node is a
 * vertex at its canvas position and card size (a design without positions is laid out in layers first, as for the
 * pictures: {@link SceneBuilder#placed}), styled in its category's colours; every edge is attached to its
 * source and target cells (so it follows them when moved), dashed for fallback and dotted for async. Each cell is an
 * {@code <object>} carrying the design id, component type, category and edge kind as properties (Edit Data in
 * diagrams.net). Cell ids are n1, e1, ... so that no design id can clash with the model's root cells.
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

    Document document(Design design, Catalog catalog) {
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
        XmlDocs.child(root, "mxCell").setAttribute("id", "0");
        Element layer = XmlDocs.child(root, "mxCell");
        layer.setAttribute("id", "1");
        layer.setAttribute("parent", "0");

        Map<String, String> ids = new HashMap<>();
        for (Node n : SceneBuilder.placed(design)) {
            String id = "n" + (ids.size() + 1);
            ids.put(n.id(), id);
            vertex(root, id, n, catalog);
        }
        int count = 0;
        for (Edge e : design.edges()) {
            edge(root, "e" + ++count, e, ids);
        }
        return doc;
    }

    private void vertex(Element root, String id, Node n, Catalog catalog) {
        String category = catalog.categoryOf(n).orElse("");
        String typeName = catalog.type(n.type()).map(ComponentType::name).orElse(n.type());
        String name = SafeText.clean(catalog.displayName(n)).strip();
        String label = SafeText.oneLine(name).equals(typeName) ? name : name + "\n" + typeName;
        Element object = object(root, id, label);
        object.setAttribute("designId", SafeText.clean(n.id()));
        object.setAttribute("componentType", SafeText.clean(n.type()));
        object.setAttribute("category", category);
        Element cell = XmlDocs.child(object, "mxCell");
        cell.setAttribute("style", "rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor="
                + theme.cardFill(category).hex() + ";strokeColor=" + theme.accent(category).hex()
                + ";strokeWidth=1.5;fontColor=" + theme.text().hex() + ";fontSize=13;");
        cell.setAttribute("vertex", "1");
        cell.setAttribute("parent", "1");
        Element geometry = XmlDocs.child(cell, "mxGeometry");
        XmlDocs.number(geometry, "x", n.x());
        XmlDocs.number(geometry, "y", n.y());
        XmlDocs.number(geometry, "width", CardGeometry.WIDTH);
        XmlDocs.number(geometry, "height", CardGeometry.HEIGHT);
        geometry.setAttribute("as", "geometry");
    }

    private void edge(Element root, String id, Edge e, Map<String, String> ids) {
        Element object = object(root, id, SafeText.clean(e.label()).strip());
        object.setAttribute("designId", SafeText.clean(e.id()));
        object.setAttribute("kind", e.kind().id());
        Element cell = XmlDocs.child(object, "mxCell");
        String dash = switch (e.kind()) {
            case FLOW -> "";
            case FALLBACK -> "dashed=1;dashPattern=6 4;";
            case ASYNC -> "dashed=1;dashPattern=1 3;";
        };
        cell.setAttribute("style", "endArrow=block;endFill=1;html=0;rounded=1;strokeWidth=1.5;strokeColor="
                + EdgeStyles.colour(e.kind(), theme).hex() + ";fontColor=" + theme.mutedText().hex()
                + ";labelBackgroundColor=" + theme.labelBackground().hex() + ";" + dash);
        cell.setAttribute("edge", "1");
        cell.setAttribute("parent", "1");
        cell.setAttribute("source", ids.get(e.from()));
        cell.setAttribute("target", ids.get(e.to()));
        Element geometry = XmlDocs.child(cell, "mxGeometry");
        geometry.setAttribute("relative", "1");
        geometry.setAttribute("as", "geometry");
    }

    private static Element object(Element root, String id, String label) {
        Element object = XmlDocs.child(root, "object");
        object.setAttribute("label", label);
        object.setAttribute("id", id);
        return object;
    }
}
