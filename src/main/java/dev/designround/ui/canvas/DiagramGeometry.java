package dev.designround.ui.canvas;

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
 * card box (its position in the design, or where a drag has it for now) and stacking order, each edge's route
 * (card border to card border, parallel edges bent apart, loops), and a {@link SpatialGrid} of both, so that the
 * canvas asks "what is in the view", "what is under the mouse" and "what is inside the rubber band" without
 * visiting every node. Plain Java; the canvas keeps it in step with the design's changes.
 */
final class DiagramGeometry {

    /** Side of a spatial index cell: a few cards wide, so that a view at 100 % spans a few dozen cells. */
    static final double CELL = 256;
    /** How far around its line an arrow is filed: its head and the part a click may miss by. */
    private static final double EDGE_PAD = 12;

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

    /** An edge and its route; the grid's item for it. */
    private static final class Routed {
        Edge edge;
        Curve curve;

        Routed(Edge edge) {
            this.edge = edge;
        }
    }

    private final Map<String, Placed> nodes = new LinkedHashMap<>();
    private final Map<String, Routed> edges = new LinkedHashMap<>();
    /** Edge ids touching each node. */
    private final Map<String, Set<String>> incident = new HashMap<>();
    /** Edge ids joining each unordered pair of nodes, in id order. */
    private final Map<String, List<String>> pairs = new HashMap<>();
    private final SpatialGrid<Placed> nodeGrid = new SpatialGrid<>(CELL);
    private final SpatialGrid<Routed> edgeGrid = new SpatialGrid<>(CELL);
    private int nextZ;

    /** Forgets everything and takes the design's nodes and edges. */
    void reset(Design design) {
        nodes.clear();
        edges.clear();
        incident.clear();
        pairs.clear();
        nodeGrid.clear();
        edgeGrid.clear();
        nextZ = 0;
        design.nodes().forEach(this::addNode);
        design.edges().forEach(e -> {
            edges.put(e.id(), new Routed(e));
            link(e);
        });
        edges.values().forEach(this::route);
    }

    // ---- changes ---------------------------------------------------------------------------------------------

    /** A new node, on top of the others. */
    void addNode(Node node) {
        Placed p = new Placed(node, nextZ++);
        nodes.put(node.id(), p);
        nodeGrid.put(p, p.box);
    }

    /** Removes a node (its edges are removed first, one by one). */
    void removeNode(String id) {
        Placed p = nodes.remove(id);
        if (p != null) {
            nodeGrid.remove(p);
        }
        incident.remove(id);
    }

    /** A new version of a node; returns the edges it re-routed. */
    Set<String> updateNode(Node node) {
        Placed p = nodes.get(node.id());
        if (p == null) {
            return Set.of();
        }
        p.node = node;
        return moveTo(node.id(), node.x(), node.y());
    }

    /** Puts a card somewhere without changing its node (a drag under way); returns the edges it re-routed. */
    Set<String> moveTo(String id, double x, double y) {
        Placed p = nodes.get(id);
        if (p == null || (p.box.x() == x && p.box.y() == y)) {
            return Set.of();
        }
        p.box = Box.card(x, y);
        nodeGrid.put(p, p.box);
        Set<String> touching = incident.getOrDefault(id, Set.of());
        touching.forEach(e -> route(edges.get(e)));
        return touching;
    }

    /** A new edge; returns the edges it re-routed (itself and those joining the same two nodes). */
    List<String> addEdge(Edge edge) {
        edges.put(edge.id(), new Routed(edge));
        link(edge);
        return rerouteSiblings(edge);
    }

    /** Removes an edge; returns the remaining edges between the same two nodes, which it re-routed. */
    List<String> removeEdge(Edge edge) {
        Routed r = edges.remove(edge.id());
        if (r != null) {
            edgeGrid.remove(r);
        }
        unlink(edge);
        return rerouteSiblings(edge);
    }

    /** A new version of an edge (label, kind, or ends); returns the edges it re-routed. */
    Set<String> updateEdge(Edge before, Edge after) {
        Set<String> touched = new LinkedHashSet<>(removeEdge(before));
        touched.addAll(addEdge(after));
        return touched;
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

    Optional<Curve> curve(String edgeId) {
        return Optional.ofNullable(edges.get(edgeId)).map(r -> r.curve);
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
        nodeGrid.forEachNear(area, p -> {
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
        List<Routed> found = new ArrayList<>();
        edgeGrid.forEachNear(area, r -> {
            if (r.curve != null && CurveShape.crosses(r.curve, area)) {
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
        String[] best = {null};
        double[] bestDistance = {tolerance};
        edgeGrid.forEachNear(new Box(x, y, 0, 0).grow(tolerance), r -> {
            double d = r.curve == null ? Double.MAX_VALUE : CurveShape.distance(r.curve, x, y);
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

    // ---- routing ---------------------------------------------------------------------------------------------

    private void link(Edge edge) {
        incident.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(edge.id());
        incident.computeIfAbsent(edge.to(), k -> new LinkedHashSet<>()).add(edge.id());
        List<String> siblings = pairs.computeIfAbsent(pairKey(edge), k -> new ArrayList<>());
        siblings.add(edge.id());
        siblings.sort(null);
    }

    private void unlink(Edge edge) {
        Optional.ofNullable(incident.get(edge.from())).ifPresent(s -> s.remove(edge.id()));
        Optional.ofNullable(incident.get(edge.to())).ifPresent(s -> s.remove(edge.id()));
        List<String> siblings = pairs.get(pairKey(edge));
        if (siblings != null) {
            siblings.remove(edge.id());
            if (siblings.isEmpty()) {
                pairs.remove(pairKey(edge));
            }
        }
    }

    private List<String> rerouteSiblings(Edge edge) {
        List<String> siblings = List.copyOf(pairs.getOrDefault(pairKey(edge), List.of()));
        siblings.forEach(id -> route(edges.get(id)));
        return siblings;
    }

    private static String pairKey(Edge edge) {
        return edge.from().compareTo(edge.to()) <= 0 ? edge.from() + '\u0000' + edge.to()
                : edge.to() + '\u0000' + edge.from();
    }

    private void route(Routed r) {
        if (r == null) {
            return;
        }
        Edge edge = r.edge;
        Placed from = nodes.get(edge.from());
        Placed to = nodes.get(edge.to());
        if (from == null || to == null) {
            return;
        }
        List<String> siblings = pairs.getOrDefault(pairKey(edge), List.of(edge.id()));
        int index = Math.max(0, siblings.indexOf(edge.id()));
        if (edge.from().equals(edge.to())) {
            r.curve = EdgeRouting.loop(from.box, index);
        } else {
            r.curve = EdgeRouting.between(from.box, to.box,
                    EdgeRouting.lane(index, siblings.size(), edge.from().compareTo(edge.to()) < 0));
        }
        edgeGrid.put(r, CurveShape.pieces(r.curve, EDGE_PAD));
    }
}
