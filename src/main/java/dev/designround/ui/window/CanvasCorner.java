package dev.designround.ui.window;

import dev.designround.ui.help.ReadingGuide;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The canvas area with a button in its top-left corner that opens {@link ReadingGuide how the drawing is read}.
 * The top left is the user's own canvas whether the strong answer is closed, below it or beside it, and the view
 * fits a design with a wider margin than the button, so it covers no card after a fit.
 */
final class CanvasCorner {

    private final StackPane pane;
    private final Button button = new Button(ReadingGuide.TITLE, new FontIcon("mdi2h-help-circle-outline"));
    private final ReadingGuide guide = new ReadingGuide();

    CanvasCorner(Node canvasArea) {
        button.setId("canvas-reading-guide");
        button.getStyleClass().addAll("canvas-corner-button", "small");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip("What counts on the whiteboard: arrows, observers, checks, labels, notes "
                + "(Shift+F1)"));
        button.setOnAction(e -> toggleGuide());
        pane = new StackPane(canvasArea, button);
        pane.setMinSize(0, 0);
        StackPane.setAlignment(button, Pos.TOP_LEFT);
        StackPane.setMargin(button, new Insets(8));
    }

    Node node() {
        return pane;
    }

    /** Opens the guide from the corner button, or closes it. */
    void toggleGuide() {
        guide.toggle(button);
    }

    ReadingGuide guide() {
        return guide;
    }
}
