package dev.designround.ui.command;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves nodes to new positions in one step: a drag of the selection (one command on release, not one per mouse
 * event), a nudge with the arrow keys, or an auto-arrange.
 */
public final class MoveNodesCommand implements Command {

    private final String name;
    private final Map<String, CanvasPoint> before;
    private final Map<String, CanvasPoint> after;

    /**
     * @param before where each node is now, by id
     * @param after  where each node goes, by id; same keys as {@code before}
     */
    public MoveNodesCommand(String name, Map<String, CanvasPoint> before, Map<String, CanvasPoint> after) {
        if (!before.keySet().equals(after.keySet())) {
            throw new IllegalArgumentException("before and after must name the same nodes");
        }
        this.name = name;
        this.before = Map.copyOf(before);
        this.after = Map.copyOf(after);
    }

    /** Moves the given nodes of a design to new positions; nodes that do not move are left out. */
    public static MoveNodesCommand to(String name, Design design, Map<String, CanvasPoint> targets) {
        Map<String, CanvasPoint> from = new LinkedHashMap<>();
        Map<String, CanvasPoint> to = new LinkedHashMap<>();
        targets.forEach((id, target) -> {
            Node node = design.node(id).orElseThrow(() -> new IllegalArgumentException("no node with id " + id));
            if (node.x() != target.x() || node.y() != target.y()) {
                from.put(id, new CanvasPoint(node.x(), node.y()));
                to.put(id, target);
            }
        });
        return new MoveNodesCommand(name, from, to);
    }

    /** Moves nodes by the same offset: "Move 3 nodes". */
    public static MoveNodesCommand by(Design design, Iterable<String> ids, double dx, double dy) {
        Map<String, CanvasPoint> targets = new LinkedHashMap<>();
        int count = 0;
        for (String id : ids) {
            Node n = design.node(id).orElseThrow(() -> new IllegalArgumentException("no node with id " + id));
            targets.put(id, new CanvasPoint(n.x() + dx, n.y() + dy));
            count++;
        }
        return to(count == 1 ? "Move node" : "Move " + count + " nodes", design, targets);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Design design) {
        apply(design, after);
    }

    @Override
    public void undo(Design design) {
        apply(design, before);
    }

    private static void apply(Design design, Map<String, CanvasPoint> positions) {
        positions.forEach((id, p) -> design.updateNode(design.node(id).orElseThrow().withPosition(p.x(), p.y())));
    }

    @Override
    public boolean isEmpty() {
        return after.isEmpty();
    }
}
