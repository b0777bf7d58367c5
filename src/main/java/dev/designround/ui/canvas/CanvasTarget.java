package dev.designround.ui.canvas;

/**
 * What is under a point of the canvas, found in world coordinates at every zoom (whether the cards there are
 * JavaFX nodes or drawn shapes): a card's connection handle, a card, an arrow (its line or its label), or
 * nothing. Handles win over labels, labels over cards, cards over arrows, as they are stacked on screen.
 */
public sealed interface CanvasTarget {

    /** A connection handle of a card whose handles show (the mouse is over it). */
    record Handle(String nodeId) implements CanvasTarget {
    }

    record Card(String nodeId) implements CanvasTarget {
    }

    record Arrow(String edgeId) implements CanvasTarget {
    }

    record Nothing() implements CanvasTarget {
    }

    CanvasTarget NOTHING = new Nothing();
}
