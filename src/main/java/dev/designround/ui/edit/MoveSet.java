package dev.designround.ui.edit;

import dev.designround.model.Design;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What goes along when the user moves (or copies) a selection: the selected cards, zones and text notes, and
 * everything inside a selected zone (its cards, its notes, the zones nested in it and what they hold), each once.
 * So dragging a boundary drags what it holds, and a card dragged on its own leaves its zone behind. Plain Java.
 *
 * @param nodes ids of the cards that move
 * @param zones ids of the zones that move
 * @param texts ids of the text notes that move
 */
public record MoveSet(Set<String> nodes, Set<String> zones, Set<String> texts) {

    public MoveSet {
        nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
        zones = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(zones));
        texts = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(texts));
    }

    /** The selected items that exist in the design, and what the selected zones hold. */
    public static MoveSet of(Design design, Collection<String> nodes, Collection<String> zones,
                             Collection<String> texts) {
        Set<String> n = new LinkedHashSet<>();
        nodes.stream().filter(design::hasNode).forEach(n::add);
        Set<String> z = new LinkedHashSet<>();
        Set<String> t = new LinkedHashSet<>();
        texts.stream().filter(design::hasText).forEach(t::add);
        if (zones.stream().anyMatch(design::hasZone)) {
            ZoneMap map = ZoneMap.of(design);
            for (String id : zones) {
                if (design.hasZone(id)) {
                    map.zonesWithin(id).stream().map(Zone::id).forEach(z::add);
                    n.addAll(map.nodesWithin(id));
                    t.addAll(map.textsWithin(id));
                }
            }
        }
        return new MoveSet(n, z, t);
    }

    /** What moves with a selection. */
    public static MoveSet of(Design design, Selection.State selection) {
        return of(design, selection.nodes(), selection.zones(), selection.texts());
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && zones.isEmpty() && texts.isEmpty();
    }

    public int size() {
        return nodes.size() + zones.size() + texts.size();
    }
}
