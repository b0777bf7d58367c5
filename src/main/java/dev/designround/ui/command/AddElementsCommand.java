package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.List;

/**
 * Adds nodes, edges, zones and text notes in one step: a node from the palette, a connection, a zone, a text
 * note, a paste or a duplicate. Edges may join new nodes and nodes already in the design.
 */
public final class AddElementsCommand implements Command {

    private final String name;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final List<Zone> zones;
    private final List<TextNote> texts;

    public AddElementsCommand(String name, List<Node> nodes, List<Edge> edges) {
        this(name, nodes, edges, List.of(), List.of());
    }

    public AddElementsCommand(String name, List<Node> nodes, List<Edge> edges, List<Zone> zones,
                              List<TextNote> texts) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.zones = List.copyOf(zones);
        this.texts = List.copyOf(texts);
    }

    /** Draws a zone: "Add zone". */
    public static AddElementsCommand zone(Zone zone) {
        return new AddElementsCommand("Add zone", List.of(), List.of(), List.of(zone), List.of());
    }

    /** Puts a text note on the canvas: "Add text". */
    public static AddElementsCommand text(TextNote text) {
        return new AddElementsCommand("Add text", List.of(), List.of(), List.of(), List.of(text));
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

    public List<Zone> zones() {
        return zones;
    }

    public List<TextNote> texts() {
        return texts;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Design design) {
        nodes.forEach(design::addNode);
        edges.forEach(design::addEdge);
        zones.forEach(design::addZone);
        texts.forEach(design::addText);
    }

    @Override
    public void undo(Design design) {
        for (int i = texts.size() - 1; i >= 0; i--) {
            design.removeText(texts.get(i).id());
        }
        for (int i = zones.size() - 1; i >= 0; i--) {
            design.removeZone(zones.get(i).id());
        }
        for (int i = edges.size() - 1; i >= 0; i--) {
            design.removeEdge(edges.get(i).id());
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            design.removeNode(nodes.get(i).id());
        }
    }

    @Override
    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty() && zones.isEmpty() && texts.isEmpty();
    }
}
