package dev.designround.ui.canvas;

import dev.designround.layout.Position;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.edit.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * What the mouse and keyboard do on the canvas. Press on a card selects it (Shift or Ctrl adds or removes) and
 * dragging moves the selection, as one undoable move on release; dragging from a card's handle onto another card
 * connects them; dragging on empty canvas draws a rubber band that selects the cards inside it; space-drag or the
 * middle button pans, the wheel scrolls, Ctrl+wheel zooms at the mouse; double-click edits a label in place. On a
 * read-only canvas a press selects what is under the mouse and a drag pans; nothing else changes the design.
 */
public final class CanvasGestures {

    /** Screen pixels the mouse may wander before a press becomes a drag. */
    private static final double DRAG_SLOP = 3;

    private enum Mode { IDLE, MOVING, BAND, CONNECTING, PANNING }

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
    // moving
    private String primary;
    private Map<String, Position> startPositions = Map.of();
    private Map<String, Position> previewPositions = Map.of();
    private Set<EdgeView> movingEdges = Set.of();
    private Optional<String> pendingToggle = Optional.empty();
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

    /** Edits the label of the selected node, or else the selected edge, in place (F2). */
    public void editSelectedLabel() {
        if (!canvas.isEditable()) {
            return;
        }
        Selection s = canvas.requireEditor().selection();
        if (s.nodes().size() == 1) {
            editNodeLabel(s.nodes().iterator().next());
        } else if (s.nodes().isEmpty() && s.edges().size() == 1) {
            inline.editEdge(s.edges().iterator().next());
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
        if (mode == Mode.MOVING && dragged) {
            canvas.dragProxy().end();
            canvas.renderer().preview(startPositions, movingEdges);
        }
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
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            mode = Mode.PANNING;
        } else if (e.getButton() == MouseButton.PRIMARY && !canvas.isEditable()) {
            pressedReadOnly(e);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
            Optional<NodeCard> card = Targets.card(picked);
            if (picked instanceof Circle && card.isPresent()) {
                connect.start(card.get());
                mode = Mode.CONNECTING;
            } else if (card.isPresent()) {
                startMoving(card.get(), e.isShiftDown() || e.isShortcutDown());
            } else {
                Optional<EdgeView> edge = Targets.edge(picked);
                Selection s = canvas.requireEditor().selection();
                if (edge.isPresent()) {
                    if (e.isShiftDown() || e.isShortcutDown()) {
                        s.toggleEdge(edge.get().edgeId());
                    } else {
                        s.selectEdge(edge.get().edgeId());
                    }
                    mode = Mode.IDLE;
                } else {
                    additive = e.isShiftDown() || e.isShortcutDown();
                    if (!additive) {
                        s.clear();
                    }
                    mode = Mode.BAND;
                }
            }
        } else if (e.getButton() == MouseButton.SECONDARY) {
            Targets.card(e.getPickResult().getIntersectedNode()).ifPresent(card -> {
                Selection s = canvas.requireEditor().selection();
                if (!s.containsNode(card.nodeId())) {
                    s.selectNode(card.nodeId());
                }
            });
            Targets.edge(e.getPickResult().getIntersectedNode()).ifPresent(edge -> {
                Selection s = canvas.requireEditor().selection();
                if (!s.containsEdge(edge.edgeId())) {
                    s.selectEdge(edge.edgeId());
                }
            });
        }
        updateCursor();
        e.consume();
    }

    /** On a read-only canvas a press selects what is under the mouse; a drag pans. */
    private void pressedReadOnly(MouseEvent e) {
        javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
        Selection s = canvas.requireEditor().selection();
        Optional<NodeCard> card = Targets.card(picked);
        Optional<EdgeView> edge = Targets.edge(picked);
        if (card.isPresent()) {
            s.selectNode(card.get().nodeId());
        } else if (edge.isPresent()) {
            s.selectEdge(edge.get().edgeId());
        } else {
            s.clear();
        }
        mode = Mode.PANNING;
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
            case MOVING -> moveTo(e.getX(), e.getY());
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
        Editor editor = canvas.requireEditor();
        switch (mode) {
            case MOVING -> {
                if (dragged) {
                    moveTo(e.getX(), e.getY()); // where the button came up, even if moves were skipped while busy
                }
                canvas.dragProxy().end();
                if (dragged) {
                    editor.moveTo(previewPositions);
                } else {
                    pendingToggle.ifPresent(editor.selection()::toggleNode);
                }
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
        pendingToggle = Optional.empty();
        updateCursor();
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || canvas.editor().isEmpty()
                || !canvas.isEditable()) {
            return;
        }
        javafx.scene.Node picked = e.getPickResult().getIntersectedNode();
        Optional<NodeCard> card = Targets.card(picked);
        if (card.isPresent()) {
            inline.editNode(card.get().nodeId());
        } else {
            Targets.edge(picked).ifPresent(edge -> inline.editEdge(edge.edgeId()));
        }
        e.consume();
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

    // ---- moving ----------------------------------------------------------------------------------------------

    private void startMoving(NodeCard card, boolean toggle) {
        Selection s = canvas.requireEditor().selection();
        String id = card.nodeId();
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
            canvas.card(selected).ifPresent(c -> startPositions.put(selected, new Position(c.getLayoutX(),
                    c.getLayoutY())));
        }
        previewPositions = startPositions;
        movingEdges = canvas.renderer().edgesTouching(startPositions.keySet());
        mode = Mode.MOVING;
    }

    private void moveTo(double x, double y) {
        if (!canvas.dragProxy().isActive()
                && canvas.requireEditor().design().nodeCount() >= DragProxy.MIN_NODES) {
            List<NodeCard> cards = new ArrayList<>();
            startPositions.keySet().forEach(id -> canvas.card(id).ifPresent(cards::add));
            canvas.dragProxy().begin(cards, movingEdges);
        }
        double scale = canvas.viewport().scale();
        Position anchor = startPositions.get(primary);
        double dx = canvas.snap(anchor.x() + (x - pressX) / scale) - anchor.x();
        double dy = canvas.snap(anchor.y() + (y - pressY) / scale) - anchor.y();
        Map<String, Position> next = new LinkedHashMap<>();
        startPositions.forEach((id, p) -> next.put(id, new Position(p.x() + dx, p.y() + dy)));
        previewPositions = next;
        canvas.renderer().preview(next, movingEdges);
    }

    // ---- selecting -------------------------------------------------------------------------------------------

    private void selectInside(Box area) {
        Editor editor = canvas.requireEditor();
        List<String> nodes = new ArrayList<>();
        for (NodeCard card : canvas.renderer().cards()) {
            if (card.box().isInside(area)) {
                nodes.add(card.nodeId());
            }
        }
        Set<String> inside = Set.copyOf(nodes);
        List<String> edges = editor.design().edges().stream()
                .filter(edge -> inside.contains(edge.from()) && inside.contains(edge.to()))
                .map(dev.designround.model.Edge::id).toList();
        if (additive) {
            editor.selection().add(nodes, edges);
        } else {
            editor.selection().set(nodes, edges);
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
        }
        canvas.setCursor(c);
    }
}
