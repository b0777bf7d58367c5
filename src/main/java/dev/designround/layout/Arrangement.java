package dev.designround.layout;

import dev.designround.model.Design;
import dev.designround.model.Zone;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an automatic layout puts a design's parts: new top-left corners for cards and text notes, new bounds for
 * zones, by id. Whatever it leaves out stays where it is. Immutable.
 *
 * @param nodes new top-left corners of cards
 * @param zones zones with their new bounds (same id and label)
 * @param texts new top-left corners of text notes
 */
public record Arrangement(Map<String, CanvasPoint> nodes, Map<String, Zone> zones, Map<String, CanvasPoint> texts) {

    public Arrangement {
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        zones = Collections.unmodifiableMap(new LinkedHashMap<>(zones));
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** Nothing moves. */
    public static Arrangement none() {
        return new Arrangement(Map.of(), Map.of(), Map.of());
    }

    /**
     * Moves the parts of a design where this arrangement says (not undoably: for a copy, an import or an export;
     * the whiteboard makes it one undoable command). Parts the design no longer has are left out.
     */
    public void applyTo(Design design) {
        nodes.forEach((id, p) -> design.node(id).ifPresent(n -> design.updateNode(n.withPosition(p.x(), p.y()))));
        zones.forEach((id, z) -> {
            if (design.hasZone(id)) {
                design.updateZone(z);
            }
        });
        texts.forEach((id, p) -> design.text(id).ifPresent(t -> design.updateText(t.withPosition(p.x(), p.y()))));
    }
}
