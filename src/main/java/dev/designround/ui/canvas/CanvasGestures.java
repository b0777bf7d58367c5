package dev.designround.ui.canvas;

import dev.designround.ui.edit.Editor;
import dev.designround.ui.edit.Selection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Rectangle;

/**
 * What the mouse and keyboard do on the canvas. Press on a card, a text note or a zone's title band or border
 * selects it (Shift or Ctrl adds or removes) and dragging moves the selection, a zone with what it holds, as one
 * undoable move on release; dragging a selected zone's corner resizes it; dragging from a card's handle onto another
 * card connects them; dragging on empty canvas (or inside a zone) draws a rubber band that selects what lies wholly
 * inside it; space-drag or the middle button pans, the wheel scrolls, Ctrl+wheel zooms at the mouse; double-click
 * edits a label, a zone's title or a note in place. On a read-only canvas a press selects what is under the mouse
 * and a drag pans; nothing else changes the design.
 */
public final class CanvasGestures {

    /** Screen pixels the mouse may wander before a press becomes a drag. */
    private static final double DRAG_SLOP = 3;

    private enum Mode { IDLE, MOVING, RESIZING, BAND, CONNECTING, PANNING }

    /** A new zone's size when nothing is selected to draw it around. */
    static final double NEW_ZONE_WIDTH = 416;
    static final double NEW_ZONE_HEIGHT = 256;
    /** A new zone's name, selected in its title field so that typing replaces it. */
    static final String NEW_ZONE_LABEL = "Zone";

    private final DiagramCanvas canvas;
    private final InlineEditor inline;
    private final Rectangle band = new Rectangle();
    private final ConnectGesture connect;
    private Mode mode = Mode.IDLE;
    private boolean spaceDown;
    private boolean dragged;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private final MoveGesture move;
    private final ResizeGesture resize;
    // rubber band
    private boolean additive;

    CanvasGestures(DiagramCanvas canvas) {
        this.canvas = canvas;
        this.inline = new InlineEditor(canvas);
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setManaged(false);
        canvas.screenOverlay().getChildren().add(band);
        connect = new ConnectGesture(canvas);
        move = new MoveGesture(canvas);
        resize = new ResizeGesture(canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            canvas.setViewport(canvas.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY()));
            e.consume();
        });
        new CanvasKeys(canvas, this);
    }

    /** Edits the label of the selected node, or else the selected edge, zone or text note, in place (F2). */
    public void editSelectedLabel() {
        if (!canvas.isEditable()) {
            return;
        }
        Selection s = canvas.requireEditor().selection();
        if (s.nodes().size() == 1) {
            editNodeLabel(s.nodes().iterator().next());
        } else if (s.nodes().isEmpty() && s.edges().size() == 1) {
            inline.editEdge(s.edges().iterator().next());
        } else if (s.nodes().isEmpty() && s.edges().isEmpty() && s.zones().size() == 1) {
            inline.editZone(s.zones().iterator().next());
        } else if (s.nodes().isEmpty() && s.edges().isEmpty() && s.texts().size() == 1) {
            inline.editText(s.texts().iterator().next());
        }
    }

    /**
     * Draws a zone around what is selected (cards, notes, zones), or in the middle of the view when nothing is, and
     * opens its title for typing.
     */
    public void addZone() {
        if (!canvas.isEditable()) {
            return;
        }
        Editor editor = canvas.requireEditor();
        Optional<String> around = editor.addZoneAroundSelection(NEW_ZONE_LABEL);
        if (around.isPresent()) {
            inline.editZone(around.get());
        } else {
            javafx.geometry.Point2D middle = canvas.centerInWorld();
            addZoneAt(middle.getX() - NEW_ZONE_WIDTH / 2, middle.getY() - NEW_ZONE_HEIGHT / 2);
        }
    }

    /** Draws a zone with its top-left corner at a world point (on the grid) and opens its title for typing. */
    public void addZoneAt(double x, double y) {
        if (canvas.isEditable()) {
            String id = canvas.requireEditor().addZone(canvas.snap(x), canvas.snap(y), NEW_ZONE_WIDTH,
                    NEW_ZONE_HEIGHT, NEW_ZONE_LABEL);
            inline.editZone(id);
        }
    }

    /** Opens a new text note for typing in the middle of the view, or the nearest free place around it. */
    public void addTextNote() {
        javafx.geometry.Point2D spot = PaletteDrop.freeSpot(canvas);
        addTextNoteAt(spot.getX() - dev.designround.model.CardGeometry.WIDTH / 2.0,
                spot.getY() - dev.designround.model.CardGeometry.HEIGHT / 2.0);
    }

    /** Opens a new text note for typing with its top-left corner at a world point; typing nothing adds none. */
    public void addTextNoteAt(double x, double y) {
        if (canvas.isEditable()) {
            inline.newText(canvas.snap(x), canvas.snap(y));
        }
    }


    public void editNodeLabel(String nodeId) {
        if (canvas.isEditable()) {
            inline.editNode(nodeId);
        }
    }

    public void editEdgeLabel(String edgeId) {
        if (canvas.isEditable()) {
            inline.editEdge(edgeId);
        }
    }

    public boolean isEditingLabel() {
        return inline.isEditing();
    }

    /** Abandons whatever gesture is under way, putting dragged cards back. */
    void cancel() {
        inline.cancel();
        if (mode == Mode.MOVING) {
            move.cancel();
        }
        resize.cancel();
        connect.cancel();
        band.setVisible(false);
        mode = Mode.IDLE;
        updateCursor();
    }

    /** Cancels the gesture under way; false when there was none. */
    boolean cancelGesture() {
        if (mode == Mode.IDLE) {
            return false;
        }
        cancel();
        return true;
    }

    void setSpaceDown(boolean down) {
        spaceDown = down;
        updateCursor();
    }

    // ---- mouse -----------------------------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        if (canvas.editor().isEmpty()) {
            return;
        }
        inline.commit();
        canvas.requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = false;
        CanvasTarget target = canvas.targetAt(e.getX(), e.getY());
        Selection s = canvas.requireEditor().selection();
        boolean adding = e.isShiftDown() || e.isShortcutDown();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PANNING;
        } else if (e.getButton() == MouseButton.PRIMARY && !canvas.isEditable()) {
            selectReadOnly(target, s);
            mode = Mode.PANNING;
        } else if (e.getButton() == MouseButton.PRIMARY) {
            if (target instanceof CanvasTarget.Handle h) {
                connect.start(h.nodeId());
                mode = Mode.CONNECTING;
            } else if (target instanceof CanvasTarget.ZoneCorner corner) {
                resize.press(corner);
                mode = Mode.RESIZING;
            } else if (target instanceof CanvasTarget.Card c) {
                move.press(c.nodeId(), adding);
                mode = Mode.MOVING;
            } else if (target instanceof CanvasTarget.Note n) {
                move.press(MoveGesture.Kind.TEXT, n.textId(), adding);
                mode = Mode.MOVING;
            } else if (target instanceof CanvasTarget.ZoneFrame z) {
                move.press(MoveGesture.Kind.ZONE, z.zoneId(), adding);
                mode = Mode.MOVING;
            } else if (target instanceof CanvasTarget.Arrow a) {
                if (adding) {
                    s.toggleEdge(a.edgeId());
                } else {
                    s.selectEdge(a.edgeId());
                }
                mode = Mode.IDLE;
            } else {
                additive = adding;
                if (!additive) {
                    s.clear();
                }
                mode = Mode.BAND;
            }
        } else if (e.getButton() == MouseButton.SECONDARY) {
            Optional<String> node = target instanceof CanvasTarget.Card c ? Optional.of(c.nodeId())
                    : target instanceof CanvasTarget.Handle h ? Optional.of(h.nodeId()) : Optional.empty();
            if (node.isPresent() && !s.containsNode(node.get())) {
                s.selectNode(node.get());
            } else if (target instanceof CanvasTarget.Arrow a && !s.containsEdge(a.edgeId())) {
                s.selectEdge(a.edgeId());
            } else if (target instanceof CanvasTarget.ZoneFrame z && !s.containsZone(z.zoneId())) {
                s.selectZone(z.zoneId());
            } else if (target instanceof CanvasTarget.ZoneCorner z && !s.containsZone(z.zoneId())) {
                s.selectZone(z.zoneId());
            } else if (target instanceof CanvasTarget.Note n && !s.containsText(n.textId())) {
                s.selectText(n.textId());
            }
        }
        updateCursor();
        e.consume();
    }

    /** On a read-only canvas a press selects what is under the mouse; a drag pans. */
    private static void selectReadOnly(CanvasTarget target, Selection s) {
        if (target instanceof CanvasTarget.Card c) {
            s.selectNode(c.nodeId());
        } else if (target instanceof CanvasTarget.Handle h) {
            s.selectNode(h.nodeId());
        } else if (target instanceof CanvasTarget.Arrow a) {
            s.selectEdge(a.edgeId());
        } else if (target instanceof CanvasTarget.ZoneFrame z) {
            s.selectZone(z.zoneId());
        } else if (target instanceof CanvasTarget.Note n) {
            s.selectText(n.textId());
        } else {
            s.clear();
        }
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.IDLE) {
            return;
        }
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_SLOP) {
            return;
        }
        dragged = true;
        switch (mode) {
            case PANNING -> canvas.setViewport(canvas.viewport().panBy(e.getX() - lastX, e.getY() - lastY));
            case MOVING -> move.dragBy(e.getX() - pressX, e.getY() - pressY);
            case RESIZING -> resize.dragBy(e.getX() - pressX, e.getY() - pressY);
            case BAND -> {
                band.setVisible(true);
                band.setX(Math.min(pressX, e.getX()));
                band.setY(Math.min(pressY, e.getY()));
                band.setWidth(Math.abs(e.getX() - pressX));
                band.setHeight(Math.abs(e.getY() - pressY));
            }
            case CONNECTING -> connect.moveTo(e.getX(), e.getY());
            default -> {
            }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (mode == Mode.IDLE || canvas.editor().isEmpty()) {
            return;
        }
        switch (mode) {
            case MOVING -> {
                if (dragged) {
                    move.dragBy(e.getX() - pressX, e.getY() - pressY); // where the button came up
                }
                move.release();
            }
            case RESIZING -> {
                if (dragged) {
                    resize.dragBy(e.getX() - pressX, e.getY() - pressY);
                }
                resize.release();
            }
            case BAND -> {
                band.setVisible(false);
                if (dragged) {
                    selectInside(Box.spanning(canvas.viewport().toWorldX(pressX), canvas.viewport().toWorldY(pressY),
                            canvas.viewport().toWorldX(e.getX()), canvas.viewport().toWorldY(e.getY())));
                }
            }
            case CONNECTING -> connect.finish();
            default -> {
            }
        }
        mode = Mode.IDLE;
        updateCursor();
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || canvas.editor().isEmpty()
                || !canvas.isEditable()) {
            return;
        }
        CanvasTarget target = canvas.targetAt(e.getX(), e.getY());
        if (target instanceof CanvasTarget.Card c) {
            inline.editNode(c.nodeId());
        } else if (target instanceof CanvasTarget.Arrow a) {
            inline.editEdge(a.edgeId());
        } else if (target instanceof CanvasTarget.ZoneFrame z) {
            inline.editZone(z.zoneId());
        } else if (target instanceof CanvasTarget.Note n) {
            inline.editText(n.textId());
        }
        e.consume();
    }

    /** Zoomed out, the card under the mouse is made (for its handles and tooltip); at other times it exists. */
    private void hovered(MouseEvent e) {
        if (mode != Mode.IDLE || canvas.editor().isEmpty()) {
            return;
        }
        if (!canvas.isOverview() || e.getEventType() == MouseEvent.MOUSE_EXITED) {
            canvas.setHovered(Optional.empty());
            return;
        }
        CanvasTarget target = canvas.targetAt(e.getX(), e.getY());
        if (target instanceof CanvasTarget.Card c) {
            canvas.setHovered(Optional.of(c.nodeId()));
        } else if (!(target instanceof CanvasTarget.Handle)) {
            canvas.setHovered(Optional.empty());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            double factor = Math.pow(1.1, e.getDeltaY() / 40);
            canvas.setViewport(canvas.viewport().zoomAt(factor, e.getX(), e.getY()));
        } else {
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                dx = dy;
                dy = 0;
            }
            canvas.setViewport(canvas.viewport().panBy(dx, dy));
        }
        e.consume();
    }

    // ---- selecting -------------------------------------------------------------------------------------------

    private void selectInside(Box area) {
        Editor editor = canvas.requireEditor();
        List<String> nodes = canvas.geometry().nodesInside(area);
        Set<String> inside = Set.copyOf(nodes);
        List<String> edges = editor.design().edges().stream()
                .filter(edge -> inside.contains(edge.from()) && inside.contains(edge.to()))
                .map(dev.designround.model.Edge::id).toList();
        List<String> zones = canvas.zoneLayer().zonesInside(area);
        List<String> texts = canvas.zoneLayer().textsInside(area);
        if (additive) {
            editor.selection().add(nodes, edges, zones, texts);
        } else {
            editor.selection().set(nodes, edges, zones, texts);
        }
    }

    private void updateCursor() {
        Cursor c = Cursor.DEFAULT;
        if (mode == Mode.PANNING) {
            c = Cursor.CLOSED_HAND;
        } else if (spaceDown) {
            c = Cursor.OPEN_HAND;
        } else if (mode == Mode.CONNECTING) {
            c = Cursor.CROSSHAIR;
        } else if (mode == Mode.MOVING && dragged) {
            c = Cursor.MOVE;
        } else if (mode == Mode.RESIZING) {
            c = Cursor.CROSSHAIR;
        }
        canvas.setCursor(c);
    }
}
