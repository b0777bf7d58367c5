package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes nodes (with every edge touching them) and edges in one step. Undo puts back the same nodes and edges
 * with the same ids.
 */
public final class DeleteCommand implements Command {

    private final Set<String> nodeIds;
    private final Set<String> edgeIds;
    private final List<Node> removedNodes = new ArrayList<>();
    private final List<Edge> removedEdges = new ArrayList<>();

    public DeleteCommand(Collection<String> nodeIds, Collection<String> edgeIds) {
        this.nodeIds = new LinkedHashSet<>(nodeIds);
        this.edgeIds = new LinkedHashSet<>(edgeIds);
    }

    @Override
    public String name() {
        int n = nodeIds.size();
        int e = edgeIds.size();
        if (n == 0) {
            return e == 1 ? "Delete edge" : "Delete " + e + " edges";
        }
        return n == 1 ? "Delete node" : "Delete " + n + " nodes";
    }

    @Override
    public void execute(Design design) {
        removedNodes.clear();
        removedEdges.clear();
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
    }

    @Override
    public boolean isEmpty() {
        return nodeIds.isEmpty() && edgeIds.isEmpty();
    }
}
