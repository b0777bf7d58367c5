package dev.designround.layout;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text notes in no zone stay where the user put them when a design is arranged, unless the arranged cards, zones
 * or zone notes would cover them (or a zone would take them in): those go in a row under the arrangement, left to
 * right in design order, wrapping at the arrangement's width.
 */
final class FreeNotes {

    private FreeNotes() {
    }

    /** New top-left corners for the free notes that must move, by id. */
    static Map<String, CanvasPoint> moved(Design design, ZoneTree zones, Map<String, CanvasPoint> nodes,
                                          Map<String, Zone> newZones, Map<String, CanvasPoint> zoneNotes) {
        List<Box> taken = new ArrayList<>();
        nodes.values().forEach(p -> taken.add(new Box(p.x(), p.y(), CardGeometry.WIDTH, CardGeometry.HEIGHT)));
        newZones.values().forEach(z -> taken.add(new Box(z.x(), z.y(), z.width(), z.height())));
        zoneNotes.forEach((id, p) -> design.text(id).ifPresent(t -> taken.add(Sizes.note(t).at(p.x(), p.y()))));
        Map<String, CanvasPoint> out = new LinkedHashMap<>();
        if (taken.isEmpty()) {
            return out;
        }
        double left = taken.stream().mapToDouble(Box::x).min().orElseThrow();
        double right = taken.stream().mapToDouble(Box::right).max().orElseThrow();
        double below = taken.stream().mapToDouble(Box::bottom).max().orElseThrow();
        List<TextNote> covered = zones.freeTexts().stream().filter(t -> {
                    Box b = Sizes.note(t).at(t.x(), t.y());
                    return taken.stream().anyMatch(b::touches);
                }).toList();
        double x = left;
        double y = Sizes.up(below + QuickZones.GAP);
        double rowHeight = 0;
        for (TextNote t : covered) {
            Box b = Sizes.note(t);
            if (x > left && x + b.width() > right) {
                x = left;
                y += Sizes.up(rowHeight) + QuickZones.GAP;
                rowHeight = 0;
            }
            out.put(t.id(), new CanvasPoint(x, y));
            x += Sizes.up(b.width()) + QuickZones.GAP;
            rowHeight = Math.max(rowHeight, b.height());
        }
        return out;
    }
}
