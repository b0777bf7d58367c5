package dev.designround.ui.canvas;

import dev.designround.layout.CanvasPoint;
import dev.designround.ui.edit.Selection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dragging cards: a press on a card selects it (Shift or Ctrl adds it, or takes it out again if the mouse does not
 * move), dragging moves the whole selection, snapped to the grid when snapping is on, and letting go makes it one
 * undoable move. Positions come from the design's geometry, so cards that are only drawn (zoomed out, or off
 * screen) move too.
 */
final class MoveGesture {

    private final DiagramCanvas canvas;
    private String primary;
    private Map<String, CanvasPoint> startPositions = Map.of();
    private Map<String, CanvasPoint> previewPositions = Map.of();
    private Optional<String> pendingToggle = Optional.empty();
    private boolean begun;

    MoveGesture(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /** A press on a node's card. */
    void press(String id, boolean toggle) {
        Selection s = canvas.requireEditor().selection();
        pendingToggle = Optional.empty();
        if (toggle) {
            if (s.containsNode(id)) {
                pendingToggle = Optional.of(id);
            } else {
                s.add(List.of(id), List.of());
            }
        } else if (!s.containsNode(id)) {
            s.selectNode(id);
        }
        primary = id;
        startPositions = new LinkedHashMap<>();
        for (String selected : s.nodes()) {
            canvas.nodeBox(selected).ifPresent(b -> startPositions.put(selected, new CanvasPoint(b.x(), b.y())));
        }
        previewPositions = startPositions;
        begun = false;
    }

    /** The mouse moved by so much since the press, in screen pixels. */
    void dragBy(double dx, double dy) {
        CanvasPoint anchor = startPositions.get(primary);
        if (anchor == null) {
            return;
        }
        if (!begun) {
            begun = true;
            canvas.beginMove(startPositions.keySet());
        }
        double scale = canvas.viewport().scale();
        double sx = canvas.snap(anchor.x() + dx / scale) - anchor.x();
        double sy = canvas.snap(anchor.y() + dy / scale) - anchor.y();
        Map<String, CanvasPoint> next = new LinkedHashMap<>();
        startPositions.forEach((id, p) -> next.put(id, new CanvasPoint(p.x() + sx, p.y() + sy)));
        previewPositions = next;
        canvas.previewMove(next);
    }

    /** The button came up: the move is made (one undoable step), or a click's pending toggle is done. */
    void release() {
        boolean moved = begun;
        end();
        if (moved) {
            canvas.requireEditor().moveTo(previewPositions);
        } else {
            pendingToggle.ifPresent(canvas.requireEditor().selection()::toggleNode);
        }
        pendingToggle = Optional.empty();
    }

    /** Puts the cards back where they were. */
    void cancel() {
        if (begun) {
            canvas.previewMove(startPositions);
            end();
        }
        pendingToggle = Optional.empty();
    }

    private void end() {
        if (begun) {
            begun = false;
            canvas.endMove();
        }
    }
}
