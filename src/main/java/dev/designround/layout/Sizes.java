package dev.designround.layout;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.SafeText;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.model.CardGeometry;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;

/**
 * How much room the parts of a design take as the whiteboard and every export draw them ({@link ZoneDrawing},
 * {@link TextNoteDrawing}): what a layout must leave room for.
 */
final class Sizes {

    /** Room between a zone's border and what it holds, on the left, right and bottom. */
    static final double ZONE_PAD = 2 * CardGeometry.GRID;
    /** Room above what a zone holds: its title band ({@link ZoneDrawing#TITLE_HEIGHT}) and a grid step more. */
    static final double ZONE_TOP = up(ZoneDrawing.TITLE_HEIGHT) + CardGeometry.GRID;
    /** A zone is never made narrower than its title, up to this width (a longer title is cut, as always). */
    static final double MAX_TITLE_WIDTH = 40 * CardGeometry.GRID;

    private static final TextNoteDrawing NOTES = new TextNoteDrawing(DiagramFont.get());

    private Sizes() {
    }

    /** A text note's box, as drawn, at (0, 0). */
    static Box note(TextNote note) {
        var box = NOTES.layout(note).box();
        return new Box(0, 0, box.width(), box.height());
    }

    /** How wide a zone must be for its whole title to show, at most {@link #MAX_TITLE_WIDTH}. */
    static double titleWidth(Zone zone) {
        String title = SafeText.oneLine(zone.label());
        if (title.isEmpty()) {
            return Zone.MIN_SIZE;
        }
        double width = DiagramFont.get().width(title, ZoneDrawing.TITLE_SIZE) + 2 * ZoneDrawing.INSET;
        return Math.min(MAX_TITLE_WIDTH, up(width));
    }

    /** Up to the next grid line. */
    static double up(double value) {
        return Math.ceil(value / CardGeometry.GRID) * CardGeometry.GRID;
    }

    /** To the nearest grid line. */
    static double snap(double value) {
        return Math.round(value / CardGeometry.GRID) * CardGeometry.GRID;
    }
}
