package dev.designround.ui.edit;

import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.ui.command.AddElementsCommand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of a design on its way through the clipboard: some nodes and the edges between them, as the text of a
 * design file (so it can be pasted into another window, or into a text editor). Pasting gives every node and
 * edge a fresh id in the target design and shifts the nodes. Plain Java, no JavaFX.
 */
public final class Fragment {

    private final Design content;

    private Fragment(Design content) {
        this.content = content;
    }

    /** The selected nodes and every edge whose both ends are selected. */
    public static Fragment of(Design design, Collection<String> nodeIds) {
        Set<String> ids = new HashSet<>(nodeIds);
        Design piece = new Design();
        for (Node node : design.nodes()) {
            if (ids.contains(node.id())) {
                piece.addNode(node);
            }
        }
        for (Edge edge : design.edges()) {
            if (ids.contains(edge.from()) && ids.contains(edge.to())) {
                piece.addEdge(edge);
            }
        }
        return new Fragment(piece);
    }

    /** Reads clipboard text; empty when it is not a valid design file (any other text on the clipboard). */
    public static Optional<Fragment> parse(String text, DesignReader reader) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fragment(reader.parse(text.getBytes(StandardCharsets.UTF_8), "clipboard")));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return content.nodeCount() == 0;
    }

    public int nodeCount() {
        return content.nodeCount();
    }

    /** The design-file text for the clipboard. */
    public String toText(DesignWriter writer) {
        return writer.toJson(content);
    }

    /**
     * A command adding a copy of this fragment to {@code target}, moved by {@code dx, dy}, with fresh node ids
     * (the original id when free, else "id-2", "id-3", ...) and fresh edge ids.
     */
    public AddElementsCommand pasteInto(Design target, double dx, double dy, String name) {
        Set<String> takenNodes = new HashSet<>();
        Map<String, String> newIds = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Node node : content.nodes()) {
            String id = fresh(node.id(), target, takenNodes);
            takenNodes.add(id);
            newIds.put(node.id(), id);
            nodes.add(node.withId(id).withPosition(node.x() + dx, node.y() + dy));
        }
        Set<String> takenEdges = new HashSet<>();
        List<Edge> edges = new ArrayList<>();
        int next = target.edgeCount() + 1;
        for (Edge edge : content.edges()) {
            while (target.hasEdge("e" + next) || takenEdges.contains("e" + next)) {
                next++;
            }
            String id = "e" + next;
            takenEdges.add(id);
            edges.add(new Edge(id, newIds.get(edge.from()), newIds.get(edge.to()), edge.label(), edge.kind()));
        }
        return new AddElementsCommand(name, nodes, edges);
    }

    private static String fresh(String base, Design target, Set<String> taken) {
        if (!target.hasNode(base) && !taken.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("-\\d+$", "");
        int n = 2;
        while (target.hasNode(stem + "-" + n) || taken.contains(stem + "-" + n)) {
            n++;
        }
        return stem + "-" + n;
    }
}
