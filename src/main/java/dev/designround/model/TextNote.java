package dev.designround.model;

import java.util.Objects;

/**
 * Free text on the canvas ("PHI never leaves this box", "p95 budget: 3 s"): the user's words where they put
 * them, with their own line breaks. Immutable. Its size follows from its text (the diagram package lays it out the
 * same way on the canvas and in every export); arrows go around it. Grading does not read text notes: what the
 * candidate wants graded goes in the design's notes.
 *
 * @param id   unique among the design's text notes
 * @param text what it says, never blank (a note emptied by the user is taken away); may hold line breaks
 * @param x    canvas position of the top-left corner, pixels, within &plusmn;{@link CardGeometry#MAX_COORDINATE}
 * @param y    the same for the top edge
 */
public record TextNote(String id, String text, double x, double y) {

    public TextNote {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("text note id must not be blank");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a text note must say something");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("text note position must be finite: " + x + ", " + y);
        }
        x = Math.max(-CardGeometry.MAX_COORDINATE, Math.min(CardGeometry.MAX_COORDINATE, x)) + 0.0;
        y = Math.max(-CardGeometry.MAX_COORDINATE, Math.min(CardGeometry.MAX_COORDINATE, y)) + 0.0;
    }

    public TextNote withText(String newText) {
        return new TextNote(id, newText, x, y);
    }

    public TextNote withPosition(double newX, double newY) {
        return new TextNote(id, text, newX, newY);
    }

    public TextNote withId(String newId) {
        return new TextNote(newId, text, x, y);
    }
}
