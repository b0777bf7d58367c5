package dev.designround.ui.canvas;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.shape.Circle;

/**
 * Finds what is under a point of the canvas ({@link CanvasTarget}) from the design's geometry, not from JavaFX's
 * picking, so that it answers the same whether the cards there are nodes or drawn shapes (zoomed out). Only the
 * handles, which exist on the card under the mouse, and arrow labels on screen are asked of their nodes.
 */
final class Hits {

    /** How far from an arrow's line a click still takes it, in world pixels at 100 % (half its hit stroke). */
    static final double EDGE_TOLERANCE = 6;
    /** ... and never less than this many screen pixels when zoomed out. */
    private static final double MIN_SCREEN_TOLERANCE = 4;

    private final DiagramCanvas canvas;
    private final DiagramGeometry geometry;
    private final CardViews views;
    private final ZoneLayer zones;

    Hits(DiagramCanvas canvas, DiagramGeometry geometry, CardViews views, ZoneLayer zones) {
        this.canvas = canvas;
        this.geometry = geometry;
        this.views = views;
        this.zones = zones;
    }

    /** What is under a point in the canvas's own coordinates. */
    CanvasTarget at(double localX, double localY) {
        Viewport v = canvas.viewport();
        double x = v.toWorldX(localX);
        double y = v.toWorldY(localY);
        Point2D scene = canvas.localToScene(localX, localY);
        for (NodeCard card : views.cards()) {
            if (card.handlesShown() && card.getScene() != null) {
                boolean onCard = geometry.box(card.nodeId()).filter(b -> b.contains(x, y)).isPresent();
                for (Circle c : card.handles()) {
                    Point2D local = c.sceneToLocal(scene);
                    if (c.isVisible() && c.contains(local) && (!onCard || grabsOnCard(c, local))) {
                        return new CanvasTarget.Handle(card.nodeId());
                    }
                }
            }
        }
        Optional<CanvasTarget.ZoneCorner> corner = zones.cornerAt(x, y);
        if (corner.isPresent()) {
            return corner.get();
        }
        Optional<String> label = labelAt(x, y, localX, localY);
        if (label.isPresent()) {
            return new CanvasTarget.Arrow(label.get());
        }
        Optional<String> note = zones.textAt(x, y);
        if (note.isPresent()) {
            return new CanvasTarget.Note(note.get());
        }
        Optional<String> node = geometry.nodeAt(x, y);
        if (node.isPresent()) {
            return new CanvasTarget.Card(node.get());
        }
        double tolerance = Math.max(EDGE_TOLERANCE, MIN_SCREEN_TOLERANCE / v.scale());
        Optional<String> edge = geometry.edgeAt(x, y, tolerance);
        if (edge.isPresent()) {
            return new CanvasTarget.Arrow(edge.get());
        }
        return zones.zoneAt(x, y).<CanvasTarget>map(CanvasTarget.ZoneFrame::new).orElse(CanvasTarget.NOTHING);
    }

    /**
     * Zoomed out, handles grow so that they stay big enough to grab, and would cover the small card they sit on:
     * then the part of a handle over its card belongs to the card (to move it), except the handle's size at 100 %.
     * At 100 % and closer the whole handle is the handle, as it looks.
     */
    private static boolean grabsOnCard(Circle handle, Point2D local) {
        double dx = local.getX() - handle.getCenterX();
        double dy = local.getY() - handle.getCenterY();
        return Math.hypot(dx, dy) <= NodeCard.HANDLE_RADIUS;
    }

    /** The node under a world point, if any (the topmost). */
    Optional<String> nodeAt(double x, double y) {
        return geometry.nodeAt(x, y);
    }

    private Optional<String> labelAt(double x, double y, double localX, double localY) {
        for (EdgeView view : views.edgeViews()) {
            if (view.label().filter(l -> l.getBoundsInParent().contains(x, y)).isPresent()) {
                return Optional.of(view.edgeId());
            }
        }
        return canvas.isOverview() ? canvas.overview().labelAt(localX, localY) : Optional.empty();
    }
}
