package dev.designround.ui.canvas;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/**
 * The zoomed-out view: the whole visible design drawn by an {@link OverviewPainter} on one canvas the size of
 * the view, instead of a JavaFX node per card and arrow. Changes only mark it for drawing; it is drawn at most
 * once per frame ({@link #paint}, called from the canvas's layout). While cards are dragged, the still parts stay
 * as drawn and the moving cards and their arrows are drawn each frame on a second canvas above. The canvases exist
 * only while the view is zoomed out.
 */
final class OverviewLayer {

    /** Screen pixels drawn beyond the view's edges, so that a card cut by the edge is drawn whole. */
    private static final double PAD = 16;

    private final Pane host = new Pane();
    private final DiagramGeometry geometry;
    private final OverviewPainter painter;
    private Canvas base;
    private Canvas live;
    private boolean baseDirty = true;
    private boolean liveDirty;
    private Set<String> moving = Set.of();
    private Set<String> movingEdges = Set.of();
    private int paints;

    OverviewLayer(DiagramGeometry geometry, OverviewPainter painter) {
        this.geometry = geometry;
        this.painter = painter;
        host.setManaged(false);
        host.setMouseTransparent(true);
        host.getStyleClass().add("overview");
    }

    javafx.scene.Node node() {
        return host;
    }

    boolean isActive() {
        return base != null;
    }

    /** Zoomed out (the canvases are made and drawn) or not (they are dropped). */
    void setActive(boolean active) {
        if (active && base == null) {
            base = new Canvas();
            host.getChildren().setAll(base);
            baseDirty = true;
        } else if (!active && base != null) {
            base = null;
            live = null;
            host.getChildren().clear();
        }
    }

    /** Something drawn changed: draw again at the next frame. */
    void invalidate() {
        baseDirty = true;
        liveDirty = true;
    }

    /** Cards being dragged (empty when the drag ends): drawn on their own until the drag ends. */
    void setMoving(Set<String> nodeIds) {
        moving = Set.copyOf(nodeIds);
        movingEdges = geometry.edgesTouching(moving);
        if (moving.isEmpty() && live != null) {
            host.getChildren().remove(live);
            live = null;
        }
        invalidate();
    }

    /** The dragged cards moved: only they are drawn again. */
    void movingMoved() {
        liveDirty = true;
        if (moving.isEmpty()) {
            baseDirty = true;
        }
    }

    boolean isMoving() {
        return !moving.isEmpty();
    }

    /** How many times the still parts were drawn (for tests: redraws are coalesced). */
    int paints() {
        return paints;
    }

    /** Draws what changed since the last time, for a view of this size. */
    void paint(Viewport v, double width, double height) {
        if (base == null || width < 1 || height < 1) {
            return;
        }
        if (base.getWidth() != width || base.getHeight() != height) {
            base.setWidth(width);
            base.setHeight(height);
            baseDirty = true;
        }
        if (!moving.isEmpty() && live == null) {
            live = new Canvas(width, height);
            host.getChildren().add(live);
            liveDirty = true;
        }
        if (live != null && (live.getWidth() != width || live.getHeight() != height)) {
            live.setWidth(width);
            live.setHeight(height);
            liveDirty = true;
        }
        Box view = Box.spanning(v.toWorldX(-PAD), v.toWorldY(-PAD), v.toWorldX(width + PAD),
                v.toWorldY(height + PAD));
        if (baseDirty) {
            baseDirty = false;
            paints++;
            painter.forgetLabels();
            GraphicsContext g = clear(base);
            List<String> edges = geometry.edgesIn(view).stream().filter(id -> !movingEdges.contains(id)).toList();
            List<String> nodes = geometry.nodesIn(view).stream().filter(id -> !moving.contains(id)).toList();
            painter.paint(g, v, edges, nodes);
        }
        if (live != null && liveDirty) {
            liveDirty = false;
            GraphicsContext g = clear(live);
            List<String> nodes = geometry.nodesIn(view).stream().filter(moving::contains).toList();
            painter.paint(g, v, movingEdges, nodes);
        }
    }

    /** The arrow whose label, as drawn zoomed out, holds a point of the canvas; none when not zoomed out. */
    java.util.Optional<String> labelAt(double x, double y) {
        return base == null ? java.util.Optional.empty() : painter.labelAt(x, y);
    }

    private static GraphicsContext clear(Canvas c) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, c.getWidth(), c.getHeight()); // also drops the commands of earlier drawings
        return g;
    }
}
