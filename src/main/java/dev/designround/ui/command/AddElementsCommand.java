package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.util.List;

/**
 * Adds nodes and edges in one step: a node from the palette, a connection, a paste or a duplicate. Edges may
 * join new nodes and nodes already in the design.
 */
public final class AddElementsCommand implements Command {

    private final String name;
    private final List<Node> nodes;
    private final List<Edge> edges;

    public AddElementsCommand(String name, List<Node> nodes, List<Edge> edges) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    /** Adds one node: "Add LLM". */
    public static AddElementsCommand node(Node node, String typeName) {
        return new AddElementsCommand("Add " + typeName, List.of(node), List.of());
    }

    /** Adds one edge between two nodes of the design. */
    public static AddElementsCommand connect(Edge edge) {
        return new AddElementsCommand("Connect", List.of(), List.of(edge));
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Design design) {
        nodes.forEach(design::addNode);
        edges.forEach(design::addEdge);
    }

    @Override
    public void undo(Design design) {
        for (int i = edges.size() - 1; i >= 0; i--) {
            design.removeEdge(edges.get(i).id());
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            design.removeNode(nodes.get(i).id());
        }
    }

    @Override
    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }
}
