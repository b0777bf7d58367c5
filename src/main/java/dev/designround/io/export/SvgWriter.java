package dev.designround.io.export;

import dev.designround.diagram.Point;
import dev.designround.diagram.SafeText;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.LineStyle;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.SceneItem.TextLine;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a {@link DiagramScene} as SVG 1.1: text as {@code <text>} (selectable, searchable, in the scene's font
 * with metric-compatible fallbacks), cards and edges as shapes, each node and edge a {@code <g>} with its design
 * id in {@code data-id} and a {@code <title>} tooltip. Opens in browsers, Inkscape and librsvg.
 */
public final class SvgWriter {

    static final String NS = "http://www.w3.org/2000/svg";

    public void write(DiagramScene scene, OutputStream out) throws IOException {
        XmlDocs.write(document(scene), out);
    }

    /** The {@code <svg>} element as markup without an XML declaration, for inlining into HTML. */
    public String inline(DiagramScene scene) {
        return XmlDocs.inline(document(scene));
    }

    /** The SVG as a DOM document. */
    public Document document(DiagramScene scene) {
        Document doc = XmlDocs.newDocument();
        Element svg = doc.createElementNS(NS, "svg");
        doc.appendChild(svg);
        svg.setAttribute("version", "1.1");
        XmlDocs.number(svg, "width", scene.width());
        XmlDocs.number(svg, "height", scene.height());
        svg.setAttribute("viewBox", "0 0 " + XmlDocs.format(scene.width()) + " " + XmlDocs.format(scene.height()));
        svg.setAttribute("font-family", DiagramFont.CSS_FAMILY);
        XmlDocs.child(svg, "title").setTextContent(SafeText.clean(scene.title()));
        Element background = XmlDocs.child(svg, "rect");
        background.setAttribute("width", "100%");
        background.setAttribute("height", "100%");
        background.setAttribute("fill", scene.background().hex());
        for (SceneItem item : scene.items()) {
            draw(svg, item);
        }
        return doc;
    }

    private void draw(Element parent, SceneItem item) {
        if (item instanceof Group g) {
            Element e = XmlDocs.child(parent, "g");
            e.setAttribute("class", g.role());
            if (!g.id().isEmpty()) {
                e.setAttribute("data-id", SafeText.clean(g.id()));
            }
            XmlDocs.child(e, "title").setTextContent(SafeText.clean(g.title()));
            g.items().forEach(i -> draw(e, i));
        } else if (item instanceof Box b) {
            Element e = XmlDocs.child(parent, "rect");
            XmlDocs.number(e, "x", b.x());
            XmlDocs.number(e, "y", b.y());
            XmlDocs.number(e, "width", b.width());
            XmlDocs.number(e, "height", b.height());
            XmlDocs.number(e, "rx", b.radius());
            e.setAttribute("fill", b.fill().hex());
            if (b.strokeWidth() > 0) {
                e.setAttribute("stroke", b.stroke().hex());
                XmlDocs.number(e, "stroke-width", b.strokeWidth());
                dashes(e, b.style());
            }
        } else if (item instanceof Polyline p) {
            Element e = XmlDocs.child(parent, "polyline");
            e.setAttribute("points", points(p.points().toArray(Point[]::new)));
            e.setAttribute("fill", "none");
            e.setAttribute("stroke", p.stroke().hex());
            XmlDocs.number(e, "stroke-width", p.width());
            dashes(e, p.style());
        } else if (item instanceof Arrowhead a) {
            Element e = XmlDocs.child(parent, "polygon");
            e.setAttribute("points", points(a.tip(), a.left(), a.right()));
            e.setAttribute("fill", a.fill().hex());
        } else if (item instanceof TextLine t) {
            Element e = XmlDocs.child(parent, "text");
            XmlDocs.number(e, "x", t.x());
            XmlDocs.number(e, "y", t.baseline());
            XmlDocs.number(e, "font-size", t.size());
            e.setAttribute("fill", t.colour().hex());
            if (t.anchor() == Anchor.MIDDLE) {
                e.setAttribute("text-anchor", "middle");
            }
            e.setTextContent(SafeText.clean(t.text()));
        }
    }

    private static void dashes(Element e, LineStyle style) {
        if (style != LineStyle.SOLID) {
            float[] d = style.dashes();
            e.setAttribute("stroke-dasharray", XmlDocs.format(d[0]) + " " + XmlDocs.format(d[1]));
        }
    }

    private static String points(Point... points) {
        return java.util.Arrays.stream(points).map(p -> XmlDocs.format(p.x()) + "," + XmlDocs.format(p.y()))
                .collect(Collectors.joining(" "));
    }
}
