package dev.designround.ui.canvas;

/**
 * What is under a point of the canvas, found in world coordinates at every zoom (whether the cards there are
 * JavaFX nodes or drawn shapes): a card's connection handle, a selected zone's corner, a card, an arrow (its line or
 * its label), a text note, a zone (by its title band or border), or nothing. Handles win over corners, corners over
 * labels, labels over notes, notes over cards, cards over arrows and arrows over zones, as they are stacked on
 * screen (a zone's inside is canvas).
 */
public sealed interface CanvasTarget {

    /** A connection handle of a card whose handles show (the mouse is over it). */
    record Handle(String nodeId) implements CanvasTarget {
    }

    record Card(String nodeId) implements CanvasTarget {
    }

    record Arrow(String edgeId) implements CanvasTarget {
    }

    /** A zone, grabbed by its title band or its border. */
    record ZoneFrame(String zoneId) implements CanvasTarget {
    }

    /** A corner handle of a selected zone: dragging it resizes the zone. */
    record ZoneCorner(String zoneId, boolean left, boolean top) implements CanvasTarget {
    }

    /** A text note. */
    record Note(String textId) implements CanvasTarget {
    }

    record Nothing() implements CanvasTarget {
    }

    CanvasTarget NOTHING = new Nothing();
}
