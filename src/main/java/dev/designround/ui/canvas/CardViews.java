package dev.designround.ui.canvas;

import dev.designround.model.Catalog;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.ui.look.CategoryStyles;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Group;

/**
 * The cards and arrows that exist as JavaFX nodes: only those the canvas asks for (what is in view), made from
 * the {@link DiagramGeometry} and marked from the {@link Marks}; the rest of the design is data only. Cards and
 * arrows that leave the view are kept in a small pool and reused for the next ones to come in, so a pan creates
 * little. Decorations of other panels ({@link CardDecorator}) are made with their card and go with it.
 */
final class CardViews {

    private static final int MAX_SPARE_CARDS = 64;
    private static final int MAX_SPARE_EDGES = 128;

    private final Group nodeLayer;
    private final Group edgeLayer;
    private final Group labelLayer;
    private final Group overlayLayer;
    private final Catalog catalog;
    private final CategoryStyles categories;
    private final DiagramGeometry geometry;
    private final Marks marks;
    private final Map<String, NodeCard> cards = new HashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    private final Map<String, Group> decorations = new HashMap<>();
    private final ArrayDeque<NodeCard> spareCards = new ArrayDeque<>();
    private final ArrayDeque<EdgeView> spareEdges = new ArrayDeque<>();
    private final List<CardDecorator> decorators = new ArrayList<>();
    private double handleRadius = NodeCard.HANDLE_RADIUS;

    CardViews(Layers layers, Catalog catalog, CategoryStyles categories, DiagramGeometry geometry, Marks marks) {
        this.nodeLayer = layers.nodes();
        this.edgeLayer = layers.edges();
        this.labelLayer = layers.labels();
        this.overlayLayer = layers.overlay();
        this.catalog = catalog;
        this.categories = categories;
        this.geometry = geometry;
        this.marks = marks;
    }

    /** The groups the views go in. */
    record Layers(Group edges, Group nodes, Group labels, Group overlay) {
    }

    /** Makes exactly these cards and arrows exist: releases the others and makes (or reuses) what is missing. */
    void keep(Collection<String> nodeIds, Collection<String> edgeIds) {
        Set<String> wantNodes = nodeIds instanceof Set<String> s ? s : new HashSet<>(nodeIds);
        Set<String> wantEdges = edgeIds instanceof Set<String> s ? s : new HashSet<>(edgeIds);
        new ArrayList<>(cards.keySet()).stream().filter(id -> !wantNodes.contains(id)).forEach(this::releaseCard);
        new ArrayList<>(edges.keySet()).stream().filter(id -> !wantEdges.contains(id)).forEach(this::releaseEdge);
        wantNodes.stream().filter(id -> !cards.containsKey(id)).forEach(this::makeCard);
        wantEdges.stream().filter(id -> !edges.containsKey(id)).forEach(this::makeEdge);
    }

    /** Releases every card and arrow, and forgets the pool (another design is shown). */
    void clear() {
        keep(Set.of(), Set.of());
        spareCards.clear();
        spareEdges.forEach(EdgeView::dispose);
        spareEdges.clear();
    }

    Optional<NodeCard> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }

    Optional<EdgeView> edge(String id) {
        return Optional.ofNullable(edges.get(id));
    }

    Collection<NodeCard> cards() {
        return cards.values();
    }

    Collection<EdgeView> edgeViews() {
        return edges.values();
    }

    Set<String> cardIds() {
        return cards.keySet();
    }

    Set<String> edgeIds() {
        return edges.keySet();
    }

    // ---- following changes -----------------------------------------------------------------------------------

    /** The node or its place changed (in the design, or during a drag). */
    void nodeChanged(String id) {
        NodeCard card = cards.get(id);
        if (card != null) {
            geometry.node(id).ifPresent(card::update);
            geometry.box(id).ifPresent(b -> card.moveTo(b.x(), b.y()));
        }
    }

    void nodeRemoved(String id) {
        if (cards.containsKey(id)) {
            releaseCard(id);
        }
    }

    /** The edge or its route changed. */
    void edgeChanged(String id) {
        EdgeView view = edges.get(id);
        if (view != null) {
            Optional<Edge> edge = geometry.edge(id);
            if (edge.isEmpty()) {
                releaseEdge(id);
                return;
            }
            view.update(edge.get());
            geometry.route(id).ifPresent(r -> view.route(r, geometry.labelBox(id)));
        }
    }

    void edgeRemoved(String id) {
        if (edges.containsKey(id)) {
            releaseEdge(id);
        }
    }

    /** Applies the marks of these nodes and edges to their cards and arrows, where they exist. */
    void remark(Collection<String> nodeIds, Collection<String> edgeIds) {
        nodeIds.forEach(id -> card(id).ifPresent(c -> mark(id, c)));
        edgeIds.forEach(id -> edge(id).ifPresent(e -> mark(id, e)));
    }

    /** How big connection handles are, in world pixels (they keep a usable size on screen when zoomed out). */
    void setHandleRadius(double radius) {
        handleRadius = radius;
        cards.values().forEach(c -> c.setHandleRadius(radius));
    }

    // ---- decorations -----------------------------------------------------------------------------------------

    void addDecorator(CardDecorator d) {
        decorators.add(d);
        redecorate();
    }

    void removeDecorator(CardDecorator d) {
        decorators.remove(d);
        redecorate();
    }

    List<CardDecorator> decorators() {
        return decorators;
    }

    /** Makes every shown card's decorations anew. */
    void redecorate() {
        cards.forEach((id, card) -> decorate(id, card));
    }

    private void decorate(String id, NodeCard card) {
        Group anchor = decorations.get(id);
        List<javafx.scene.Node> made = new ArrayList<>();
        geometry.node(id).ifPresent(n -> decorators.forEach(d -> d.decorate(n).ifPresent(made::add)));
        if (made.isEmpty()) {
            dropDecorations(id);
            return;
        }
        if (anchor == null) {
            anchor = new Group();
            anchor.layoutXProperty().bind(card.layoutXProperty());
            anchor.layoutYProperty().bind(card.layoutYProperty());
            decorations.put(id, anchor);
            overlayLayer.getChildren().add(anchor);
        }
        anchor.getChildren().setAll(made);
        anchor.applyCss();
    }

    private void dropDecorations(String id) {
        Group anchor = decorations.remove(id);
        if (anchor != null) {
            anchor.layoutXProperty().unbind();
            anchor.layoutYProperty().unbind();
            overlayLayer.getChildren().remove(anchor);
        }
    }

    // ---- making and releasing --------------------------------------------------------------------------------

    private void makeCard(String id) {
        Optional<Node> node = geometry.node(id);
        if (node.isEmpty()) {
            return;
        }
        NodeCard card = spareCards.poll();
        if (card == null) {
            card = new NodeCard(node.get(), catalog, categories);
        } else {
            card.update(node.get());
        }
        NodeCard made = card;
        geometry.box(id).ifPresent(b -> made.moveTo(b.x(), b.y()));
        card.setHandleRadius(handleRadius);
        mark(id, card);
        cards.put(id, card);
        nodeLayer.getChildren().add(stackIndex(geometry.z(id)), card);
        card.applyCss(); // styled now, not a frame later
        decorate(id, card);
    }

    /** Where a card of stacking order {@code z} goes among the cards shown, so that they stack as in the design. */
    private int stackIndex(int z) {
        List<javafx.scene.Node> children = nodeLayer.getChildren();
        int lo = 0;
        int hi = children.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int midZ = children.get(mid) instanceof NodeCard c ? geometry.z(c.nodeId()) : -1;
            if (midZ < z) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void releaseCard(String id) {
        NodeCard card = cards.remove(id);
        dropDecorations(id);
        if (card.getParent() instanceof Group g) {
            g.getChildren().remove(card);
        }
        card.reset();
        if (spareCards.size() < MAX_SPARE_CARDS) {
            spareCards.push(card);
        }
    }

    private void makeEdge(String id) {
        Optional<Edge> edge = geometry.edge(id);
        Optional<dev.designround.diagram.Route> route = geometry.route(id);
        if (edge.isEmpty() || route.isEmpty()) {
            return;
        }
        EdgeView view = spareEdges.poll();
        if (view == null) {
            view = new EdgeView(edge.get(), labelLayer);
        } else {
            view.update(edge.get());
        }
        view.route(route.get(), geometry.labelBox(id));
        edges.put(id, view);
        edgeLayer.getChildren().add(view);
        mark(id, view);
        view.applyCss();
        view.label().ifPresent(javafx.scene.Node::applyCss);
    }

    private void releaseEdge(String id) {
        EdgeView view = edges.remove(id);
        if (view.getParent() instanceof Group g) {
            g.getChildren().remove(view);
        }
        view.setSelected(false);
        view.setHighlighted(false);
        view.dispose();
        if (spareEdges.size() < MAX_SPARE_EDGES) {
            spareEdges.push(view);
        }
    }

    private void mark(String id, NodeCard card) {
        card.setSelected(marks.isSelectedNode(id));
        card.setHighlighted(marks.isHighlightedNode(id));
    }

    private void mark(String id, EdgeView view) {
        boolean selected = marks.isSelectedEdge(id);
        boolean highlighted = marks.isHighlightedEdge(id);
        view.setSelected(selected);
        view.setHighlighted(highlighted);
        if ((selected || highlighted) && view.getParent() == edgeLayer) {
            view.toFront();
        }
    }

    /** Whether a card, arrow or arrow label is one shown now (a drag lifts them out and puts them back). */
    boolean isShown(javafx.scene.Node n) {
        if (n instanceof NodeCard card) {
            return cards.get(card.nodeId()) == card;
        }
        if (n instanceof EdgeView view) {
            return edges.get(view.edgeId()) == view;
        }
        return EdgeView.of(n).filter(v -> edges.get(v.edgeId()) == v && v.label().orElse(null) == n).isPresent();
    }
}
