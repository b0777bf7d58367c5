package dev.designround.ui.canvas;

import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * Connecting by dragging from a card's handle: a dashed line follows the mouse, the card under it lights up, and
 * letting go over a card adds the edge. Letting go over the card it started from makes a loop, but only after the
 * mouse has left that card, so a click on a handle adds nothing. Cards are found from the design's geometry, so
 * it works the same zoomed out, where cards are drawn shapes.
 */
final class ConnectGesture {

    private final DiagramCanvas canvas;
    private final Path line = new Path();
    private final MoveTo from = new MoveTo();
    private final LineTo to = new LineTo();
    private Optional<String> source = Optional.empty();
    private Optional<String> target = Optional.empty();
    private boolean leftSource;

    ConnectGesture(DiagramCanvas canvas) {
        this.canvas = canvas;
        line.getStyleClass().add("connect-preview");
        line.getElements().addAll(from, to);
        line.setMouseTransparent(true);
        line.setVisible(false);
        canvas.worldOverlay().getChildren().add(line);
    }

    void start(String nodeId) {
        source = Optional.of(nodeId);
        target = Optional.empty();
        leftSource = false;
        canvas.nodeBox(nodeId).ifPresent(b -> {
            from.setX(b.centerX());
            from.setY(b.centerY());
            to.setX(b.centerX());
            to.setY(b.centerY());
        });
        line.setVisible(true);
        line.toFront();
    }

    /** Follows the mouse, at a point in canvas coordinates. */
    void moveTo(double x, double y) {
        if (source.isEmpty()) {
            return;
        }
        Point2D w = canvas.toWorld(x, y);
        Optional<String> over = canvas.hits().nodeAt(w.getX(), w.getY());
        if (!over.equals(source)) {
            leftSource = true;
        }
        if (!over.equals(target)) {
            target = over;
            canvas.connectTo(target.filter(t -> !t.equals(source.get()) || leftSource));
        }
        canvas.nodeBox(source.get()).ifPresent(b -> {
            double[] start = b.borderToward(w.getX(), w.getY());
            from.setX(start[0]);
            from.setY(start[1]);
        });
        to.setX(w.getX());
        to.setY(w.getY());
    }

    /** Adds the edge if the mouse is over a card that may be connected. */
    void finish() {
        if (source.isPresent() && target.isPresent() && (!target.equals(source) || leftSource)) {
            canvas.requireEditor().connect(source.get(), target.get());
        }
        cancel();
    }

    void cancel() {
        if (target.isPresent()) {
            canvas.connectTo(Optional.empty());
        }
        line.setVisible(false);
        source = Optional.empty();
        target = Optional.empty();
    }
}
