package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A design compiled for grading: nodes numbered 0..n-1, adjacency per edge kind in compact arrays, capabilities
 * resolved once, selector matches cached. Built once per grading and read-only afterwards, so every rule is a few
 * linear passes over arrays. Not thread-safe (the selector cache); one view per grading.
 */
public final class GraphView {

    private final Design design;
    private final Catalog catalog;
    private final Node[] nodes;
    private final List<Set<String>> capabilities;
    private final Map<String, Integer> index = new HashMap<>();
    private final Adjacency[] out = new Adjacency[EdgeKind.values().length];
    private final Adjacency[] in = new Adjacency[EdgeKind.values().length];
    private final BitSet users = new BitSet();
    private final Map<Selector, BitSet> matches = new HashMap<>();
    private BitSet wiredIn;

    private GraphView(Design design, Catalog catalog) {
        this.design = design;
        this.catalog = catalog;
        // Index in id order, not file order, so that a report never depends on the order nodes and edges were
        // drawn or saved in (same paths found, same lists in messages).
        nodes = design.nodes().toArray(new Node[0]);
        Arrays.sort(nodes, Comparator.comparing(Node::id));
        Edge[] edges = design.edges().toArray(new Edge[0]);
        Arrays.sort(edges, Comparator.comparing(Edge::id));
        capabilities = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            index.put(nodes[i].id(), i);
            capabilities.add(catalog.capabilitiesOf(nodes[i]));
            if (nodes[i].type().equals("user")) {
                users.set(i);
            }
        }
        for (EdgeKind kind : EdgeKind.values()) {
            out[kind.ordinal()] = new Adjacency(nodes.length);
            in[kind.ordinal()] = new Adjacency(nodes.length);
        }
        for (Edge e : edges) {
            int from = index.get(e.from());
            int to = index.get(e.to());
            out[e.kind().ordinal()].count(from);
            in[e.kind().ordinal()].count(to);
        }
        for (EdgeKind kind : EdgeKind.values()) {
            out[kind.ordinal()].allocate();
            in[kind.ordinal()].allocate();
        }
        for (Edge e : edges) {
            int from = index.get(e.from());
            int to = index.get(e.to());
            out[e.kind().ordinal()].add(from, to);
            in[e.kind().ordinal()].add(to, from);
        }
    }

    public static GraphView of(Design design, Catalog catalog) {
        return new GraphView(design, catalog);
    }

    public Design design() {
        return design;
    }

    public Catalog catalog() {
        return catalog;
    }

    public int size() {
        return nodes.length;
    }

    public Node node(int i) {
        return nodes[i];
    }

    public String id(int i) {
        return nodes[i].id();
    }

    /** The node's label, or its type's name. */
    public String label(int i) {
        return catalog.displayName(nodes[i]);
    }

    public Set<String> capabilitiesOf(int i) {
        return capabilities.get(i);
    }

    /** The {@code user} nodes. Do not modify. */
    public BitSet users() {
        return users;
    }

    /** Nodes matching the selector (cached). Do not modify the returned set. */
    public BitSet match(Selector selector) {
        return matches.computeIfAbsent(selector, s -> {
            BitSet set = new BitSet(nodes.length);
            for (int i = 0; i < nodes.length; i++) {
                if (s.matches(nodes[i], capabilities.get(i))) {
                    set.set(i);
                }
            }
            return set;
        });
    }

    /** Targets of node {@code i}'s outgoing edges of one kind. */
    public int[] successors(int i, EdgeKind kind) {
        return out[kind.ordinal()].neighbours(i);
    }

    /** Sources of node {@code i}'s incoming edges of one kind. */
    public int[] predecessors(int i, EdgeKind kind) {
        return in[kind.ordinal()].neighbours(i);
    }

    /** Whether {@code from} has an edge of one of the kinds straight to {@code to}. */
    public boolean hasEdge(int from, int to, Set<EdgeKind> kinds) {
        for (EdgeKind k : kinds) {
            for (int t : successors(from, k)) {
                if (t == to) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a node has any edge at all. */
    public boolean hasAnyEdge(int i) {
        for (EdgeKind k : EdgeKind.values()) {
            if (successors(i, k).length > 0 || predecessors(i, k).length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nodes that are wired in: connected (by edges of any kind, in any direction) to a user node, so part of the
     * system that serves requests. Without a user node, every node that has an edge counts.
     */
    public BitSet wiredIn() {
        if (wiredIn == null) {
            BitSet seen = new BitSet(nodes.length);
            if (users.isEmpty()) {
                for (int i = 0; i < nodes.length; i++) {
                    if (hasAnyEdge(i)) {
                        seen.set(i);
                    }
                }
            } else {
                Traversal.reach(this, users, EnumSet.allOf(EdgeKind.class), true, new BitSet(), seen, null);
                for (int u = users.nextSetBit(0); u >= 0; u = users.nextSetBit(u + 1)) {
                    if (!hasAnyEdge(u)) {
                        seen.clear(u);
                    }
                }
            }
            wiredIn = seen;
        }
        return wiredIn;
    }

    /** Labels of the nodes in a set, in id order. */
    public List<String> labels(BitSet set) {
        List<String> out = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            out.add(label(i));
        }
        return out;
    }

    /** Ids of the nodes in a set, in id order. */
    public List<String> ids(BitSet set) {
        List<String> out = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            out.add(id(i));
        }
        return out;
    }

    public List<String> ids(int[] path) {
        List<String> out = new ArrayList<>(path.length);
        for (int i : path) {
            out.add(id(i));
        }
        return out;
    }

    public List<String> labels(int[] path) {
        List<String> out = new ArrayList<>(path.length);
        for (int i : path) {
            out.add(label(i));
        }
        return out;
    }

    /** Compressed adjacency lists: neighbours of node i are {@code targets[start[i] .. start[i+1])}. */
    private static final class Adjacency {
        private static final int[] NONE = new int[0];
        private final int[] start;
        private int[] targets;
        private int[] fill;
        private int[][] cache;

        Adjacency(int n) {
            start = new int[n + 1];
        }

        void count(int from) {
            start[from + 1]++;
        }

        void allocate() {
            for (int i = 1; i < start.length; i++) {
                start[i] += start[i - 1];
            }
            targets = new int[start[start.length - 1]];
            fill = new int[start.length - 1];
            cache = new int[start.length - 1][];
        }

        void add(int from, int to) {
            targets[start[from] + fill[from]++] = to;
        }

        int[] neighbours(int i) {
            int[] c = cache[i];
            if (c == null) {
                int length = start[i + 1] - start[i];
                c = length == 0 ? NONE : java.util.Arrays.copyOfRange(targets, start[i], start[i + 1]);
                cache[i] = c;
            }
            return c;
        }
    }
}
