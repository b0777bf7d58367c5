package dev.designround.ui.canvas;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.edit.MoveSet;
import dev.designround.ui.edit.MoveTargets;
import dev.designround.ui.edit.Selection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dragging cards, zones and text notes: a press on one selects it (Shift or Ctrl adds it, or takes it out again if
 * the mouse does not move), dragging moves the whole selection, a selected zone with everything it holds
 * ({@link MoveSet}), snapped to the grid when snapping is on, and letting go makes it one undoable move. Card
 * positions come from the design's geometry, so cards that are only drawn (zoomed out, or off screen) move too.
 */
final class MoveGesture {

    /** What was pressed. */
    enum Kind { NODE, ZONE, TEXT }

    private final DiagramCanvas canvas;
    private CanvasPoint anchor;
    private Map<String, CanvasPoint> startNodes = Map.of();
    private Map<String, CanvasPoint> startZones = Map.of();
    private Map<String, CanvasPoint> startTexts = Map.of();
    private MoveTargets preview = MoveTargets.ofNodes(Map.of());
    private Optional<Runnable> pendingToggle = Optional.empty();
    private boolean begun;
    /** How far the moving things are shown moved now (none before the first step). */
    private CanvasPoint shownOffset;

    MoveGesture(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /** A press on a node's card. */
    void press(String id, boolean toggle) {
        press(Kind.NODE, id, toggle);
    }

    /** A press on a card, a zone's title or border, or a text note. */
    void press(Kind kind, String id, boolean toggle) {
        Editor editor = canvas.requireEditor();
        Selection s = editor.selection();
        pendingToggle = Optional.empty();
        boolean selected = switch (kind) {
            case NODE -> s.containsNode(id);
            case ZONE -> s.containsZone(id);
            case TEXT -> s.containsText(id);
        };
        List<String> one = List.of(id);
        if (toggle && selected) {
            pendingToggle = Optional.of(switch (kind) {
                case NODE -> () -> s.toggleNode(id);
                case ZONE -> () -> s.toggleZone(id);
                case TEXT -> () -> s.toggleText(id);
            });
        } else if (toggle) {
            switch (kind) {
                case NODE -> s.add(one, List.of());
                case ZONE -> s.add(List.of(), List.of(), one, List.of());
                case TEXT -> s.add(List.of(), List.of(), List.of(), one);
            }
        } else if (!selected) {
            switch (kind) {
                case NODE -> s.selectNode(id);
                case ZONE -> s.selectZone(id);
                case TEXT -> s.selectText(id);
            }
        }
        Design design = editor.design();
        MoveSet moving = editor.movingWithSelection();
        startNodes = new LinkedHashMap<>();
        for (String n : moving.nodes()) {
            canvas.nodeBox(n).ifPresent(b -> startNodes.put(n, new CanvasPoint(b.x(), b.y())));
        }
        startZones = new LinkedHashMap<>();
        moving.zones().forEach(z -> design.zone(z).ifPresent(v -> startZones.put(z, new CanvasPoint(v.x(), v.y()))));
        startTexts = new LinkedHashMap<>();
        moving.texts().forEach(t -> design.text(t).ifPresent(v -> startTexts.put(t, new CanvasPoint(v.x(), v.y()))));
        anchor = (switch (kind) {
            case NODE -> startNodes;
            case ZONE -> startZones;
            case TEXT -> startTexts;
        }).get(id);
        preview = new MoveTargets(startNodes, startZones, startTexts);
        begun = false;
        shownOffset = null;
    }

    /** The mouse moved by so much since the press, in screen pixels. */
    void dragBy(double dx, double dy) {
        if (anchor == null) {
            return;
        }
        if (!begun) {
            begun = true;
            canvas.beginMove(startNodes.keySet());
        }
        double scale = canvas.viewport().scale();
        double sx = canvas.snap(anchor.x() + dx / scale) - anchor.x();
        double sy = canvas.snap(anchor.y() + dy / scale) - anchor.y();
        CanvasPoint offset = new CanvasPoint(sx, sy);
        if (offset.equals(shownOffset)) {
            // Snapped to the same place: nothing to show. Touching the cards anyway would cost a frame in which
            // JavaFX, finding nothing changed on screen, repaints the whole window.
            return;
        }
        shownOffset = offset;
        preview = new MoveTargets(shifted(startNodes, sx, sy), shifted(startZones, sx, sy),
                shifted(startTexts, sx, sy));
        canvas.previewMove(preview.nodes());
        canvas.previewMove(preview.zones(), preview.texts());
    }

    private static Map<String, CanvasPoint> shifted(Map<String, CanvasPoint> from, double dx, double dy) {
        Map<String, CanvasPoint> out = new LinkedHashMap<>();
        from.forEach((id, p) -> out.put(id, new CanvasPoint(p.x() + dx, p.y() + dy)));
        return out;
    }

    /** The button came up: the move is made (one undoable step), or a click's pending toggle is done. */
    void release() {
        boolean moved = begun;
        end();
        if (moved) {
            canvas.requireEditor().moveTo(preview);
        } else {
            pendingToggle.ifPresent(Runnable::run);
        }
        pendingToggle = Optional.empty();
        anchor = null;
    }

    /** Puts everything back where it was. */
    void cancel() {
        if (begun) {
            canvas.previewMove(startNodes);
            end();
        }
        pendingToggle = Optional.empty();
        anchor = null;
    }

    private void end() {
        if (begun) {
            begun = false;
            canvas.endMove();
        }
    }
}
