package dev.designround.ui.canvas;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.EdgeRouter;
import dev.designround.diagram.LabelPlacer;
import dev.designround.diagram.Point;
import dev.designround.diagram.Rect;
import dev.designround.diagram.Route;
import dev.designround.diagram.SpatialGrid;
import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where everything of a design is on the canvas, in world coordinates, whether or not it is drawn: each node's
 * card box (its position in the design, or where a drag has it for now) and stacking order, each arrow's route and
 * label box, laid out by the diagram model ({@link EdgeRouter}, {@link LabelPlacer}) exactly as the exports lay
 * them out, and a {@link SpatialGrid} of both, so that the canvas asks "what is in the view", "what is under the
 * mouse" and "what is inside the rubber band" without visiting every node. Plain Java.
 *
 * <p>Changes are routed lazily: the next question, or the next frame ({@link #settle}), routes what the changes
 * touched, and {@link #drainChanged} tells which arrows moved since it was last asked. While cards are dragged
 * ({@link #moveAll}) only their own arrows follow, straight away; the rest are routed when the drag ends.
 */
final class DiagramGeometry {

    /** Side of a spatial index cell: a few cards wide, so that a view at 100 % spans a few dozen cells. */
    static final double CELL = 256;
    /** How far around its line an arrow is filed: its head and the part a click may miss by. */
    private static final double EDGE_PAD = 12;

    private static final dev.designround.diagram.TextNoteDrawing NOTE_LAYOUT =
            new dev.designround.diagram.TextNoteDrawing(DiagramFont.get());

    /** A node and where its card is; the grid's item for it. */
    private static final class Placed {
        Node node;
        Box box;
        final int z;

        Placed(Node node, int z) {
            this.node = node;
            this.box = Box.card(node.x(), node.y());
            this.z = z;
        }
    }

    /** An edge, its route and where its label is; the grid's item for it. */
    private static final class Routed {
        Edge edge;
        Route route;
        Rect label;

        Routed(Edge edge) {
            this.edge = edge;
        }
    }

    private final Map<String, Placed> nodes = new LinkedHashMap<>();
    private final Map<String, Routed> edges = new LinkedHashMap<>();
    /** Edge ids touching each node. */
    private final Map<String, Set<String>> incident = new HashMap<>();
    private final SpatialGrid<Placed> nodeGrid = new SpatialGrid<>(CELL);
    private final SpatialGrid<Routed> edgeGrid = new SpatialGrid<>(CELL);
    private final Set<String> changed = new LinkedHashSet<>();
    /** Text notes' boxes: arrows go around them, labels keep off them. */
    private final Map<String, Rect> notes = new LinkedHashMap<>();
    /** Zone titles, which labels keep off (arrows cross zones). */
    private List<Rect> zoneTitles = List.of();
    private EdgeRouter router = new EdgeRouter();
    private boolean labelsDirty;
    private boolean moving;
    private int nextZ;

    /** Forgets everything and takes the design's nodes and edges. */
    void reset(Design design) {
        nodes.clear();
        edges.clear();
        incident.clear();
        nodeGrid.clear();
        edgeGrid.clear();
        changed.clear();
        notes.clear();
        zoneTitles = List.of();
        router = new EdgeRouter();
        moving = false;
        nextZ = 0;
        design.nodes().forEach(this::addNode);
        design.edges().forEach(this::addEdge);
        design.texts().forEach(t -> putNote(t.id(), NOTE_LAYOUT.layout(t).box()));
        setZoneTitles(ZoneLayer.titleBoxes(design));
        settle();
        changed.clear();
    }

    // ---- changes ---------------------------------------------------------------------------------------------

    /** A new node, on top of the others. */
    void addNode(Node node) {
        Placed p = new Placed(node, nextZ++);
        nodes.put(node.id(), p);
        nodeGrid.put(p, p.box.rect());
        router.putCard(node.id(), p.box.rect());
    }

    /** Removes a node (its edges are removed first, one by one). */
    void removeNode(String id) {
        Placed p = nodes.remove(id);
        if (p != null) {
            nodeGrid.remove(p);
            router.removeCard(id);
        }
        incident.remove(id);
    }

    /** A new version of a node (its text, type or place). */
    void updateNode(Node node) {
        Placed p = nodes.get(node.id());
        if (p != null) {
            p.node = node;
            place(p, node.x(), node.y());
        }
    }

    private void place(Placed p, double x, double y) {
        if (p.box.x() != x || p.box.y() != y) {
            p.box = Box.card(x, y);
            nodeGrid.put(p, p.box.rect());
            router.putCard(p.node.id(), p.box.rect());
        }
    }

    /**
     * Puts cards somewhere without changing their nodes (a drag under way): their own arrows are routed at once,
     * the others when the drag ends ({@link #setMoving}); returns the arrows re-routed.
     */
    Set<String> moveAll(Map<String, CanvasPoint> positions) {
        positions.forEach((id, pos) -> {
            Placed p = nodes.get(id);
            if (p != null) {
                place(p, pos.x(), pos.y());
            }
        });
        Set<String> touching = edgesTouching(positions.keySet());
        Set<String> rerouted = router.routeNow(touching);
        for (String id : rerouted) {
            Routed r = edges.get(id);
            r.route = router.route(id).orElse(null);
            r.label = r.route == null || r.edge.label().isBlank() ? null : quickLabel(r);
            file(r);
        }
        return rerouted;
    }

    /** While cards are dragged, arrows not touching them keep their routes; when it ends, all are settled. */
    void setMoving(boolean now) {
        moving = now;
        if (!now) {
            settle();
        }
    }

    /** A text note, new or changed (its box): arrows go around it, as in the exports. */
    void putNote(String id, Rect box) {
        if (!box.equals(notes.put(id, box))) {
            router.putObstacle(id, box);
            labelsDirty = true;
        }
    }

    void removeNote(String id) {
        if (notes.remove(id) != null) {
            router.removeObstacle(id);
            labelsDirty = true;
        }
    }

    /** Where the zones' titles are now (labels keep off them). */
    void setZoneTitles(List<Rect> titles) {
        if (!titles.equals(zoneTitles)) {
            zoneTitles = List.copyOf(titles);
            labelsDirty = true;
        }
    }

    /** A new edge. */
    void addEdge(Edge edge) {
        Routed r = new Routed(edge);
        edges.put(edge.id(), r);
        incident.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(edge.id());
        incident.computeIfAbsent(edge.to(), k -> new LinkedHashSet<>()).add(edge.id());
        router.putEdge(edge.id(), edge.from(), edge.to());
        labelsDirty = true;
    }

    void removeEdge(Edge edge) {
        Routed r = edges.remove(edge.id());
        if (r != null) {
            edgeGrid.remove(r);
        }
        Optional.ofNullable(incident.get(edge.from())).ifPresent(s -> s.remove(edge.id()));
        Optional.ofNullable(incident.get(edge.to())).ifPresent(s -> s.remove(edge.id()));
        router.removeEdge(edge.id());
        labelsDirty = true;
        changed.add(edge.id());
    }

    /** A new version of an edge (label, kind, or ends). */
    void updateEdge(Edge before, Edge after) {
        if (!before.from().equals(after.from()) || !before.to().equals(after.to())) {
            removeEdge(before);
            addEdge(after);
        } else {
            Routed r = edges.get(after.id());
            if (r != null) {
                r.edge = after;
            }
            labelsDirty = true;
        }
        changed.add(after.id());
    }

    /**
     * Routes what changed since the last time (nothing while cards are dragged) and places the labels again;
     * the arrows whose route or label moved are added to {@link #drainChanged}.
     */
    void settle() {
        if (moving || (!router.isDirty() && !labelsDirty)) {
            return;
        }
        Set<String> rerouted = router.update();
        for (String id : rerouted) {
            Routed r = edges.get(id);
            if (r != null) {
                r.route = router.route(id).orElse(null);
                file(r);
            }
        }
        changed.addAll(rerouted);
        if (labelsDirty || !rerouted.isEmpty()) {
            placeLabels();
        }
        labelsDirty = false;
    }

    /** The arrows whose route, label or edge changed since the last call. */
    Set<String> drainChanged() {
        settle();
        Set<String> out = new LinkedHashSet<>(changed);
        changed.clear();
        return out;
    }

    private void placeLabels() {
        List<Rect> cards = nodes.values().stream().map(p -> p.box.rect()).toList();
        LabelPlacer placer = new LabelPlacer(DiagramFont.get(), cards);
        notes.values().forEach(placer::avoid);
        zoneTitles.forEach(placer::avoid);
        placer.avoidArrowheads(edges.values().stream().filter(r -> r.route != null).map(r -> r.route).toList());
        for (Routed r : edges.values()) {
            Rect before = r.label;
            r.label = null;
            if (r.route != null && !r.edge.label().isBlank()) {
                LabelPlacer.Fitted f = placer.fit(r.edge.label());
                r.label = f.isEmpty() ? null : placer.place(r.route, f.width(), f.height());
            }
            if (!java.util.Objects.equals(before, r.label)) {
                changed.add(r.edge.id());
            }
        }
    }

    /** During a drag: the label in the middle of the route's longest segment. */
    private static Rect quickLabel(Routed r) {
        LabelPlacer.Fitted f = new LabelPlacer(DiagramFont.get(), List.of()).fit(r.edge.label());
        Point m = r.route.middle();
        return Rect.centered(m.x(), m.y(), f.width(), f.height());
    }

    private void file(Routed r) {
        if (r.route == null) {
            edgeGrid.remove(r);
            return;
        }
        List<Rect> pieces = new ArrayList<>();
        List<Point> p = r.route.points();
        for (int k = 1; k < p.size(); k++) {
            pieces.add(Rect.spanning(p.get(k - 1).x(), p.get(k - 1).y(), p.get(k).x(), p.get(k).y()).grown(EDGE_PAD));
        }
        edgeGrid.put(r, pieces);
    }

    // ---- questions -------------------------------------------------------------------------------------------

    Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id)).map(p -> p.node);
    }

    Optional<Box> box(String id) {
        return Optional.ofNullable(nodes.get(id)).map(p -> p.box);
    }

    /** Stacking order: a node with a higher number is drawn above one with a lower. */
    int z(String id) {
        Placed p = nodes.get(id);
        return p == null ? -1 : p.z;
    }

    Optional<Edge> edge(String id) {
        return Optional.ofNullable(edges.get(id)).map(r -> r.edge);
    }

    /** An arrow's route, from its source card's border to its tip. */
    Optional<Route> route(String edgeId) {
        settle();
        return Optional.ofNullable(edges.get(edgeId)).map(r -> r.route);
    }

    /** Where an arrow's label is, when it has one. */
    Optional<Rect> labelBox(String edgeId) {
        settle();
        return Optional.ofNullable(edges.get(edgeId)).map(r -> r.label);
    }

    int nodeCount() {
        return nodes.size();
    }

    /** The smallest box holding every card (where a drag has them now), if there are any. */
    Optional<Box> bounds() {
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Placed p : nodes.values()) {
            minX = Math.min(minX, p.box.x());
            minY = Math.min(minY, p.box.y());
            maxX = Math.max(maxX, p.box.maxX());
            maxY = Math.max(maxY, p.box.maxY());
        }
        return Optional.of(Box.spanning(minX, minY, maxX, maxY));
    }

    /** The nodes whose cards meet an area, bottom to top. */
    List<String> nodesIn(Box area) {
        List<Placed> found = new ArrayList<>();
        nodeGrid.forEachNear(area.rect(), p -> {
            if (p.box.intersects(area)) {
                found.add(p);
            }
        });
        found.sort(Comparator.comparingInt(p -> p.z));
        return found.stream().map(p -> p.node.id()).toList();
    }

    /** The nodes whose cards lie wholly inside an area (a rubber band), bottom to top. */
    List<String> nodesInside(Box area) {
        return nodesIn(area).stream().filter(id -> nodes.get(id).box.isInside(area)).toList();
    }

    /** The edges whose line passes through an area, in the design's order. */
    List<String> edgesIn(Box area) {
        settle();
        Rect rect = area.rect();
        List<Routed> found = new ArrayList<>();
        edgeGrid.forEachNear(rect, r -> {
            if (r.route != null && r.route.touches(rect)) {
                found.add(r);
            }
        });
        return found.stream().map(r -> r.edge.id()).toList();
    }

    /** The topmost node whose card holds a point. */
    Optional<String> nodeAt(double x, double y) {
        List<String> under = nodesIn(new Box(x, y, 0, 0));
        return under.isEmpty() ? Optional.empty() : Optional.of(under.get(under.size() - 1));
    }

    /** The edge whose line passes nearest a point, if within {@code tolerance}. */
    Optional<String> edgeAt(double x, double y, double tolerance) {
        settle();
        String[] best = {null};
        double[] bestDistance = {tolerance};
        edgeGrid.forEachNear(new Rect(x, y, 0, 0).grown(tolerance), r -> {
            double d = r.route == null ? Double.MAX_VALUE : r.route.distance(x, y);
            if (d <= bestDistance[0]) {
                bestDistance[0] = d;
                best[0] = r.edge.id();
            }
        });
        return Optional.ofNullable(best[0]);
    }

    /** Edges touching any of the given nodes. */
    Set<String> edgesTouching(Collection<String> nodeIds) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : nodeIds) {
            out.addAll(incident.getOrDefault(id, Set.of()));
        }
        return out;
    }
}
