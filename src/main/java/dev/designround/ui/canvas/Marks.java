package dev.designround.ui.canvas;

import dev.designround.ui.edit.Selection;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How each node and edge is marked, kept by id whether or not its card or arrow is on screen: selected (from the
 * editor's {@link Selection}), highlighted (a finding, or the strong answer's "lacking" marks) and the card a
 * connection would end on. A card or arrow made later (scrolled into view) takes its marks from here; the
 * zoomed-out drawing reads them too. Plain Java.
 */
final class Marks {

    private Selection selection;
    private Set<String> highlightedNodes = Set.of();
    private Set<String> highlightedEdges = Set.of();
    private Optional<String> connectTarget = Optional.empty();

    void follow(Selection next) {
        selection = next;
    }

    boolean isSelectedNode(String id) {
        return selection != null && selection.containsNode(id);
    }

    boolean isSelectedEdge(String id) {
        return selection != null && selection.containsEdge(id);
    }

    /** Highlighted by a finding or mark, or the card a connection being drawn would end on. */
    boolean isHighlightedNode(String id) {
        return highlightedNodes.contains(id) || connectTarget.filter(id::equals).isPresent();
    }

    boolean isHighlightedEdge(String id) {
        return highlightedEdges.contains(id);
    }

    Set<String> highlightedNodes() {
        return highlightedNodes;
    }

    Set<String> highlightedEdges() {
        return highlightedEdges;
    }

    /** Replaces the highlighted nodes and edges; returns the ids whose mark changed (nodes, then edges). */
    Changed highlight(Collection<String> nodes, Collection<String> edges) {
        Set<String> nodesBefore = highlightedNodes;
        Set<String> edgesBefore = highlightedEdges;
        highlightedNodes = Set.copyOf(nodes);
        highlightedEdges = Set.copyOf(edges);
        return new Changed(symmetricDifference(nodesBefore, highlightedNodes),
                symmetricDifference(edgesBefore, highlightedEdges));
    }

    /** Sets the card a connection would end on; returns the ids whose mark may have changed. */
    Set<String> connectTo(Optional<String> target) {
        Set<String> touched = new LinkedHashSet<>();
        connectTarget.ifPresent(touched::add);
        target.ifPresent(touched::add);
        connectTarget = target;
        return touched;
    }

    /** Node and edge ids whose marks changed. */
    record Changed(Set<String> nodes, Set<String> edges) {
    }

    /** The ids in one set but not the other (whose mark changed), those of {@code a} first. */
    static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        a.stream().filter(x -> !b.contains(x)).forEach(out::add);
        b.stream().filter(x -> !a.contains(x)).forEach(out::add);
        return out;
    }
}
