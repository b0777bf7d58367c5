package dev.designround.ui.canvas;

import dev.designround.ui.edit.Editor;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * Edits a label in place: a text field over the card's label (or the edge's middle), which scales with the
 * canvas. Enter or clicking elsewhere keeps the text, Escape drops it. One undoable rename per edit.
 */
final class InlineEditor {

    private static final double NODE_FIELD_WIDTH = 118;
    private static final double EDGE_FIELD_WIDTH = 160;

    private final DiagramCanvas canvas;
    private TextField field;
    private Consumer<String> onCommit;

    InlineEditor(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    boolean isEditing() {
        return field != null;
    }

    void editNode(String nodeId) {
        Editor editor = canvas.requireEditor();
        editor.design().node(nodeId).ifPresent(node -> canvas.nodeBox(nodeId).ifPresent(box -> {
            String shown = editor.catalog().displayName(node);
            open(shown, box.x() + 52, box.y() + 8, NODE_FIELD_WIDTH, text -> {
                if (node.hasLabel() || !text.strip().equals(shown)) {
                    editor.renameNode(nodeId, text);
                }
            });
        }));
    }

    void editEdge(String edgeId) {
        Editor editor = canvas.requireEditor();
        editor.design().edge(edgeId).ifPresent(edge -> canvas.edgeRoute(edgeId).ifPresent(route -> {
            dev.designround.diagram.Point at = canvas.edgeLabelBox(edgeId)
                    .map(b -> new dev.designround.diagram.Point(b.centerX(), b.centerY())).orElse(route.middle());
            open(edge.label(), at.x() - EDGE_FIELD_WIDTH / 2, at.y() - 14, EDGE_FIELD_WIDTH,
                    text -> editor.renameEdge(edgeId, text));
        }));
    }

    /**
     * Opens the field at a world point. Zoomed out it keeps its size on screen (it would be too small to read),
     * growing from that point.
     */
    private void open(String text, double x, double y, double width, Consumer<String> commit) {
        commit();
        TextField f = new TextField(text);
        f.getStyleClass().add("inline-editor");
        f.setPromptText("Label");
        f.setPrefWidth(width);
        f.relocate(x, y);
        double grow = 1 / Math.min(1, canvas.viewport().scale());
        if (grow > 1) {
            f.getTransforms().add(new javafx.scene.transform.Scale(grow, grow, 0, 0));
        }
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        f.focusedProperty().addListener((obs, was, now) -> {
            if (!now && field == f) {
                commit();
            }
        });
        field = f;
        onCommit = commit;
        canvas.worldOverlay().getChildren().add(f);
        f.requestFocus();
        f.selectAll();
    }

    /** Keeps what was typed. */
    void commit() {
        if (field == null) {
            return;
        }
        TextField f = field;
        Consumer<String> c = onCommit;
        close();
        c.accept(f.getText());
    }

    /** Drops what was typed. */
    void cancel() {
        if (field != null) {
            close();
        }
    }

    private void close() {
        TextField f = field;
        field = null;
        onCommit = null;
        canvas.worldOverlay().getChildren().remove(f);
        canvas.requestFocus();
    }
}
