package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes nodes (with every edge touching them), edges, zones and text notes in one step. Deleting a zone takes
 * the boundary away, not what it holds. Undo puts back the same elements with the same ids.
 */
public final class DeleteCommand implements Command {

    private final Set<String> nodeIds;
    private final Set<String> edgeIds;
    private final Set<String> zoneIds;
    private final Set<String> textIds;
    private final List<Node> removedNodes = new ArrayList<>();
    private final List<Edge> removedEdges = new ArrayList<>();
    private final List<Zone> removedZones = new ArrayList<>();
    private final List<TextNote> removedTexts = new ArrayList<>();

    public DeleteCommand(Collection<String> nodeIds, Collection<String> edgeIds) {
        this(nodeIds, edgeIds, Set.of(), Set.of());
    }

    public DeleteCommand(Collection<String> nodeIds, Collection<String> edgeIds, Collection<String> zoneIds,
                         Collection<String> textIds) {
        this.nodeIds = new LinkedHashSet<>(nodeIds);
        this.edgeIds = new LinkedHashSet<>(edgeIds);
        this.zoneIds = new LinkedHashSet<>(zoneIds);
        this.textIds = new LinkedHashSet<>(textIds);
    }

    @Override
    public String name() {
        if (!nodeIds.isEmpty()) {
            return count(nodeIds.size(), "node", "nodes");
        }
        if (!edgeIds.isEmpty()) {
            return count(edgeIds.size(), "edge", "edges");
        }
        if (!zoneIds.isEmpty()) {
            return count(zoneIds.size(), "zone", "zones");
        }
        return count(textIds.size(), "text note", "text notes");
    }

    private static String count(int n, String one, String many) {
        return n == 1 ? "Delete " + one : "Delete " + n + " " + many;
    }

    @Override
    public void execute(Design design) {
        removedNodes.clear();
        removedEdges.clear();
        removedZones.clear();
        removedTexts.clear();
        for (String id : textIds) {
            if (design.hasText(id)) {
                removedTexts.add(design.removeText(id));
            }
        }
        for (String id : zoneIds) {
            if (design.hasZone(id)) {
                removedZones.add(design.removeZone(id));
            }
        }
        for (String id : edgeIds) {
            if (design.hasEdge(id)) {
                removedEdges.add(design.removeEdge(id));
            }
        }
        for (String id : nodeIds) {
            Design.Removal removal = design.removeNode(id);
            removedEdges.addAll(removal.edges());
            removedNodes.add(removal.node());
        }
    }

    @Override
    public void undo(Design design) {
        removedNodes.forEach(design::addNode);
        removedEdges.forEach(design::addEdge);
        removedZones.forEach(design::addZone);
        removedTexts.forEach(design::addText);
    }

    @Override
    public boolean isEmpty() {
        return nodeIds.isEmpty() && edgeIds.isEmpty() && zoneIds.isEmpty() && textIds.isEmpty();
    }
}
