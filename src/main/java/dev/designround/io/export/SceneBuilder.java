package dev.designround.io.export;

import dev.designround.diagram.Point;
import dev.designround.diagram.Rgb;
import dev.designround.diagram.SafeText;
import dev.designround.diagram.TextFit;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Theme;
import dev.designround.diagram.EdgeStyles;
import dev.designround.diagram.LabelPlacer;
import dev.designround.diagram.LegendDrawing;
import dev.designround.diagram.CardDrawing;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.Rect;
import dev.designround.diagram.Route;
import dev.designround.diagram.Arrows;
import dev.designround.diagram.EdgeRouter;
import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.layout.LayeredLayout;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.ZoneMap;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a design out for drawing, once, for every diagram writer: zones and text notes where the user put them,
 * cards too, edges routed border to border around cards and text notes with arrowheads, labels placed clear of
 * cards, notes and zone titles, the design's title above and a legend below. The scene is moved so that the whole
 * diagram, wherever it sits on the canvas, starts at a fixed margin from (0, 0).
 *
 * <p>Paint order: zones (outer ones first), edges, cards, text notes, then edge labels (so a label is never hidden
 * under a line or a card), then the title and the legend.
 */
public final class SceneBuilder {

    static final double MARGIN = 32;
    private static final double TITLE_SIZE = 16;
    private static final double HEADER = 34;
    private static final double LEGEND_GAP = 28;
    private static final double MIN_LEGEND_WIDTH = 440;
    private static final double GRID_X = 256;
    private static final double GRID_Y = 144;

    private final Catalog catalog;
    private final Theme theme;
    private final DiagramFont font;

    public SceneBuilder(Catalog catalog, Theme theme, DiagramFont font) {
        this.catalog = catalog;
        this.theme = theme;
        this.font = font;
    }

    public SceneBuilder(Catalog catalog, Theme theme) {
        this(catalog, theme, DiagramFont.get());
    }

    public DiagramScene build(Design drawn) {
        Design design = placed(drawn);
        Map<String, Rect> cards = new LinkedHashMap<>();
        CardDrawing cardDrawing = new CardDrawing(catalog, theme, font);
        List<SceneItem> cardGroups = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        for (Node n : design.nodes()) {
            cards.put(n.id(), CardDrawing.rect(n));
            cardGroups.add(cardDrawing.draw(n));
            catalog.categoryOf(n).ifPresent(categories::add);
        }
        List<SceneItem> zoneGroups = new ArrayList<>();
        ZoneDrawing zoneDrawing = new ZoneDrawing(theme, font);
        List<Rect> zoneTitles = new ArrayList<>();
        for (dev.designround.model.Zone z : ZoneMap.of(design).outerFirst()) {
            zoneGroups.add(zoneDrawing.draw(z));
            zoneDrawing.titleBox(z).ifPresent(zoneTitles::add);
        }
        Map<String, Rect> notes = new LinkedHashMap<>();
        List<SceneItem> noteGroups = new ArrayList<>();
        TextNoteDrawing noteDrawing = new TextNoteDrawing(font);
        for (TextNote t : design.texts()) {
            notes.put(t.id(), noteDrawing.layout(t).box());
            noteGroups.add(noteDrawing.draw(t, theme));
        }
        List<Edge> edges = List.copyOf(design.edges());
        Map<String, Route> routes = routes(cards, notes, edges);
        LabelPlacer labels = new LabelPlacer(font, cards.values());
        notes.values().forEach(labels::avoid);
        zoneTitles.forEach(labels::avoid);
        labels.avoidArrowheads(routes.values());
        List<SceneItem> edgeGroups = new ArrayList<>();
        List<SceneItem> labelGroups = new ArrayList<>();
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        for (Edge e : edges) {
            Route route = routes.get(e.id());
            if (route == null) {
                continue;
            }
            kinds.add(e.kind());
            Rgb colour = EdgeStyles.colour(e.kind(), theme);
            List<Point> head = Arrows.head(route);
            edgeGroups.add(new Group("edge", e.id(), edgeTitle(design, e), List.of(
                    new Polyline(route.shaft(Arrows.LENGTH), colour, 1.5, EdgeStyles.line(e.kind())),
                    new Arrowhead(head.get(0), head.get(1), head.get(2), colour))));
            List<SceneItem> label = labels.draw(e.label(), route, theme);
            if (!label.isEmpty()) {
                labelGroups.add(new Group("edge-label", e.id(), SafeText.oneLine(e.label()), label));
            }
        }

        List<SceneItem> content = new ArrayList<>(zoneGroups);
        content.addAll(edgeGroups);
        content.addAll(cardGroups);
        content.addAll(noteGroups);
        content.addAll(labelGroups);
        Bounds bounds = new Bounds();
        content.forEach(bounds::add);
        if (bounds.isEmpty()) { // an empty design (zones and text notes alone are something)
            String empty = "(no components yet)";
            content.add(new TextLine(0, 14, empty, 12, theme.mutedText(), Anchor.START, font.width(empty, 12)));
            bounds.add(content.get(content.size() - 1));
        }

        List<SceneItem> items = new ArrayList<>();
        String title = SafeText.oneLine(design.info().title());
        double top = MARGIN;
        double width = bounds.width();
        if (!title.isEmpty()) {
            String shown = new TextFit(font).line(title, TITLE_SIZE, Math.max(width, 600));
            double w = font.width(shown, TITLE_SIZE);
            items.add(new Group("title", "", title, List.of(
                    new TextLine(MARGIN, MARGIN + TITLE_SIZE, shown, TITLE_SIZE, theme.text(), Anchor.START, w))));
            width = Math.max(width, w);
            top += HEADER;
        }
        double dx = MARGIN - bounds.minX();
        double dy = top - bounds.minY();
        content.forEach(i -> items.add(i.moved(dx, dy)));
        double bottom = top + bounds.height();

        List<Group> legend = new LegendDrawing(catalog, theme, font).draw(categories, kinds, MARGIN,
                bottom + LEGEND_GAP, Math.max(bounds.width(), MIN_LEGEND_WIDTH));
        if (!legend.isEmpty()) {
            Bounds lb = new Bounds();
            legend.forEach(lb::add);
            items.addAll(legend);
            width = Math.max(width, lb.maxX() - MARGIN);
            bottom = lb.maxY();
        }
        String sceneTitle = title.isEmpty() ? "Design Round diagram" : title;
        return new DiagramScene(Math.ceil(width + 2 * MARGIN), Math.ceil(bottom + MARGIN), theme.background(),
                sceneTitle, items);
    }

    /**
     * Every arrow's route around the cards and text notes, as the whiteboard draws it ({@link EdgeRouter}), in
     * canvas coordinates; arrows whose cards are missing have none.
     */
    public static Map<String, Route> routes(Map<String, Rect> cards, Map<String, Rect> notes, List<Edge> edges) {
        EdgeRouter router = new EdgeRouter();
        cards.forEach(router::putCard);
        notes.forEach(router::putObstacle);
        edges.forEach(e -> router.putEdge(e.id(), e.from(), e.to()));
        router.update();
        return router.routes();
    }

    /**
     * The design as it is drawn: as the user placed it, except when every node sits on the same spot (a design
     * written by hand or by a script without positions), where it is arranged in layers from the user on the left
     * (the whiteboard's Auto-arrange, {@link LayeredLayout}: zones around what they hold, text notes in them with
     * their cards) instead of stacking its cards; its cards in a grid in design order, the rest where it was, if the
     * layout cannot be computed. The design given is never changed.
     */
    static Design placed(Design design) {
        List<Node> nodes = List.copyOf(design.nodes());
        boolean stacked = nodes.size() > 1 && nodes.stream()
                .allMatch(n -> n.x() == nodes.get(0).x() && n.y() == nodes.get(0).y());
        if (!stacked) {
            return design;
        }
        Design placed = design.copy();
        try {
            new LayeredLayout().arrange(design).applyTo(placed);
        } catch (RuntimeException e) {
            int columns = (int) Math.ceil(Math.sqrt(nodes.size() * 2.0));
            for (int i = 0; i < nodes.size(); i++) {
                placed.updateNode(nodes.get(i).withPosition(GRID_X * (i % columns), GRID_Y * (i / columns)));
            }
        }
        return placed;
    }

    private String edgeTitle(Design design, Edge e) {
        String from = design.node(e.from()).map(catalog::displayName).orElse(e.from());
        String to = design.node(e.to()).map(catalog::displayName).orElse(e.to());
        String kind = e.kind() == EdgeKind.FLOW ? "" : " (" + e.kind().id() + ")";
        String label = e.label().isBlank() ? "" : ": " + e.label();
        return SafeText.oneLine(from + " \u2192 " + to + kind + label);
    }

    /** The extent of scene items. */
    static final class Bounds {
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        void add(SceneItem item) {
            if (item instanceof Box b) {
                point(b.x() - b.strokeWidth(), b.y() - b.strokeWidth());
                point(b.x() + b.width() + b.strokeWidth(), b.y() + b.height() + b.strokeWidth());
            } else if (item instanceof Polyline p) {
                p.points().forEach(pt -> point(pt.x(), pt.y()));
            } else if (item instanceof Arrowhead a) {
                point(a.tip().x(), a.tip().y());
                point(a.left().x(), a.left().y());
                point(a.right().x(), a.right().y());
            } else if (item instanceof TextLine t) {
                point(t.left(), t.baseline() - t.size());
                point(t.left() + t.width(), t.baseline() + t.size() * 0.3);
            } else if (item instanceof Group g) {
                g.items().forEach(this::add);
            }
        }

        private void point(double x, double y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        boolean isEmpty() {
            return minX > maxX;
        }

        double minX() {
            return minX;
        }

        double minY() {
            return minY;
        }

        double maxX() {
            return maxX;
        }

        double maxY() {
            return maxY;
        }

        double width() {
            return isEmpty() ? 0 : maxX - minX;
        }

        double height() {
            return isEmpty() ? 0 : maxY - minY;
        }
    }
}
