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
 * Which nodes and edges of one design are selected, in the order they were selected. Follows the design: a node or
 * edge that is removed leaves the selection. Listeners are told the selection before and after each change.
 * Plain Java, no JavaFX.
 */
public final class Selection implements DesignListener {

    /** Selected node and edge ids at one moment. */
    public record State(Set<String> nodes, Set<String> edges) {
        public static final State EMPTY = new State(Set.of(), Set.of());

        public State {
            nodes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(nodes));
            edges = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(edges));
        }

        public boolean isEmpty() {
            return nodes.isEmpty() && edges.isEmpty();
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

    public boolean isEmpty() {
        return state.isEmpty();
    }

    public boolean containsNode(String id) {
        return state.nodes().contains(id);
    }

    public boolean containsEdge(String id) {
        return state.edges().contains(id);
    }

    /** Replaces the selection. */
    public void set(Collection<String> nodes, Collection<String> edges) {
        change(new State(new LinkedHashSet<>(nodes), new LinkedHashSet<>(edges)));
    }

    public void selectNode(String id) {
        set(List.of(id), List.of());
    }

    public void selectEdge(String id) {
        set(List.of(), List.of(id));
    }

    /** Adds to the selection. */
    public void add(Collection<String> nodes, Collection<String> edges) {
        Set<String> n = new LinkedHashSet<>(state.nodes());
        n.addAll(nodes);
        Set<String> e = new LinkedHashSet<>(state.edges());
        e.addAll(edges);
        change(new State(n, e));
    }

    /** Selects the node if it was not selected, else unselects it. */
    public void toggleNode(String id) {
        Set<String> n = new LinkedHashSet<>(state.nodes());
        if (!n.remove(id)) {
            n.add(id);
        }
        change(new State(n, state.edges()));
    }

    /** Selects the edge if it was not selected, else unselects it. */
    public void toggleEdge(String id) {
        Set<String> e = new LinkedHashSet<>(state.edges());
        if (!e.remove(id)) {
            e.add(id);
        }
        change(new State(state.nodes(), e));
    }

    public void clear() {
        change(State.EMPTY);
    }

    @Override
    public void designChanged(DesignChange change) {
        if (change instanceof DesignChange.NodeRemoved removed && containsNode(removed.node().id())) {
            Set<String> n = new LinkedHashSet<>(state.nodes());
            n.remove(removed.node().id());
            change(new State(n, state.edges()));
        } else if (change instanceof DesignChange.EdgeRemoved removed && containsEdge(removed.edge().id())) {
            Set<String> e = new LinkedHashSet<>(state.edges());
            e.remove(removed.edge().id());
            change(new State(state.nodes(), e));
        }
    }

    /** Keeps only ids that exist in the design. */
    public void retainExisting(Design design) {
        Set<String> n = new LinkedHashSet<>(state.nodes());
        n.removeIf(id -> !design.hasNode(id));
        Set<String> e = new LinkedHashSet<>(state.edges());
        e.removeIf(id -> !design.hasEdge(id));
        change(new State(n, e));
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
