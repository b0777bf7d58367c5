package dev.designround.ui.canvas;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * Connecting by dragging from a card's handle: a dashed line follows the mouse, the card under it lights up, and
 * letting go over a card adds the edge. Letting go over the card it started from makes a loop, but only after the
 * mouse has left that card, so a click on a handle adds nothing.
 */
final class ConnectGesture {

    private final DiagramCanvas canvas;
    private final Path line = new Path();
    private final MoveTo from = new MoveTo();
    private final LineTo to = new LineTo();
    private NodeCard source;
    private NodeCard target;
    private boolean leftSource;

    ConnectGesture(DiagramCanvas canvas) {
        this.canvas = canvas;
        line.getStyleClass().add("connect-preview");
        line.getElements().addAll(from, to);
        line.setMouseTransparent(true);
        line.setVisible(false);
        canvas.worldOverlay().getChildren().add(line);
    }

    void start(NodeCard card) {
        source = card;
        target = null;
        leftSource = false;
        Box b = card.box();
        from.setX(b.centerX());
        from.setY(b.centerY());
        to.setX(b.centerX());
        to.setY(b.centerY());
        line.setVisible(true);
        line.toFront();
    }

    /** Follows the mouse, at a point in canvas coordinates. */
    void moveTo(double x, double y) {
        Point2D w = canvas.toWorld(x, y);
        Optional<NodeCard> over = canvas.renderer().cardAt(w.getX(), w.getY());
        if (over.isEmpty() || over.get() != source) {
            leftSource = true;
        }
        NodeCard next = over.orElse(null);
        if (next != target) {
            if (target != null) {
                target.setHighlighted(false);
            }
            target = next;
            if (target != null && (target != source || leftSource)) {
                target.setHighlighted(true);
            }
        }
        double[] start = source.box().borderToward(w.getX(), w.getY());
        from.setX(start[0]);
        from.setY(start[1]);
        to.setX(w.getX());
        to.setY(w.getY());
    }

    /** Adds the edge if the mouse is over a card that may be connected. */
    void finish() {
        if (source != null && target != null && (target != source || leftSource)) {
            canvas.requireEditor().connect(source.nodeId(), target.nodeId());
        }
        cancel();
    }

    void cancel() {
        if (target != null) {
            target.setHighlighted(false);
        }
        line.setVisible(false);
        source = null;
        target = null;
    }
}
