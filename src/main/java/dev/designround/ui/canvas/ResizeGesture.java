package dev.designround.ui.canvas;

import dev.designround.model.Zone;
import java.util.Optional;

/**
 * Dragging a selected zone's corner: the opposite corner stays, the dragged one follows the mouse (on the grid when
 * snapping is on), never closer to the other than {@link Zone#MIN_SIZE}; letting go resizes the zone as one
 * undoable step. What the zone holds follows from where things are: a card it now covers joins it.
 */
final class ResizeGesture {

    private final DiagramCanvas canvas;
    private Optional<Zone> start = Optional.empty();
    private Zone shown;
    private boolean left;
    private boolean top;

    ResizeGesture(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    void press(CanvasTarget.ZoneCorner corner) {
        start = canvas.requireEditor().design().zone(corner.zoneId());
        start.ifPresent(z -> shown = z);
        left = corner.left();
        top = corner.top();
    }

    /** The mouse moved by so much since the press, in screen pixels. */
    void dragBy(double dx, double dy) {
        start.ifPresent(z -> {
            double scale = canvas.viewport().scale();
            double x1 = left ? z.right() : z.x();
            double y1 = top ? z.bottom() : z.y();
            double x2 = canvas.snap((left ? z.x() : z.right()) + dx / scale);
            double y2 = canvas.snap((top ? z.y() : z.bottom()) + dy / scale);
            x2 = left ? Math.min(x2, x1 - Zone.MIN_SIZE) : Math.max(x2, x1 + Zone.MIN_SIZE);
            y2 = top ? Math.min(y2, y1 - Zone.MIN_SIZE) : Math.max(y2, y1 + Zone.MIN_SIZE);
            shown = z.withBounds(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
            canvas.zoneLayer().previewZone(shown);
        });
    }

    void release() {
        start.ifPresent(z -> {
            canvas.zoneLayer().endPreview();
            if (!shown.equals(z)) {
                canvas.requireEditor().resizeZone(z.id(), shown.x(), shown.y(), shown.width(), shown.height());
            }
        });
        start = Optional.empty();
    }

    void cancel() {
        if (start.isPresent()) {
            canvas.zoneLayer().endPreview();
        }
        start = Optional.empty();
    }
}
