package dev.designround.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A system design: nodes and edges on a directed multigraph (JGraphT; several edges between the same two nodes
 * and self-loops are allowed), plus the design's {@link DesignInfo}.
 *
 * <p>The graph, whose vertices are node ids and whose edges are {@link Edge} values, is the single source of
 * truth for structure; nodes and edges are immutable values, replaced by id. Every change is told to the
 * listeners after it happened. Not thread-safe: the whiteboard changes a design on the UI thread and hands
 * {@link #copy() copies} to background work.
 *
 * <p>Beside the graph, a design holds what is drawn on the canvas for people rather than for grading:
 * {@linkplain Zone zones} (boundaries around cards) and {@linkplain TextNote text notes}, each by id in the order
 * added. Neither touches the graph; which zone holds what follows from where things are ({@link ZoneMap}).
 *
 * <p>Equality is by content (info, nodes, edges, zones and text notes by id), not by insertion order or
 * listeners.
 */
public final class Design {

    private final Graph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
    private final Graph<String, Edge> readOnlyGraph = new AsUnmodifiableGraph<>(graph);
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();
    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Map<String, TextNote> texts = new LinkedHashMap<>();
    private final List<DesignListener> listeners = new CopyOnWriteArrayList<>();
    private DesignInfo info = DesignInfo.EMPTY;

    public Design() {
    }

    public Design(DesignInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    /** A deep copy without listeners. */
    public Design copy() {
        Design copy = new Design(info);
        nodes.values().forEach(copy::addNodeSilently);
        edges.values().forEach(copy::addEdgeSilently);
        copy.zones.putAll(zones);
        copy.texts.putAll(texts);
        return copy;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    public DesignInfo info() {
        return info;
    }

    /** The structure: vertices are node ids, edges are {@link Edge} values. Read-only. */
    public Graph<String, Edge> graph() {
        return readOnlyGraph;
    }

    /** Nodes in the order they were added. Read-only view. */
    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    /** Edges in the order they were added. Read-only view. */
    public Collection<Edge> edges() {
        return Collections.unmodifiableCollection(edges.values());
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<Edge> edge(String id) {
        return Optional.ofNullable(edges.get(id));
    }

    public boolean hasNode(String id) {
        return nodes.containsKey(id);
    }

    public boolean hasEdge(String id) {
        return edges.containsKey(id);
    }

    public int nodeCount() {
        return nodes.size();
    }

    public int edgeCount() {
        return edges.size();
    }

    /** Edges touching a node, in or out, in insertion order of the graph. */
    public List<Edge> edgesOf(String nodeId) {
        requireNode(nodeId);
        return List.copyOf(graph.edgesOf(nodeId));
    }

    public List<Edge> outgoing(String nodeId) {
        requireNode(nodeId);
        return List.copyOf(graph.outgoingEdgesOf(nodeId));
    }

    public List<Edge> incoming(String nodeId) {
        requireNode(nodeId);
        return List.copyOf(graph.incomingEdgesOf(nodeId));
    }

    // ---- changing --------------------------------------------------------------------------------------------

    public void setInfo(DesignInfo newInfo) {
        Objects.requireNonNull(newInfo, "info");
        if (newInfo.equals(info)) {
            return;
        }
        DesignInfo before = info;
        info = newInfo;
        fire(new DesignChange.InfoChanged(before, newInfo));
    }

    /** @throws IllegalArgumentException if a node with this id exists */
    public void addNode(Node node) {
        addNodeSilently(node);
        fire(new DesignChange.NodeAdded(node));
    }

    private void addNodeSilently(Node node) {
        Objects.requireNonNull(node, "node");
        if (nodes.containsKey(node.id())) {
            throw new IllegalArgumentException("duplicate node id: " + node.id());
        }
        nodes.put(node.id(), node);
        graph.addVertex(node.id());
    }

    /**
     * Replaces the node with the same id (label, type, position, props, capabilities may all change).
     *
     * @throws IllegalArgumentException if there is no node with this id
     */
    public void updateNode(Node node) {
        Node before = requireNode(node.id());
        if (before.equals(node)) {
            return;
        }
        nodes.put(node.id(), node);
        fire(new DesignChange.NodeUpdated(before, node));
    }

    /**
     * Removes a node and every edge touching it (each edge removal is told first).
     *
     * @return the removed node and its edges, so that an undo can put them back
     * @throws IllegalArgumentException if there is no node with this id
     */
    public Removal removeNode(String id) {
        Node node = requireNode(id);
        List<Edge> touching = new ArrayList<>(graph.edgesOf(id));
        for (Edge e : touching) {
            removeEdge(e.id());
        }
        graph.removeVertex(id);
        nodes.remove(id);
        fire(new DesignChange.NodeRemoved(node));
        return new Removal(node, touching);
    }

    /** What {@link #removeNode(String)} took away. */
    public record Removal(Node node, List<Edge> edges) {
        public Removal {
            edges = List.copyOf(edges);
        }
    }

    /** @throws IllegalArgumentException if the id is taken or an end is not a node of this design */
    public void addEdge(Edge edge) {
        addEdgeSilently(edge);
        fire(new DesignChange.EdgeAdded(edge));
    }

    private void addEdgeSilently(Edge edge) {
        Objects.requireNonNull(edge, "edge");
        if (edges.containsKey(edge.id())) {
            throw new IllegalArgumentException("duplicate edge id: " + edge.id());
        }
        requireNode(edge.from());
        requireNode(edge.to());
        graph.addEdge(edge.from(), edge.to(), edge);
        edges.put(edge.id(), edge);
    }

    /**
     * Replaces the edge with the same id (label, kind and ends may change).
     *
     * @throws IllegalArgumentException if there is no such edge or a new end is not a node of this design
     */
    public void updateEdge(Edge edge) {
        Edge before = requireEdge(edge.id());
        if (before.equals(edge)) {
            return;
        }
        requireNode(edge.from());
        requireNode(edge.to());
        graph.removeEdge(before);
        graph.addEdge(edge.from(), edge.to(), edge);
        edges.put(edge.id(), edge);
        fire(new DesignChange.EdgeUpdated(before, edge));
    }

    /** @throws IllegalArgumentException if there is no edge with this id */
    public Edge removeEdge(String id) {
        Edge edge = requireEdge(id);
        graph.removeEdge(edge);
        edges.remove(id);
        fire(new DesignChange.EdgeRemoved(edge));
        return edge;
    }

    // ---- zones and text notes ----------------------------------------------------------------------------------

    /** Zones in the order they were added. Read-only view. */
    public Collection<Zone> zones() {
        return Collections.unmodifiableCollection(zones.values());
    }

    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(zones.get(id));
    }

    public boolean hasZone(String id) {
        return zones.containsKey(id);
    }

    /** @throws IllegalArgumentException if a zone with this id exists */
    public void addZone(Zone zone) {
        Objects.requireNonNull(zone, "zone");
        if (zones.containsKey(zone.id())) {
            throw new IllegalArgumentException("duplicate zone id: " + zone.id());
        }
        zones.put(zone.id(), zone);
        fire(new DesignChange.ZoneAdded(zone));
    }

    /**
     * Replaces the zone with the same id (label, place, size).
     *
     * @throws IllegalArgumentException if there is no zone with this id
     */
    public void updateZone(Zone zone) {
        Zone before = zones.get(zone.id());
        if (before == null) {
            throw new IllegalArgumentException("no zone with id " + zone.id());
        }
        if (!before.equals(zone)) {
            zones.put(zone.id(), zone);
            fire(new DesignChange.ZoneUpdated(before, zone));
        }
    }

    /**
     * Takes a zone away; the cards, notes and zones inside it stay where they are.
     *
     * @throws IllegalArgumentException if there is no zone with this id
     */
    public Zone removeZone(String id) {
        Zone zone = zones.remove(id);
        if (zone == null) {
            throw new IllegalArgumentException("no zone with id " + id);
        }
        fire(new DesignChange.ZoneRemoved(zone));
        return zone;
    }

    /** Text notes in the order they were added. Read-only view. */
    public Collection<TextNote> texts() {
        return Collections.unmodifiableCollection(texts.values());
    }

    public Optional<TextNote> text(String id) {
        return Optional.ofNullable(texts.get(id));
    }

    public boolean hasText(String id) {
        return texts.containsKey(id);
    }

    /** @throws IllegalArgumentException if a text note with this id exists */
    public void addText(TextNote text) {
        Objects.requireNonNull(text, "text");
        if (texts.containsKey(text.id())) {
            throw new IllegalArgumentException("duplicate text note id: " + text.id());
        }
        texts.put(text.id(), text);
        fire(new DesignChange.TextAdded(text));
    }

    /** @throws IllegalArgumentException if there is no text note with this id */
    public void updateText(TextNote text) {
        TextNote before = texts.get(text.id());
        if (before == null) {
            throw new IllegalArgumentException("no text note with id " + text.id());
        }
        if (!before.equals(text)) {
            texts.put(text.id(), text);
            fire(new DesignChange.TextUpdated(before, text));
        }
    }

    /** @throws IllegalArgumentException if there is no text note with this id */
    public TextNote removeText(String id) {
        TextNote text = texts.remove(id);
        if (text == null) {
            throw new IllegalArgumentException("no text note with id " + id);
        }
        fire(new DesignChange.TextRemoved(text));
        return text;
    }

    // ---- ids -------------------------------------------------------------------------------------------------

    /** A node id not used yet, built from {@code base} ("llm", "llm-2", "llm-3", ...). */
    public String freshNodeId(String base) {
        return fresh(base, nodes.keySet());
    }

    /** An edge id not used yet ("e1", "e2", ...). */
    public String freshEdgeId() {
        return numbered("e", edges.keySet());
    }

    /** A zone id not used yet ("z1", "z2", ...). */
    public String freshZoneId() {
        return numbered("z", zones.keySet());
    }

    /** A text note id not used yet ("t1", "t2", ...). */
    public String freshTextId() {
        return numbered("t", texts.keySet());
    }

    private static String numbered(String prefix, java.util.Set<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static String fresh(String base, java.util.Set<String> taken) {
        String clean = base == null || base.isBlank() ? "node" : base;
        if (!taken.contains(clean)) {
            return clean;
        }
        int n = 2;
        while (taken.contains(clean + "-" + n)) {
            n++;
        }
        return clean + "-" + n;
    }

    // ---- listeners -------------------------------------------------------------------------------------------

    public void addListener(DesignListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(DesignListener listener) {
        listeners.remove(listener);
    }

    private void fire(DesignChange change) {
        for (DesignListener l : listeners) {
            l.designChanged(change);
        }
    }

    private Node requireNode(String id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("no node with id " + id);
        }
        return node;
    }

    private Edge requireEdge(String id) {
        Edge edge = edges.get(id);
        if (edge == null) {
            throw new IllegalArgumentException("no edge with id " + id);
        }
        return edge;
    }

    // ---- equality --------------------------------------------------------------------------------------------

    @Override
    public boolean equals(Object o) {
        return o instanceof Design other && info.equals(other.info) && nodes.equals(other.nodes)
                && edges.equals(other.edges) && zones.equals(other.zones) && texts.equals(other.texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, nodes, edges, zones, texts);
    }

    @Override
    public String toString() {
        return "Design[" + (info.title().isBlank() ? "untitled" : info.title()) + ", " + nodes.size() + " nodes, "
                + edges.size() + " edges]";
    }
}
