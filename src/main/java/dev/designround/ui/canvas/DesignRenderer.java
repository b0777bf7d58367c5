package dev.designround.ui.canvas;

import dev.designround.layout.Position;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.ui.edit.Selection;
import dev.designround.ui.look.CategoryStyles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Group;

/**
 * Keeps the canvas's cards and arrows in step with a design: it observes the design and changes only what a
 * change touched (a moved node re-routes only its own edges), and marks what the {@link Selection} holds. Knows
 * which edges join the same two nodes, so that they bend apart.
 */
final class DesignRenderer implements DesignListener, Selection.Listener {

    private final Group nodeLayer;
    private final Group edgeLayer;
    private final Group labelLayer;
    private final Catalog catalog;
    private final CategoryStyles categories;
    private final Map<String, NodeCard> cards = new LinkedHashMap<>();
    private final Map<String, EdgeView> edges = new HashMap<>();
    /** Edges touching each node. */
    private final Map<String, Set<EdgeView>> incident = new HashMap<>();
    /** Edge ids joining each unordered pair of nodes, in id order. */
    private final Map<String, List<String>> pairs = new HashMap<>();
    private Design design;
    private Selection selection;

    DesignRenderer(Group nodeLayer, Group edgeLayer, Group labelLayer, Catalog catalog, CategoryStyles categories) {
        this.nodeLayer = nodeLayer;
        this.edgeLayer = edgeLayer;
        this.labelLayer = labelLayer;
        this.catalog = catalog;
        this.categories = categories;
    }

    /** Shows a design (replacing the one shown), and follows it and its selection from now on. */
    void show(Design next, Selection nextSelection) {
        if (design != null) {
            design.removeListener(this);
            selection.removeListener(this);
        }
        cards.clear();
        edges.clear();
        incident.clear();
        pairs.clear();
        labelLayer.getChildren().clear();
        design = next;
        selection = nextSelection;
        List<NodeCard> newCards = new ArrayList<>();
        for (Node node : design.nodes()) {
            NodeCard card = new NodeCard(node, catalog, categories);
            cards.put(node.id(), card);
            newCards.add(card);
        }
        nodeLayer.getChildren().setAll(newCards);
        List<EdgeView> newEdges = new ArrayList<>();
        for (Edge edge : design.edges()) {
            newEdges.add(track(edge));
        }
        newEdges.forEach(this::route);
        edgeLayer.getChildren().setAll(newEdges);
        design.addListener(this);
        selection.addListener(this);
        selectionChanged(Selection.State.EMPTY, selection.state());
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

    /** The topmost card under a world point. */
    Optional<NodeCard> cardAt(double x, double y) {
        List<javafx.scene.Node> children = nodeLayer.getChildren();
        for (int i = children.size() - 1; i >= 0; i--) {
            if (children.get(i) instanceof NodeCard card && card.box().contains(x, y)) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    /** Edges touching any of the given nodes. */
    Set<EdgeView> edgesTouching(Collection<String> nodeIds) {
        Set<EdgeView> out = new LinkedHashSet<>();
        for (String id : nodeIds) {
            out.addAll(incident.getOrDefault(id, Set.of()));
        }
        return out;
    }

    /** Shows cards at positions the design does not have yet (during a drag), with their edges following. */
    void preview(Map<String, Position> positions, Collection<EdgeView> affected) {
        positions.forEach((id, p) -> {
            NodeCard card = cards.get(id);
            if (card != null) {
                card.moveTo(p.x(), p.y());
            }
        });
        affected.forEach(this::route);
    }

    // ---- following the design --------------------------------------------------------------------------------

    @Override
    public void designChanged(DesignChange change) {
        if (change instanceof DesignChange.NodeAdded added) {
            NodeCard card = new NodeCard(added.node(), catalog, categories);
            cards.put(added.node().id(), card);
            nodeLayer.getChildren().add(card);
        } else if (change instanceof DesignChange.NodeRemoved removed) {
            NodeCard card = cards.remove(removed.node().id());
            removeFromParent(card);
            incident.remove(removed.node().id());
        } else if (change instanceof DesignChange.NodeUpdated updated) {
            cards.get(updated.after().id()).update(updated.after());
            incident.getOrDefault(updated.after().id(), Set.of()).forEach(this::route);
        } else if (change instanceof DesignChange.EdgeAdded added) {
            EdgeView view = track(added.edge());
            edgeLayer.getChildren().add(view);
            siblingsOf(added.edge()).forEach(this::route);
            view.setSelected(selection.containsEdge(added.edge().id()));
        } else if (change instanceof DesignChange.EdgeRemoved removed) {
            EdgeView view = untrack(removed.edge());
            removeFromParent(view);
            view.dispose();
            siblingsOf(removed.edge()).forEach(this::route);
        } else if (change instanceof DesignChange.EdgeUpdated updated) {
            EdgeView view = untrack(updated.before());
            siblingsOf(updated.before()).forEach(this::route);
            view.update(updated.after());
            track(updated.after(), view);
            siblingsOf(updated.after()).forEach(this::route);
        }
        // InfoChanged: nothing on the canvas shows the design's info
    }

    @Override
    public void selectionChanged(Selection.State before, Selection.State after) {
        for (String id : before.nodes()) {
            if (!after.nodes().contains(id)) {
                card(id).ifPresent(c -> c.setSelected(false));
            }
        }
        for (String id : after.nodes()) {
            card(id).ifPresent(c -> c.setSelected(true));
        }
        for (String id : before.edges()) {
            if (!after.edges().contains(id)) {
                edge(id).ifPresent(e -> e.setSelected(false));
            }
        }
        for (String id : after.edges()) {
            edge(id).ifPresent(e -> {
                e.setSelected(true);
                e.toFront();
            });
        }
    }

    /** Whether a card, arrow or arrow label is one this renderer shows now. */
    boolean isShown(javafx.scene.Node n) {
        if (n instanceof NodeCard card) {
            return cards.get(card.nodeId()) == card;
        }
        if (n instanceof EdgeView view) {
            return edges.get(view.edgeId()) == view;
        }
        return EdgeView.of(n).filter(v -> edges.get(v.edgeId()) == v && v.label().orElse(null) == n).isPresent();
    }

    /** Takes a node out of whichever layer holds it now (its own, or the drag layer during a drag). */
    private static void removeFromParent(javafx.scene.Node n) {
        if (n != null && n.getParent() instanceof Group g) {
            g.getChildren().remove(n);
        }
    }

    // ---- edges -----------------------------------------------------------------------------------------------

    private EdgeView track(Edge edge) {
        return track(edge, new EdgeView(edge, labelLayer));
    }

    private EdgeView track(Edge edge, EdgeView view) {
        edges.put(edge.id(), view);
        incident.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(view);
        incident.computeIfAbsent(edge.to(), k -> new LinkedHashSet<>()).add(view);
        List<String> siblings = pairs.computeIfAbsent(pairKey(edge), k -> new ArrayList<>());
        siblings.add(edge.id());
        siblings.sort(null);
        return view;
    }

    private EdgeView untrack(Edge edge) {
        EdgeView view = edges.remove(edge.id());
        Optional.ofNullable(incident.get(edge.from())).ifPresent(s -> s.remove(view));
        Optional.ofNullable(incident.get(edge.to())).ifPresent(s -> s.remove(view));
        List<String> siblings = pairs.get(pairKey(edge));
        if (siblings != null) {
            siblings.remove(edge.id());
            if (siblings.isEmpty()) {
                pairs.remove(pairKey(edge));
            }
        }
        return view;
    }

    private List<EdgeView> siblingsOf(Edge edge) {
        return pairs.getOrDefault(pairKey(edge), List.of()).stream().map(edges::get).toList();
    }

    private static String pairKey(Edge edge) {
        return edge.from().compareTo(edge.to()) <= 0 ? edge.from() + '\u0000' + edge.to()
                : edge.to() + '\u0000' + edge.from();
    }

    private void route(EdgeView view) {
        Edge edge = view.edge();
        NodeCard from = cards.get(edge.from());
        NodeCard to = cards.get(edge.to());
        if (from == null || to == null) {
            return;
        }
        List<String> siblings = pairs.getOrDefault(pairKey(edge), List.of(edge.id()));
        int index = Math.max(0, siblings.indexOf(edge.id()));
        if (edge.from().equals(edge.to())) {
            view.route(EdgeRouting.loop(from.box(), index));
        } else {
            view.route(EdgeRouting.between(from.box(), to.box(),
                    EdgeRouting.lane(index, siblings.size(), edge.from().compareTo(edge.to()) < 0)));
        }
    }
}
