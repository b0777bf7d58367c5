package dev.designround.ui.edit;

import dev.designround.model.Design;
import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which nodes, edges, zones and text notes of one design are selected, in the order they were selected. Follows the
 * design: one that is removed leaves the selection. Listeners are told the selection before and after each change.
 * Plain Java, no JavaFX.
 */
public final class Selection implements DesignListener {

    /** Selected node, edge, zone and text note ids at one moment. */
    public record State(Set<String> nodes, Set<String> edges, Set<String> zones, Set<String> texts) {
        public static final State EMPTY = new State(Set.of(), Set.of());

        public State {
            nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
            edges = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(edges));
            zones = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(zones));
            texts = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(texts));
        }

        /** Nodes and edges, no zone or text note. */
        public State(Set<String> nodes, Set<String> edges) {
            this(nodes, edges, Set.of(), Set.of());
        }

        public boolean isEmpty() {
            return nodes.isEmpty() && edges.isEmpty() && zones.isEmpty() && texts.isEmpty();
        }

        State withNodes(Set<String> n) {
            return new State(n, edges, zones, texts);
        }

        State withEdges(Set<String> e) {
            return new State(nodes, e, zones, texts);
        }

        State withZones(Set<String> z) {
            return new State(nodes, edges, z, texts);
        }

        State withTexts(Set<String> t) {
            return new State(nodes, edges, zones, t);
        }
    }

    /** Told after each change of the selection. */
    @FunctionalInterface
    public interface Listener {
        void selectionChanged(State before, State after);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private State state = State.EMPTY;

    public State state() {
        return state;
    }

    public Set<String> nodes() {
        return state.nodes();
    }

    public Set<String> edges() {
        return state.edges();
    }

    public Set<String> zones() {
        return state.zones();
    }

    public Set<String> texts() {
        return state.texts();
    }

    public boolean isEmpty() {
        return state.isEmpty();
    }

    public boolean containsNode(String id) {
        return state.nodes().contains(id);
    }

    public boolean containsEdge(String id) {
        return state.edges().contains(id);
    }

    public boolean containsZone(String id) {
        return state.zones().contains(id);
    }

    public boolean containsText(String id) {
        return state.texts().contains(id);
    }

    /** Replaces the selection with nodes and edges. */
    public void set(Collection<String> nodes, Collection<String> edges) {
        set(nodes, edges, Set.of(), Set.of());
    }

    /** Replaces the selection. */
    public void set(Collection<String> nodes, Collection<String> edges, Collection<String> zones,
                    Collection<String> texts) {
        change(new State(new LinkedHashSet<>(nodes), new LinkedHashSet<>(edges), new LinkedHashSet<>(zones),
                new LinkedHashSet<>(texts)));
    }

    public void selectZone(String id) {
        set(List.of(), List.of(), List.of(id), List.of());
    }

    public void selectText(String id) {
        set(List.of(), List.of(), List.of(), List.of(id));
    }

    public void selectNode(String id) {
        set(List.of(id), List.of());
    }

    public void selectEdge(String id) {
        set(List.of(), List.of(id));
    }

    /** Adds nodes and edges to the selection. */
    public void add(Collection<String> nodes, Collection<String> edges) {
        add(nodes, edges, Set.of(), Set.of());
    }

    /** Adds to the selection. */
    public void add(Collection<String> nodes, Collection<String> edges, Collection<String> zones,
                    Collection<String> texts) {
        change(new State(union(state.nodes(), nodes), union(state.edges(), edges), union(state.zones(), zones),
                union(state.texts(), texts)));
    }

    private static Set<String> union(Set<String> a, Collection<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** Selects the node if it was not selected, else unselects it. */
    public void toggleNode(String id) {
        change(state.withNodes(toggled(state.nodes(), id)));
    }

    /** Selects the edge if it was not selected, else unselects it. */
    public void toggleEdge(String id) {
        change(state.withEdges(toggled(state.edges(), id)));
    }

    public void toggleZone(String id) {
        change(state.withZones(toggled(state.zones(), id)));
    }

    public void toggleText(String id) {
        change(state.withTexts(toggled(state.texts(), id)));
    }

    private static Set<String> toggled(Set<String> ids, String id) {
        Set<String> out = new LinkedHashSet<>(ids);
        if (!out.remove(id)) {
            out.add(id);
        }
        return out;
    }

    public void clear() {
        change(State.EMPTY);
    }

    @Override
    public void designChanged(DesignChange change) {
        if (change instanceof DesignChange.NodeRemoved removed && containsNode(removed.node().id())) {
            change(state.withNodes(without(state.nodes(), removed.node().id())));
        } else if (change instanceof DesignChange.EdgeRemoved removed && containsEdge(removed.edge().id())) {
            change(state.withEdges(without(state.edges(), removed.edge().id())));
        } else if (change instanceof DesignChange.ZoneRemoved removed && containsZone(removed.zone().id())) {
            change(state.withZones(without(state.zones(), removed.zone().id())));
        } else if (change instanceof DesignChange.TextRemoved removed && containsText(removed.text().id())) {
            change(state.withTexts(without(state.texts(), removed.text().id())));
        }
    }

    private static Set<String> without(Set<String> ids, String id) {
        Set<String> out = new LinkedHashSet<>(ids);
        out.remove(id);
        return out;
    }

    /** Keeps only ids that exist in the design. */
    public void retainExisting(Design design) {
        Set<String> n = new LinkedHashSet<>(state.nodes());
        n.removeIf(id -> !design.hasNode(id));
        Set<String> e = new LinkedHashSet<>(state.edges());
        e.removeIf(id -> !design.hasEdge(id));
        Set<String> z = new LinkedHashSet<>(state.zones());
        z.removeIf(id -> !design.hasZone(id));
        Set<String> t = new LinkedHashSet<>(state.texts());
        t.removeIf(id -> !design.hasText(id));
        change(new State(n, e, z, t));
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void change(State next) {
        if (next.equals(state)) {
            return;
        }
        State before = state;
        state = next;
        listeners.forEach(l -> l.selectionChanged(before, next));
    }
}
