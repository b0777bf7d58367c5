package dev.designround.ui.canvas;

import dev.designround.model.CardGeometry;
import dev.designround.ui.edit.Editor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keys on the focused canvas that are not menu shortcuts: space held for panning, + and - to zoom, Shift+1 to
 * fit, arrow keys to nudge the selection (Shift for single pixels), Backspace to delete, Enter to edit the label,
 * Escape to cancel a gesture or clear the selection. On a read-only canvas only the keys that change nothing work.
 */
final class CanvasKeys {

    /**
     * Keys that change the selected cards, swallowed on a read-only canvas: there they would reach the window's
     * shortcuts (Delete, F2), which act on the design being edited, not on the cards the user just clicked.
     */
    private static final java.util.Set<KeyCode> CHANGES = java.util.EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT,
            KeyCode.UP, KeyCode.DOWN, KeyCode.BACK_SPACE, KeyCode.DELETE, KeyCode.ENTER, KeyCode.F2);

    private final DiagramCanvas canvas;
    private final CanvasGestures gestures;

    CanvasKeys(DiagramCanvas canvas, CanvasGestures gestures) {
        this.canvas = canvas;
        this.gestures = gestures;
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, this::released);
    }

    private void pressed(KeyEvent e) {
        if (canvas.editor().isEmpty() || gestures.isEditingLabel()) {
            return;
        }
        Editor editor = canvas.requireEditor();
        boolean plain = !e.isShortcutDown() && !e.isAltDown();
        if (!canvas.isEditable() && plain && CHANGES.contains(e.getCode())) {
            e.consume();
            return;
        }
        double step = e.isShiftDown() ? 1 : CardGeometry.GRID;
        boolean handled = true;
        switch (e.getCode()) {
            case SPACE -> gestures.setSpaceDown(true);
            case PLUS, ADD, EQUALS -> {
                handled = plain;
                if (handled) {
                    canvas.zoomIn();
                }
            }
            case MINUS, SUBTRACT -> {
                handled = plain;
                if (handled) {
                    canvas.zoomOut();
                }
            }
            case DIGIT1 -> {
                handled = plain && e.isShiftDown();
                if (handled) {
                    canvas.fitToContent();
                }
            }
            case LEFT -> editor.nudgeSelection(-step, 0);
            case RIGHT -> editor.nudgeSelection(step, 0);
            case UP -> editor.nudgeSelection(0, -step);
            case DOWN -> editor.nudgeSelection(0, step);
            case BACK_SPACE -> editor.deleteSelection();
            case ENTER -> {
                handled = plain; // Ctrl+Enter is the window's (submit)
                if (handled) {
                    gestures.editSelectedLabel();
                }
            }
            case ESCAPE -> {
                if (!gestures.cancelGesture()) {
                    editor.selection().clear();
                }
            }
            default -> handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void released(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            gestures.setSpaceDown(false);
            e.consume();
        }
    }
}
