package dev.designround.ui.canvas;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import dev.designround.ui.edit.Selection;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the canvas in step with a design and what is in view. It observes the design and its {@link Selection}
 * and passes each change to the {@link DiagramGeometry} (where things are), the {@link CardViews} (the cards and
 * arrows that exist as nodes: only those near the view) and the {@link OverviewLayer} (the zoomed-out drawing),
 * touching only what the change touched. What to show is worked out once per frame ({@link #refresh}): at 100 %
 * the cards and arrows in the view and a margin around it, keeping those a little further out so that a pan to
 * and fro makes nothing; zoomed out below {@link #OVERVIEW_BELOW} no cards at all, except the one under the mouse
 * (for its handles and tooltip).
 */
final class DesignRenderer implements DesignListener, Selection.Listener {

    /** Below this zoom the design is drawn on one canvas: cards are too small to read, a node each is waste. */
    static final double OVERVIEW_BELOW = 0.4;
    /** Screen pixels around the view where cards and arrows are made before they scroll in. */
    static final double MARGIN = 200;
    /** At most this many dragged cards are made when they are off screen (to drag them live). */
    private static final int MAX_DRAGGED = 300;

    private final DiagramGeometry geometry;
    private final CardViews views;
    private final OverviewLayer overview;
    private final Marks marks;
    private final ZoneLayer zoneLayer;
    private final Runnable schedule;
    private Design design;
    private Selection selection;
    private boolean viewDirty = true;
    private Optional<String> hovered = Optional.empty();
    private Set<String> draggedNodes = Set.of();
    private Set<String> draggedEdges = Set.of();

    /** @param schedule asks for a {@link #refresh} at the next frame */
    DesignRenderer(DiagramGeometry geometry, CardViews views, OverviewLayer overview, Marks marks,
                   ZoneLayer zoneLayer, Runnable schedule) {
        this.geometry = geometry;
        this.views = views;
        this.overview = overview;
        this.marks = marks;
        this.zoneLayer = zoneLayer;
        this.schedule = schedule;
    }

    /** Shows a design (replacing the one shown), and follows it and its selection from now on. */
    void show(Design next, Selection nextSelection) {
        if (design != null) {
            design.removeListener(this);
            selection.removeListener(this);
        }
        views.clear();
        design = next;
        selection = nextSelection;
        marks.follow(nextSelection);
        marks.highlight(Set.of(), Set.of());
        marks.connectTo(Optional.empty());
        hovered = Optional.empty();
        draggedNodes = Set.of();
        draggedEdges = Set.of();
        geometry.reset(next);
        zoneLayer.reset(next, nextSelection);
        design.addListener(this);
        selection.addListener(this);
        viewChanged();
    }

    /** The view moved, zoomed or changed size: what is in it is worked out again at the next frame. */
    void viewChanged() {
        viewDirty = true;
        overview.invalidate();
        schedule.run();
    }

    /** Works out what is in view now and draws the zoomed-out picture if it needs it. */
    void refresh(Viewport v, double width, double height, boolean mayMakeCards) {
        Set<String> rerouted = geometry.drainChanged();
        if (!rerouted.isEmpty()) {
            rerouted.forEach(views::edgeChanged);
            overview.invalidate();
            viewDirty = true;
        }
        boolean zoomedOut = v.scale() < OVERVIEW_BELOW;
        overview.setActive(zoomedOut);
        if (viewDirty && mayMakeCards && design != null) {
            viewDirty = false;
            Set<String> nodes = new LinkedHashSet<>();
            Set<String> edges = new LinkedHashSet<>(draggedEdges);
            hovered.ifPresent(nodes::add);
            nodes.addAll(draggedNodes);
            if (!zoomedOut && width > 0 && height > 0) {
                Box view = Box.spanning(v.toWorldX(0), v.toWorldY(0), v.toWorldX(width), v.toWorldY(height));
                Box near = view.grow(MARGIN / v.scale());
                Box keep = view.grow(2 * MARGIN / v.scale());
                nodes.addAll(geometry.nodesIn(near));
                edges.addAll(geometry.edgesIn(near));
                views.cardIds().stream().filter(id -> geometry.box(id).filter(b -> b.intersects(keep)).isPresent())
                        .forEach(nodes::add);
                views.edgeIds().stream().filter(id -> geometry.route(id)
                        .filter(r -> r.touches(keep.rect())).isPresent()).forEach(edges::add);
            }
            views.keep(nodes, edges);
            hovered.flatMap(views::card).ifPresent(c -> c.showHandles(true));
        }
        overview.paint(v, width, height);
    }

    /** The card under the mouse (made even when zoomed out, for its handles and tooltip). */
    void setHovered(Optional<String> nodeId) {
        if (!hovered.equals(nodeId)) {
            hovered = nodeId;
            viewDirty = true;
            schedule.run();
        }
    }

    Optional<String> hovered() {
        return hovered;
    }

    /** Cards being dragged, made even when off screen (up to a few hundred), with their arrows. */
    void setDragged(Set<String> nodeIds) {
        if (nodeIds.size() > MAX_DRAGGED) {
            draggedNodes = Set.of();
            draggedEdges = Set.of();
        } else {
            draggedNodes = Set.copyOf(nodeIds);
            draggedEdges = Set.copyOf(geometry.edgesTouching(nodeIds));
        }
        viewDirty = true;
        schedule.run();
    }

    /** Shows cards at positions the design does not have yet (during a drag), with their edges following. */
    void preview(Map<String, CanvasPoint> positions) {
        Set<String> rerouted = geometry.moveAll(positions);
        positions.keySet().forEach(views::nodeChanged);
        rerouted.forEach(views::edgeChanged);
        overview.movingMoved();
        schedule.run();
    }

    /** Highlights nodes and edges (a finding, the strong answer's marks), replacing what was highlighted. */
    void highlight(Collection<String> nodes, Collection<String> edges) {
        Marks.Changed changed = marks.highlight(nodes, edges);
        views.remark(changed.nodes(), changed.edges());
        overview.invalidate();
        schedule.run();
    }

    /** Lights up the card a connection being drawn would end on. */
    void connectTo(Optional<String> nodeId) {
        views.remark(marks.connectTo(nodeId), Set.of());
        overview.invalidate();
        schedule.run();
    }

    // ---- following the design --------------------------------------------------------------------------------

    @Override
    public void designChanged(DesignChange change) {
        if (change instanceof DesignChange.NodeAdded added) {
            geometry.addNode(added.node());
        } else if (change instanceof DesignChange.NodeRemoved removed) {
            geometry.removeNode(removed.node().id());
            views.nodeRemoved(removed.node().id());
        } else if (change instanceof DesignChange.NodeUpdated updated) {
            geometry.updateNode(updated.after());
            views.nodeChanged(updated.after().id());
        } else if (change instanceof DesignChange.EdgeAdded added) {
            geometry.addEdge(added.edge());
        } else if (change instanceof DesignChange.EdgeRemoved removed) {
            views.edgeRemoved(removed.edge().id());
            geometry.removeEdge(removed.edge());
        } else if (change instanceof DesignChange.EdgeUpdated updated) {
            geometry.updateEdge(updated.before(), updated.after());
        } else if (!zoneOrTextChanged(change)) {
            return; // InfoChanged: nothing on the canvas shows the design's info
        }
        viewChanged();
    }

    /** Zones and text notes are drawn by the {@link ZoneLayer}; notes are in the way of arrows. */
    private boolean zoneOrTextChanged(DesignChange change) {
        if (change instanceof DesignChange.ZoneAdded added) {
            zoneLayer.putZone(added.zone(), design);
        } else if (change instanceof DesignChange.ZoneUpdated updated) {
            zoneLayer.putZone(updated.after(), design);
        } else if (change instanceof DesignChange.ZoneRemoved removed) {
            zoneLayer.removeZone(removed.zone().id(), design);
        } else if (change instanceof DesignChange.TextAdded added) {
            zoneLayer.putText(added.text());
            geometry.putNote(added.text().id(), zoneLayer.textBox(added.text().id()).orElseThrow());
            return true;
        } else if (change instanceof DesignChange.TextUpdated updated) {
            zoneLayer.putText(updated.after());
            geometry.putNote(updated.after().id(), zoneLayer.textBox(updated.after().id()).orElseThrow());
            return true;
        } else if (change instanceof DesignChange.TextRemoved removed) {
            zoneLayer.removeText(removed.text().id());
            geometry.removeNote(removed.text().id());
            return true;
        } else {
            return false;
        }
        geometry.setZoneTitles(ZoneLayer.titleBoxes(design));
        return true;
    }

    @Override
    public void selectionChanged(Selection.State before, Selection.State after) {
        if (!before.zones().equals(after.zones()) || !before.texts().equals(after.texts())) {
            zoneLayer.remark();
        }
        views.remark(Marks.symmetricDifference(before.nodes(), after.nodes()),
                Marks.symmetricDifference(before.edges(), after.edges()));
        overview.invalidate();
        schedule.run();
    }
}
