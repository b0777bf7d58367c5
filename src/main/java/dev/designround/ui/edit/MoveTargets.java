package dev.designround.ui.edit;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.ZoneMap;
import dev.designround.ui.command.Command;
import dev.designround.ui.command.CompoundCommand;
import dev.designround.ui.command.MoveNodesCommand;
import dev.designround.ui.command.ReplaceCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where cards, zones and text notes go at the end of a move (a drag, the arrow keys): new top-left corners by id.
 * Made into one undoable command named for what the user moved: "Move zone" when a zone is dragged with what it
 * holds, "Move 3 nodes", "Move text note". Plain Java.
 *
 * @param nodes new top-left corners of cards
 * @param zones new top-left corners of zones
 * @param texts new top-left corners of text notes
 */
public record MoveTargets(Map<String, CanvasPoint> nodes, Map<String, CanvasPoint> zones,
                          Map<String, CanvasPoint> texts) {

    public MoveTargets {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        zones = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(zones));
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** Cards only. */
    public static MoveTargets ofNodes(Map<String, CanvasPoint> nodes) {
        return new MoveTargets(nodes, Map.of(), Map.of());
    }

    /** Everything in a move set shifted by the same offset. */
    public static MoveTargets by(Design design, MoveSet items, double dx, double dy) {
        Map<String, CanvasPoint> n = new LinkedHashMap<>();
        items.nodes().forEach(id -> design.node(id).ifPresent(v -> n.put(id, new CanvasPoint(v.x() + dx,
                v.y() + dy))));
        Map<String, CanvasPoint> z = new LinkedHashMap<>();
        items.zones().forEach(id -> design.zone(id).ifPresent(v -> z.put(id, new CanvasPoint(v.x() + dx,
                v.y() + dy))));
        Map<String, CanvasPoint> t = new LinkedHashMap<>();
        items.texts().forEach(id -> design.text(id).ifPresent(v -> t.put(id, new CanvasPoint(v.x() + dx,
                v.y() + dy))));
        return new MoveTargets(n, z, t);
    }

    /**
     * The move as one command; what is no longer in the design (undone while a drag was under way) is left out,
     * and so is what does not move.
     */
    Command command(Design design) {
        Map<String, CanvasPoint> present = new LinkedHashMap<>(nodes);
        present.keySet().removeIf(id -> !design.hasNode(id));
        List<Command> parts = new ArrayList<>();
        parts.add(MoveNodesCommand.to("Move", design, present));
        zones.forEach((id, p) -> design.zone(id).ifPresent(z -> parts.add(ReplaceCommand.zone("Move", z,
                z.withPosition(p.x(), p.y())))));
        texts.forEach((id, p) -> design.text(id).ifPresent(t -> parts.add(ReplaceCommand.text("Move", t,
                t.withPosition(p.x(), p.y())))));
        return new CompoundCommand(name(design, present.size()), parts);
    }

    /** Named for the outermost zones moved (what is inside them goes along), else for the cards and notes. */
    private String name(Design design, int nodeCount) {
        ZoneMap map = ZoneMap.of(design);
        long outer = zones.keySet().stream().filter(design::hasZone)
                .filter(id -> map.parent(id).map(p -> !zones.containsKey(p.id())).orElse(true)).count();
        if (outer > 0) {
            return outer == 1 ? "Move zone" : "Move " + outer + " zones";
        }
        long textCount = texts.keySet().stream().filter(design::hasText).count();
        if (textCount == 0) {
            return nodeCount == 1 ? "Move node" : "Move " + nodeCount + " nodes";
        }
        if (nodeCount == 0) {
            return textCount == 1 ? "Move text note" : "Move " + textCount + " text notes";
        }
        return "Move " + (nodeCount + textCount) + " items";
    }
}
