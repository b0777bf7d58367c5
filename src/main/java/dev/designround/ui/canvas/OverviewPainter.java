package dev.designround.ui.canvas;

import dev.designround.diagram.Arrows;
import dev.designround.diagram.Point;
import dev.designround.diagram.Rect;
import dev.designround.diagram.Route;
import dev.designround.model.Catalog;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.ui.canvas.OverviewStyle.State;
import dev.designround.ui.canvas.OverviewStyle.Stroke;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.look.Icons;
import dev.designround.model.ComponentType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws cards and arrows as shapes on a {@link javafx.scene.canvas.Canvas}, for the zoomed-out view: each card a
 * rounded rectangle tinted in its category's colour with the category stripe, its label when there is room;
 * each arrow a line with its head, dashed for fallback and dotted for async, arrows of one look stroked together.
 * Selected and highlighted ones are drawn last, in their colours. Decorations of other panels draw themselves.
 */
final class OverviewPainter {

    /** Cards narrower or lower than this on screen get no icon. */
    private static final double ICON_MIN_WIDTH = 24;
    private static final double ICON_MIN_HEIGHT = 9;
    /** A label cut to fewer characters than this is not worth drawing. */
    private static final int LABEL_MIN_CHARS = 4;
    /** Arrow labels are drawn from this zoom on. */
    private static final double EDGE_LABEL_MIN_SCALE = 0.25;
    private static final double MIN_FONT = 8;

    private final DiagramGeometry geometry;
    private final Marks marks;
    private final OverviewStyle style;
    private final Catalog catalog;
    private final CategoryStyles categories;
    private final Supplier<List<CardDecorator>> decorators;
    private final Map<String, String> categoryClassOfType = new HashMap<>();
    private final Map<String, Glyph> glyphOfType = new HashMap<>();
    /** The arrow labels drawn since {@link #forgetLabels}, where they are on screen. */
    private final Map<String, Box> labelsShown = new java.util.LinkedHashMap<>();

    /** A type's icon as a character of its icon font. */
    private record Glyph(String text, String fontFamily) {
    }

    OverviewPainter(DiagramGeometry geometry, Marks marks, OverviewStyle style, Catalog catalog,
                    CategoryStyles categories, Supplier<List<CardDecorator>> decorators) {
        this.geometry = geometry;
        this.marks = marks;
        this.style = style;
        this.catalog = catalog;
        this.categories = categories;
        this.decorators = decorators;
    }

    /** Draws these edges, then these nodes (bottom to top), as the viewport shows them. */
    void paint(GraphicsContext g, Viewport v, Collection<String> edgeIds, List<String> nodeIds) {
        double s = v.scale();
        Map<State, Map<EdgeKind, List<Route>>> lines = new EnumMap<>(State.class);
        List<String> labelled = new ArrayList<>();
        for (String id : edgeIds) {
            Edge e = geometry.edge(id).orElse(null);
            Route c = geometry.route(id).orElse(null);
            if (e == null || c == null) {
                continue;
            }
            lines.computeIfAbsent(edgeState(id), k -> new EnumMap<>(EdgeKind.class))
                    .computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(onScreen(c, v));
            if (!e.label().isBlank() && s >= EDGE_LABEL_MIN_SCALE && geometry.labelBox(id).isPresent()) {
                labelled.add(id);
            }
        }
        double head = Math.max(Arrows.LENGTH * s, 4.5);
        for (State state : State.values()) {
            Map<EdgeKind, List<Route>> byKind = lines.getOrDefault(state, Map.of());
            byKind.forEach((kind, curves) -> strokeLines(g, curves, style.edgeLine(kind, state), s, head,
                    state != State.PLAIN));
            g.setFill(style.arrowFill(state));
            g.beginPath();
            byKind.values().forEach(curves -> curves.forEach(c -> arrowHead(g, c, head)));
            g.fill();
        }
        List<Box> cards = new ArrayList<>();
        nodeIds.forEach(id -> geometry.box(id).ifPresent(b -> cards.add(new Box(v.toScreenX(b.x()), v.toScreenY(b.y()),
                b.width() * s, b.height() * s))));
        labelled.forEach(id -> edgeLabel(g, id, v, cards));
        Font font = Font.font(null, FontWeight.BOLD, Math.max(MIN_FONT, Math.min(13, 13 * s)));
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (String id : nodeIds) {
            geometry.node(id).ifPresent(n -> card(g, n, v, font));
        }
    }

    private void strokeLines(GraphicsContext g, List<Route> routes, Stroke stroke, double s, double head,
                             boolean marked) {
        g.setStroke(stroke.paint());
        g.setLineWidth(Math.max(stroke.width() * s, marked ? 1.8 : 0.8));
        double dashScale = Math.max(s, 0.45);
        g.setLineDashes(stroke.dashes().stream().mapToDouble(d -> d * dashScale).toArray());
        g.setLineCap(stroke.dashes().size() == 2 && stroke.dashes().get(0) < 2 ? StrokeLineCap.ROUND
                : StrokeLineCap.BUTT);
        g.beginPath();
        for (Route r : routes) {
            List<Point> shaft = r.shaft(head * 0.8);
            g.moveTo(shaft.get(0).x(), shaft.get(0).y());
            for (Point p : shaft.subList(1, shaft.size())) {
                g.lineTo(p.x(), p.y());
            }
        }
        g.stroke();
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    private static void arrowHead(GraphicsContext g, Route r, double length) {
        List<Point> h = Arrows.head(r, length, length * Arrows.HALF_WIDTH / Arrows.LENGTH);
        g.moveTo(h.get(0).x(), h.get(0).y());
        g.lineTo(h.get(1).x(), h.get(1).y());
        g.lineTo(h.get(2).x(), h.get(2).y());
        g.closePath();
    }

    /** Forgets where labels were drawn (the whole view is drawn again). */
    void forgetLabels() {
        labelsShown.clear();
    }

    /** The arrow whose drawn label holds a point of the screen, if any. */
    java.util.Optional<String> labelAt(double x, double y) {
        return labelsShown.entrySet().stream().filter(en -> en.getValue().contains(x, y)).map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * Draws an arrow's label where it has room: one that would cover a card or another label is left out (it
     * would be unreadable, and zooming in shows it).
     */
    private void edgeLabel(GraphicsContext g, String id, Viewport v, List<Box> cards) {
        Edge e = geometry.edge(id).orElseThrow();
        double size = labelFontSize(v);
        String text = labelText(e, v);
        Box box = labelBox(e, geometry.labelBox(id).orElseThrow(), v).orElseThrow();
        labelsShown.remove(id);
        if (cards.stream().anyMatch(box::intersects) || labelsShown.values().stream().anyMatch(box::intersects)) {
            return;
        }
        labelsShown.put(id, box);
        g.setFill(style.edgeLabelBackground());
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 6, 6);
        g.setFill(style.edgeLabelFill());
        g.setFont(Font.font(null, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, box.centerX(), box.centerY());
    }

    /** Where an arrow's label is drawn when zoomed out, in screen pixels; empty when it is not drawn. */
    private static java.util.Optional<Box> labelBox(Edge e, Rect at, Viewport v) {
        if (e.label().isBlank() || v.scale() < EDGE_LABEL_MIN_SCALE) {
            return java.util.Optional.empty();
        }
        double size = labelFontSize(v);
        double w = labelText(e, v).length() * size * 0.55 + 6;
        double h = size * 1.5;
        return java.util.Optional.of(new Box(v.toScreenX(at.centerX()) - w / 2, v.toScreenY(at.centerY()) - h / 2, w,
                h));
    }

    private static double labelFontSize(Viewport v) {
        return Math.max(MIN_FONT, Math.min(11, 11 * v.scale()));
    }

    private static String labelText(Edge e, Viewport v) {
        return cut(e.label(), 120 * Math.max(v.scale(), 0.5), labelFontSize(v));
    }

    private void card(GraphicsContext g, Node n, Viewport v, Font font) {
        Box b = geometry.box(n.id()).orElseThrow();
        double s = v.scale();
        double x = v.toScreenX(b.x());
        double y = v.toScreenY(b.y());
        double w = b.width() * s;
        double h = b.height() * s;
        double arc = Math.max(20 * s, 3);
        String category = categoryClass(n.type());
        g.setFill(style.cardFill(category));
        g.fillRoundRect(x, y, w, h, arc, arc);
        State state = marks.isHighlightedNode(n.id()) ? State.HIGHLIGHTED
                : marks.isSelectedNode(n.id()) ? State.SELECTED : State.PLAIN;
        Stroke border = style.cardBorder(state);
        g.setStroke(state == State.PLAIN ? style.accent(category) : border.paint());
        g.setLineWidth(state == State.PLAIN ? Math.max(1.5 * s, 1) : Math.max(border.width() * s, 2));
        g.setLineDashes(border.dashes().stream().mapToDouble(d -> d * Math.max(s, 0.5)).toArray());
        g.strokeRoundRect(x, y, w, h, arc, arc);
        g.setLineDashes();
        double stripe = Math.max(4 * s, 2);
        double textX = x + stripe + 4;
        if (w >= ICON_MIN_WIDTH && h >= ICON_MIN_HEIGHT) { // the type's icon, as on the card: telling even when tiny
            double size = Math.min(h - 3, 18);
            Glyph glyph = glyph(n.type());
            g.setFont(Font.font(glyph.fontFamily(), size));
            g.setFill(style.accent(category));
            g.fillText(glyph.text(), textX, y + h / 2);
            g.setFont(font);
            textX += size + 3;
        }
        double room = x + w - 4 - textX;
        if (h >= font.getSize() + 2 && room >= LABEL_MIN_CHARS * font.getSize() * 0.6) {
            g.setFill(style.labelFill());
            g.fillText(cut(catalog.displayName(n), room, font.getSize()), textX, y + h / 2);
        }
        for (CardDecorator d : decorators.get()) {
            d.paint(g, n, new Box(x, y, w, h), s);
        }
    }

    private Glyph glyph(String type) {
        return glyphOfType.computeIfAbsent(type, t -> {
            FontIcon icon = Icons.of(catalog.type(t).map(ComponentType::icon).orElse(""));
            new javafx.scene.Scene(new javafx.scene.Group(icon)); // the icon pack's font comes with its style
            icon.applyCss();
            return new Glyph(new String(Character.toChars(icon.getIconCode().getCode())), icon.getFont().getFamily());
        });
    }

    /** The text, cut to about what fits in {@code width} pixels at a font size (ending in an ellipsis). */
    static String cut(String text, double width, double fontSize) {
        int fits = (int) Math.floor(width / (fontSize * 0.6));
        if (text.length() <= fits) {
            return text;
        }
        return fits <= 1 ? "" : text.substring(0, fits - 1).stripTrailing() + "…";
    }

    private State edgeState(String id) {
        return marks.isHighlightedEdge(id) ? State.HIGHLIGHTED
                : marks.isSelectedEdge(id) ? State.SELECTED : State.PLAIN;
    }

    private String categoryClass(String type) {
        return categoryClassOfType.computeIfAbsent(type, t -> categories.styleClass(
                catalog.type(t).map(dev.designround.model.ComponentType::category).orElse("")));
    }

    private static Route onScreen(Route r, Viewport v) {
        return new Route(r.points().stream().map(p -> new Point(v.toScreenX(p.x()), v.toScreenY(p.y()))).toList());
    }
}
