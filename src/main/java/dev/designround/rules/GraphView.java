package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A design compiled for grading, read the way a fair interviewer reads a whiteboard (docs/grading.md, "How a
 * drawing is read"). Nodes are numbered 0..n-1 in id order; adjacency per edge kind is kept in compact arrays;
 * capabilities (the type's, the node's own, and what its label says) and their traits are resolved once.
 *
 * <p>Flow edges are read with two additions a person at the whiteboard makes without thinking:
 * <ul>
 *   <li><b>Calls come back.</b> A flow edge from a node on the request path into a component from which no flow
 *       path leads to a user or an action is a call: its result comes back along the edge (orchestrator →
 *       retriever → vector DB reads as the vector DB feeding the retriever feeding the orchestrator). Observers and
 *       conduits are sinks, not calls.</li>
 *   <li><b>Stores are read either way.</b> An edge from a node on the request path into a store is also a read
 *       of that store by the node.</li>
 * </ul>
 * {@link #successors} and {@link #predecessors} of {@link EdgeKind#FLOW} include these implied edges; the
 * {@code explicit*} methods give the edges as drawn.
 *
 * <p>The view is what the conditions read. What reaches what over these edges (the request path, what a model's
 * answer reaches, searches repeated from node after node) is answered by its {@link Reachability}; who answers for
 * what (what a hub calls, which nodes apply a check, who speaks for a node to an observer) by its
 * {@link Responsibilities}; the view passes their answers on. Built once per grading and read-only afterwards,
 * except for caches; not thread-safe, one view per grading.
 */
public final class GraphView {

    private static final BitSet NONE = new BitSet();

    private final Design design;
    private final Catalog catalog;
    private final GraderMemory memory;
    private final Node[] nodes;
    private final List<Set<String>> capabilities;
    private final List<Set<String>> labelCapabilities;
    private final List<EnumSet<Trait>> traits;
    private final Map<String, Integer> index;
    private final Adjacency[] out = new Adjacency[EdgeKind.values().length];
    private final Adjacency[] in = new Adjacency[EdgeKind.values().length];
    private final Adjacency readOut;
    private final Adjacency readIn;
    private final List<int[]> impliedFlows;
    private Set<Long> implied;
    private final BitSet users = new BitSet();
    private final BitSet actions = new BitSet();
    private final BitSet hubs = new BitSet();
    private final Map<Selector, BitSet> matches = new HashMap<>();
    private final Map<Selector, BitSet> matchesBySelector = new IdentityHashMap<>();
    private int[] typeCodes;
    private int[][] capabilityCodes;
    private BitSet[] byType;
    private BitSet[] byCapability;
    private BitSet endSet;
    private String[] labelOf;
    private final Map<String, Object> derived = new HashMap<>();
    private final Reachability reachability;
    private final Responsibilities responsibilities;

    private GraphView(Design design, Catalog catalog, GraderMemory memory) {
        this.design = design;
        this.catalog = catalog;
        this.memory = memory;
        // Index in id order, not file order, so that a report never depends on the order nodes and edges were
        // drawn or saved in (same paths found, same lists in messages).
        // The order and the nodes each edge joins depend only on the ids: the grader keeps them from the last
        // grading while those are the same (moving, relabelling or retyping cards leaves them as they were).
        Node[] designNodes = design.nodes().toArray(new Node[0]);
        Edge[] designEdges = design.edges().toArray(new Edge[0]);
        GraderMemory.Layout layout = memory.layout(designNodes, designEdges);
        int n = designNodes.length;
        nodes = new Node[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = designNodes[layout.nodeOrder()[i]];
        }
        Edge[] edges = new Edge[designEdges.length];
        for (int k = 0; k < edges.length; k++) {
            edges[k] = designEdges[layout.edgeOrder()[k]];
        }
        index = layout.index();
        GraderMemory.Reading[] readings = memory.readings(designNodes);
        capabilities = new ArrayList<>(n);
        labelCapabilities = new ArrayList<>(n);
        traits = new ArrayList<>(n);
        typeCodes = new int[n];
        capabilityCodes = new int[n][];
        for (int i = 0; i < n; i++) {
            GraderMemory.Reading reading = readings[layout.nodeOrder()[i]];
            typeCodes[i] = reading.typeCode();
            capabilityCodes[i] = reading.capabilityCodes();
            capabilities.add(reading.capabilities());
            labelCapabilities.add(reading.fromLabel());
            EnumSet<Trait> t = reading.traits();
            traits.add(t);
            if (nodes[i].type().equals("user")) {
                users.set(i);
            } else if (t.contains(Trait.ACTS)) {
                actions.set(i);
            }
            if (t.contains(Trait.HUB) && !t.contains(Trait.GENERATES)) {
                hubs.set(i);
            }
        }
        for (EdgeKind kind : EdgeKind.values()) {
            out[kind.ordinal()] = new Adjacency(n);
            in[kind.ordinal()] = new Adjacency(n);
        }
        int[] edgeFrom = layout.from();
        int[] edgeTo = layout.to();
        for (int k = 0; k < edges.length; k++) {
            Edge e = edges[k];
            out[e.kind().ordinal()].count(edgeFrom[k]);
            in[e.kind().ordinal()].count(edgeTo[k]);
        }
        for (EdgeKind kind : EdgeKind.values()) {
            out[kind.ordinal()].allocate();
            in[kind.ordinal()].allocate();
        }
        for (int k = 0; k < edges.length; k++) {
            int kind = edges[k].kind().ordinal();
            out[kind].add(edgeFrom[k], edgeTo[k]);
            in[kind].add(edgeTo[k], edgeFrom[k]);
        }
        List<int[]> extra = impliedEdges();
        impliedFlows = extra;
        readOut = new Adjacency(n);
        readIn = new Adjacency(n);
        Adjacency flowOut = out[EdgeKind.FLOW.ordinal()];
        for (int v = 0; v < n; v++) {
            for (int w : flowOut.neighbours(v)) {
                readOut.count(v);
                readIn.count(w);
            }
        }
        for (int[] e : extra) {
            readOut.count(e[0]);
            readIn.count(e[1]);
        }
        readOut.allocate();
        readIn.allocate();
        for (int v = 0; v < n; v++) {
            for (int w : flowOut.neighbours(v)) {
                readOut.add(v, w);
                readIn.add(w, v);
            }
        }
        for (int[] e : extra) {
            readOut.add(e[0], e[1]);
            readIn.add(e[1], e[0]);
        }
        reachability = new Reachability(this);
        responsibilities = new Responsibilities(this, reachability);
    }

    public static GraphView of(Design design, Catalog catalog) {
        return new GraphView(design, catalog, new GraderMemory(catalog));
    }

    /** A view that reads the cards, and remembers pure results, through what a grader kept from earlier gradings. */
    static GraphView of(Design design, Catalog catalog, GraderMemory memory) {
        return new GraphView(design, catalog, memory);
    }

    /** The implied flow edges: calls that come back, stores read by the node that queries them. */
    private List<int[]> impliedEdges() {
        int n = nodes.length;
        Adjacency flowOut = out[EdgeKind.FLOW.ordinal()];
        Adjacency flowIn = in[EdgeKind.FLOW.ordinal()];
        BitSet reached = new BitSet(n);
        BitSet ends = (BitSet) users.clone();
        ends.or(actions);
        Reachability.spread(n, users, reached, flowOut::neighbours, ends);
        BitSet finishes = new BitSet(n);
        Reachability.spread(n, ends, finishes, flowIn::neighbours, ends);
        List<int[]> extra = new ArrayList<>();
        // Edges drawn twice imply one edge back: lastFrom[b] - 1 is the last a that b was implied to flow to.
        int[] lastFrom = new int[n];
        for (int a = reached.nextSetBit(0); a >= 0; a = reached.nextSetBit(a + 1)) {
            if (actions.get(a)) {
                continue;
            }
            for (int b : flowOut.neighbours(a)) {
                if (b == a || users.get(b) || actions.get(b) || hasDrawnFlow(b, a)) {
                    continue;
                }
                EnumSet<Trait> t = traits.get(b);
                boolean sink = t.contains(Trait.OBSERVER) || t.contains(Trait.CONDUIT);
                boolean call = !finishes.get(b) && !sink;
                if (call || t.contains(Trait.STORE)) {
                    if (lastFrom[b] != a + 1) {
                        lastFrom[b] = a + 1;
                        extra.add(new int[] {b, a});
                    }
                }
            }
        }
        return extra;
    }

    private boolean hasDrawnFlow(int from, int to) {
        for (int w : out[EdgeKind.FLOW.ordinal()].neighbours(from)) {
            if (w == to) {
                return true;
            }
        }
        return false;
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    public Design design() {
        return design;
    }

    /**
     * A value a condition derives from the design alone (the text the notes rules read), computed once per view
     * and shared by every rule that asks for the same key.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Function<GraphView, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            derived.put(key, value);
        }
        return (T) value;
    }

    /**
     * A value that is a pure function of its key, kept by the grader across gradings (see {@link GraderMemory}):
     * the key must hold everything the value depends on; {@code weight} is how much it holds on to.
     */
    <K, V> V remembered(K key, long weight, Function<K, V> compute) {
        return memory.remember(key, weight, compute);
    }

    /** What {@code read} finds in each piece of writing, together; see {@link GraderMemory#piecewise}. */
    Set<String> piecewise(Object reader, List<String> pieces, Function<String, Set<String>> read) {
        return memory.piecewise(reader, pieces, read);
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

    /** The node's index, or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** The node's label, or its type's name. */
    public String label(int i) {
        // Paths of a thousand nodes are named in full by several rules: each name is looked up once.
        if (labelOf == null) {
            labelOf = new String[nodes.length];
        }
        String label = labelOf[i];
        if (label == null) {
            label = catalog.displayName(nodes[i]);
            labelOf[i] = label;
        }
        return label;
    }

    /** All the node's capabilities: its type's, its own and its label's. */
    public Set<String> capabilitiesOf(int i) {
        return capabilities.get(i);
    }

    /** The capabilities the node has only because its label says so. */
    public Set<String> labelCapabilitiesOf(int i) {
        return labelCapabilities.get(i);
    }

    public boolean has(int i, Trait trait) {
        return traits.get(i).contains(trait);
    }

    /** The {@code user} nodes. Do not modify. */
    public BitSet users() {
        return users;
    }

    /** Nodes with side effects: a request path ends there. Do not modify. */
    public BitSet actions() {
        return actions;
    }

    /** Hubs (orchestrators, agent loops) that are not themselves models. Do not modify. */
    public BitSet hubs() {
        return hubs;
    }

    /** Users and actions: where a request path ends. */
    BitSet ends() {
        return (BitSet) endSet().clone();
    }

    /** Users and actions, shared. Do not modify. */
    BitSet endSet() {
        if (endSet == null) {
            endSet = (BitSet) users.clone();
            endSet.or(actions);
        }
        return endSet;
    }


    /** Nodes matching the selector (cached). Do not modify the returned set. */
    public BitSet match(Selector selector) {
        // Rules hold on to their selectors, so most look-ups find the very instance and skip hashing its sets.
        BitSet known = matchesBySelector.get(selector);
        if (known != null) {
            return known;
        }
        BitSet found = matches.computeIfAbsent(selector, s -> {
            // The same test as Selector.matches (the node's type is one of the types, or it has one of the
            // capabilities), answered from an index of nodes by type and by capability built once per view.
            indexTypesAndCapabilities();
            BitSet set = new BitSet(nodes.length);
            for (String t : s.types()) {
                set.or(indexed(byType, memory.typeCode(t)));
            }
            for (String c : s.capabilities()) {
                set.or(indexed(byCapability, memory.capabilityCode(c)));
            }
            return set;
        });
        matchesBySelector.put(selector, found);
        return found;
    }

    /** Nodes by the number of their type, and by the numbers of their capabilities (see {@link GraderMemory}). */
    private void indexTypesAndCapabilities() {
        if (byType != null) {
            return;
        }
        int types = 0;
        int capabilityCount = 0;
        for (int i = 0; i < nodes.length; i++) {
            types = Math.max(types, typeCodes[i] + 1);
            for (int c : capabilityCodes[i]) {
                capabilityCount = Math.max(capabilityCount, c + 1);
            }
        }
        byType = new BitSet[types];
        byCapability = new BitSet[capabilityCount];
        for (int i = 0; i < nodes.length; i++) {
            add(byType, typeCodes[i], i);
            for (int c : capabilityCodes[i]) {
                add(byCapability, c, i);
            }
        }
    }

    private void add(BitSet[] index, int code, int node) {
        if (index[code] == null) {
            index[code] = new BitSet(nodes.length);
        }
        index[code].set(node);
    }

    /** The nodes indexed under a code, or none (a code no node of this design has). Do not modify. */
    private static BitSet indexed(BitSet[] index, int code) {
        return code >= 0 && code < index.length && index[code] != null ? index[code] : NONE;
    }

    /** Targets of node {@code i}'s outgoing edges of one kind; for flow, including implied edges. */
    public int[] successors(int i, EdgeKind kind) {
        return kind == EdgeKind.FLOW ? readOut.neighbours(i) : out[kind.ordinal()].neighbours(i);
    }

    /** Sources of node {@code i}'s incoming edges of one kind; for flow, including implied edges. */
    public int[] predecessors(int i, EdgeKind kind) {
        return kind == EdgeKind.FLOW ? readIn.neighbours(i) : in[kind.ordinal()].neighbours(i);
    }

    /** Edges as drawn. */
    public int[] explicitSuccessors(int i, EdgeKind kind) {
        return out[kind.ordinal()].neighbours(i);
    }

    /** Edges as drawn. */
    public int[] explicitPredecessors(int i, EdgeKind kind) {
        return in[kind.ordinal()].neighbours(i);
    }

    /** Whether the flow edge {@code from → to} is read from the drawing rather than drawn. */
    public boolean isImplied(int from, int to) {
        if (implied == null) {
            implied = new HashSet<>();
            for (int[] e : impliedFlows) {
                implied.add(key(e[0], e[1]));
            }
        }
        return implied.contains(key(from, to));
    }

    /** Whether {@code from} has an edge of one of the kinds straight to {@code to} (flow: drawn or implied). */
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
            if (out[k.ordinal()].neighbours(i).length > 0 || in[k.ordinal()].neighbours(i).length > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nodes that are wired in: connected (by edges of any kind, in any direction) to a user node, so part of the
     * system that serves requests. Without a user node, every node that has an edge counts. Do not modify.
     */
    public BitSet wiredIn() {
        return reachability.wiredIn();
    }

    /**
     * Nodes a request reaches from a user over flow edges (drawn or implied), never going on from an end. Do not
     * modify.
     */
    public BitSet fromUsers() {
        return reachability.fromUsers();
    }

    /**
     * Nodes that carry requests: reached from a user and leading on to a user or an action (flow, drawn or
     * implied). A log wired in by a flow edge is reached but leads nowhere, so it is not on the request path. Do
     * not modify.
     */
    public BitSet requestPath() {
        return reachability.requestPath();
    }

    /** Nodes with a flow path (drawn or implied) to a user or an action, those included. Do not modify. */
    BitSet finishing() {
        return reachability.finishing();
    }

    /**
     * Nodes every request path from a user into which passes a guard: a retriever whose every query comes through
     * the permissions filter reads only what the filter allows.
     */
    BitSet scopedBy(BitSet guards) {
        return reachability.scopedBy(guards);
    }

    /**
     * The nodes with a flow path (drawn or implied) to node {@code v}, never going on back from an end other than
     * {@code v}: what {@link Traversal#reachBackwards} over flow edges marks from {@code v} alone (cached). Do not
     * modify.
     */
    BitSet backwardFrom(int v) {
        return reachability.backwardFrom(v);
    }

    /**
     * What a search from the starts over edges of the kinds (flow: drawn or implied) reaches, the starts included,
     * never going on from an end that is not a start: what {@link Traversal#reach} marks (directed, nothing
     * blocked). Once the closure for these edges is at hand, the union of what each start reaches on its own (a
     * start is gone on from either way); until then, that search.
     */
    BitSet reachableFrom(BitSet starts, Set<EdgeKind> kinds) {
        return reachability.reachableFrom(starts, kinds);
    }

    /**
     * The nodes with a path over edges of the kinds into one of the targets, the targets included, never going on
     * back from an end that is not a target: what {@link Traversal#reachBackwards} marks (nothing blocked); from
     * the closure when it is at hand, as {@link #reachableFrom}.
     */
    BitSet reaching(BitSet targets, Set<EdgeKind> kinds) {
        return reachability.reaching(targets, kinds);
    }

    /**
     * What a hub calls: the nodes on loops out of the hub and back, through nodes that are not users, actions,
     * models or other hubs (orchestrator → permissions → orchestrator, orchestrator → grounding check → confidence
     * scorer → orchestrator). A check the hub calls applies to what passes through the hub; a check that hangs
     * off the model's output and leads nowhere does not. Do not modify.
     */
    public BitSet calledBy(int hub) {
        return responsibilities.calledBy(hub);
    }

    /**
     * The nodes that apply a check of this kind: those matching it, and the hubs that call one (cached). Do not
     * modify.
     */
    public BitSet guardSet(Selector through) {
        return responsibilities.guardSet(through);
    }

    /** The hubs in a guard set that count only because they call a matching node. */
    BitSet hubsCalling(Selector through) {
        return responsibilities.hubsCalling(through);
    }

    /**
     * People a check or a chooser sends some requests to and others elsewhere (directly or through a queue): an
     * escalation branch. What reaches the user through them has been looked at by a person. A reviewer every
     * request passes is the normal path, not an escalation, and does not count as a check of the model's output.
     */
    BitSet escalationHumans() {
        return responsibilities.escalationHumans();
    }

    /**
     * What carries a model's answer: the nodes its output reaches over flow edges (drawn or implied) that lead on
     * to a user or an action, the model included; an action ends it. Do not modify.
     */
    BitSet answerPath(int model) {
        return responsibilities.answerPath(model);
    }

    /**
     * Who speaks for a node to an observer: for a model, whatever carries its output on to the user or an action,
     * the stage that hands it its context, the orchestrator driving the pipeline that calls it and the entry (a
     * gateway) that calls that orchestrator and gets the pipeline's result back, and the cards where its users
     * read the answer; for an action, the check that authorises it (the sign-off, the policy engine) and the
     * orchestrator driving it; for a user, the cards they use; for anything, the hubs that call it (flow edges
     * either way).
     */
    BitSet spokespersons(int i) {
        return responsibilities.spokespersons(i);
    }

    /** Labels of the nodes in a set, in id order. */
    public List<String> labels(BitSet set) {
        List<String> result = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            result.add(label(i));
        }
        return result;
    }

    /** Ids of the nodes in a set, in id order. */
    public List<String> ids(BitSet set) {
        List<String> result = new ArrayList<>(set.cardinality());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            result.add(id(i));
        }
        return result;
    }

    public List<String> ids(int[] path) {
        List<String> result = new ArrayList<>(path.length);
        for (int i : path) {
            result.add(id(i));
        }
        return result;
    }

    public List<String> labels(int[] path) {
        List<String> result = new ArrayList<>(path.length);
        for (int i : path) {
            result.add(label(i));
        }
        return result;
    }
}
