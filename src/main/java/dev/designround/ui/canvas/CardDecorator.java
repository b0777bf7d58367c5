package dev.designround.ui.canvas;

import dev.designround.model.Node;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;

/**
 * Something another panel draws over cards (the simulation's badges), for every node of the design whether or
 * not its card is on screen. The canvas asks for a decoration only when a card comes into view, places it with
 * the card (its coordinates are the card's: 0, 0 is the card's top-left corner, in world pixels) and drops it when
 * the card goes; zoomed out, where cards are drawn as shapes on one picture, it asks the decorator to draw instead.
 * Register with {@link DiagramCanvas#addDecorator}; call {@link DiagramCanvas#redecorate} when what it shows
 * changes.
 */
public interface CardDecorator {

    /** What to show over the card of this node, if anything; made anew each time the card comes into view. */
    Optional<javafx.scene.Node> decorate(Node node);

    /**
     * Draws the same, in small, for a card of the zoomed-out drawing.
     *
     * @param card where the card is on the drawing, in its pixels
     * @param scale the zoom (world pixels to drawing pixels)
     */
    void paint(GraphicsContext g, Node node, Box card, double scale);
}
