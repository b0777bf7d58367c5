package dev.designround.ui.canvas;

import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.ui.edit.Editor;
import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * Edits a label in place: a text field over the card's label (or the edge's middle, or a zone's title), which scales
 * with the canvas. Enter or clicking elsewhere keeps the text, Escape drops it. A text note is edited in a text area
 * over it, where Enter starts a new line and Ctrl+Enter (or clicking elsewhere) keeps the text. One undoable step per
 * edit.
 */
final class InlineEditor {

    private static final double NODE_FIELD_WIDTH = 118;
    private static final double EDGE_FIELD_WIDTH = 160;
    private static final double ZONE_FIELD_WIDTH = 220;
    private static final double NOTE_AREA_WIDTH = TextNoteDrawing.MAX_WIDTH + 24;

    private final DiagramCanvas canvas;
    private TextInputControl field;
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

    /** Edits a zone's title over it. */
    void editZone(String zoneId) {
        Editor editor = canvas.requireEditor();
        canvas.zoneShown(zoneId).ifPresent(zone -> {
            TextField f = new TextField(zone.label());
            f.setPromptText("Zone name: \"HIPAA boundary\"");
            open(f, zone.x() + ZoneDrawing.INSET - 7, zone.y() + ZoneDrawing.INSET - 6,
                    Math.max(ZONE_FIELD_WIDTH, Math.min(zone.width() - ZoneDrawing.INSET, 360)),
                    text -> editor.renameZone(zoneId, text));
        });
    }

    /** Edits what a text note says over it; emptying it takes the note away. */
    void editText(String textId) {
        Editor editor = canvas.requireEditor();
        canvas.zoneLayer().text(textId).ifPresent(note -> openArea(note.text(), note.x(), note.y(),
                text -> editor.editText(textId, text)));
    }

    /** Writes a new text note with its top-left corner at a world point; nothing is added if it stays empty. */
    void newText(double x, double y) {
        Editor editor = canvas.requireEditor();
        openArea("", x, y, text -> editor.addText(text, x, y));
    }

    private void openArea(String text, double x, double y, Consumer<String> commit) {
        TextArea area = new TextArea(text);
        area.setPromptText("Text note (Ctrl+Enter to finish)");
        area.setWrapText(true);
        area.setPrefRowCount(Math.max(3, (int) text.lines().count() + 1));
        open(area, x - 8, y - 6, NOTE_AREA_WIDTH, commit);
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                commit();
                e.consume();
            }
        });
    }

    /**
     * Opens a one-line field at a world point. Zoomed out it keeps its size on screen (it would be too small to
     * read), growing from that point.
     */
    private void open(String text, double x, double y, double width, Consumer<String> commit) {
        TextField f = new TextField(text);
        f.setPromptText("Label");
        open(f, x, y, width, commit);
    }

    private void open(TextInputControl f, double x, double y, double width, Consumer<String> commit) {
        commit();
        f.getStyleClass().add("inline-editor");
        f.setPrefWidth(width);
        f.relocate(x, y);
        double grow = 1 / Math.min(1, canvas.viewport().scale());
        if (grow > 1) {
            f.getTransforms().add(new javafx.scene.transform.Scale(grow, grow, 0, 0));
        }
        boolean multiLine = f instanceof TextArea;
        f.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !multiLine) {
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
        TextInputControl f = field;
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
        TextInputControl f = field;
        field = null;
        onCommit = null;
        canvas.worldOverlay().getChildren().remove(f);
        canvas.requestFocus();
    }
}
