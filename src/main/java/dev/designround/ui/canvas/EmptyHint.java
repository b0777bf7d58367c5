package dev.designround.ui.canvas;

import dev.designround.model.Design;
import dev.designround.model.DesignListener;
import javafx.scene.control.Label;

/**
 * What an empty, editable canvas says in its middle: how to add the first components and connect them, and where
 * to read how the drawing is graded. It follows the shown design and disappears with its first node. Style class
 * {@code canvas-empty-hint}.
 */
final class EmptyHint {

    private final Label label = new Label("Drag components here from the palette, or double-click one.\n"
            + "Then drag from a card's round handle onto another card to connect them.\n"
            + "How the grader reads your drawing: the button at the top left (Shift+F1).");
    private final DesignListener watch = change -> update();
    private Design design;
    private boolean editable = true;

    EmptyHint() {
        label.getStyleClass().add("canvas-empty-hint");
        label.setManaged(false);
        label.setMouseTransparent(true);
        label.setVisible(false);
    }

    javafx.scene.Node node() {
        return label;
    }

    void follow(Design next) {
        if (design != null) {
            design.removeListener(watch);
        }
        design = next;
        design.addListener(watch);
        update();
    }

    void setEditable(boolean value) {
        editable = value;
        update();
    }

    /** Puts it in the middle of a canvas of this size. */
    void layout(double width, double height) {
        label.autosize();
        label.relocate(Math.round((width - label.getWidth()) / 2), Math.round((height - label.getHeight()) / 2));
    }

    private void update() {
        label.setVisible(design != null && design.nodeCount() == 0 && design.zones().isEmpty()
                && design.texts().isEmpty() && editable);
    }
}
