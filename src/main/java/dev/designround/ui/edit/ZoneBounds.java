package dev.designround.ui.edit;

import dev.designround.diagram.CardDrawing;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Rect;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import java.util.Optional;

/**
 * Where a zone drawn around some cards, text notes and zones goes: around all of them, {@link #PAD} pixels clear
 * on every side and a title's height more at the top, its sides on the whiteboard's grid. Plain Java.
 */
final class ZoneBounds {

    /** Room between a new zone's border and what it is drawn around. */
    static final double PAD = 2 * CardGeometry.GRID;

    private ZoneBounds() {
    }

    static Optional<Rect> around(Design design, MoveSet items) {
        Rect all = null;
        for (String id : items.nodes()) {
            all = union(all, design.node(id).map(CardDrawing::rect).orElse(null));
        }
        TextNoteDrawing notes = new TextNoteDrawing(DiagramFont.get());
        for (String id : items.texts()) {
            all = union(all, design.text(id).map(t -> notes.layout(t).box()).orElse(null));
        }
        for (String id : items.zones()) {
            all = union(all, design.zone(id).map(ZoneDrawing::rect).orElse(null));
        }
        if (all == null) {
            return Optional.empty();
        }
        double grid = CardGeometry.GRID;
        double left = Math.floor((all.x() - PAD) / grid) * grid;
        double top = Math.floor((all.y() - PAD - ZoneDrawing.TITLE_HEIGHT) / grid) * grid;
        double right = Math.ceil((all.right() + PAD) / grid) * grid;
        double bottom = Math.ceil((all.bottom() + PAD) / grid) * grid;
        return Optional.of(Rect.spanning(left, top, right, bottom));
    }

    private static Rect union(Rect a, Rect b) {
        return a == null ? b : b == null ? a : a.union(b);
    }
}
