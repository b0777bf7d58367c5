package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * What reaches what in a {@link GraphView}, over flow edges as the drawing is read (drawn or implied) unless said
 * otherwise: where requests go from the users, what leads on to a user or an action, what a node's output reaches
 * and what reaches a node, and the loops a hub's calls make. A user or an action (an end) is reached but not gone
 * on from, unless a search starts there.
 *
 * <p>Every answer is exact. The rules ask the same kind of question from one node after another (one per model,
 * one per hub): the first few are breadth-first searches; past {@link #searchesBeforeClosure}, what every node
 * reaches is taken at once from a {@link Condensation} of the graph, which is cheaper on large designs. Answers are
 * cached for the view's life; returned sets are shared unless said otherwise. Not thread-safe, one per view.
 */
final class Reachability {

    private static final int[] NO_NODES = new int[0];
    private static final Set<EdgeKind> FLOW_ONLY = Set.of(EdgeKind.FLOW);

    private final GraphView view;
    private final int n;
    private final Map<Set<EdgeKind>, FlowReach> downstream = new HashMap<>();
    private final Map<Set<EdgeKind>, FlowReach> upstream = new HashMap<>();
    private BitSet wiredIn;
    private BitSet fromUsers;
    private BitSet finishing;
    private BitSet requestPath;
    private BitSet loopBarrier;
    private Condensation loopsForward;
    private Condensation loopsBackward;
    private Condensation drives;

    /** Reachability on the view's nodes and edges, which must be complete; nothing is searched yet. */
    Reachability(GraphView view) {
        this.view = view;
        this.n = view.size();
    }

    /**
     * Marks everything reachable from {@code starts} along {@code next}, never going on from a node in
     * {@code stops} unless it is a start.
     *
     * @param n the number of nodes
     */
    static void spread(int n, BitSet starts, BitSet seen, IntFunction<int[]> next, BitSet stops) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            if (!seen.get(s)) {
                seen.set(s);
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            if (stops.get(v) && !starts.get(v)) {
                continue;
            }
            for (int w : next.apply(v)) {
                if (!seen.get(w)) {
                    seen.set(w);
                    queue[tail++] = w;
                }
            }
        }
    }

    /** See {@link GraphView#wiredIn}. */
    BitSet wiredIn() {
        if (wiredIn == null) {
            BitSet users = view.users();
            BitSet seen = new BitSet(n);
            if (users.isEmpty()) {
                for (int i = 0; i < n; i++) {
                    if (view.hasAnyEdge(i)) {
                        seen.set(i);
                    }
                }
            } else {
                Traversal.reach(view, users, EnumSet.allOf(EdgeKind.class), true, new BitSet(), seen, null);
                for (int u = users.nextSetBit(0); u >= 0; u = users.nextSetBit(u + 1)) {
                    if (!view.hasAnyEdge(u)) {
                        seen.clear(u);
                    }
                }
            }
            wiredIn = seen;
        }
        return wiredIn;
    }

    /** See {@link GraphView#fromUsers}. */
    BitSet fromUsers() {
        if (fromUsers == null) {
            fromUsers = new BitSet(n);
            spread(n, view.users(), fromUsers, this::flowOut, view.ends());
        }
        return fromUsers;
    }

    /** See {@link GraphView#requestPath}. */
    BitSet requestPath() {
        if (requestPath == null) {
            BitSet path = (BitSet) fromUsers().clone();
            path.and(finishing());
            requestPath = path;
        }
        return requestPath;
    }

    /** Nodes with a flow path (drawn or implied) to a user or an action, those included. Do not modify. */
    BitSet finishing() {
        if (finishing == null) {
            finishing = new BitSet(n);
            BitSet ends = view.ends();
            spread(n, ends, finishing, this::flowIn, ends);
        }
        return finishing;
    }

    /**
     * Nodes every request path from a user into which passes one of the guards, the guards excluded (a new set):
     * reached from a user, but not by a search from the users that stops at the guards.
     */
    BitSet scopedBy(BitSet guards) {
        BitSet all = fromUsers();
        BitSet open = new BitSet(n);
        BitSet stops = view.ends();
        stops.or(guards);
        BitSet starts = (BitSet) view.users().clone();
        starts.andNot(guards);
        spread(n, starts, open, this::flowOut, stops);
        // A guard itself is reached through the open set, but it is not scoped by itself.
        BitSet scoped = (BitSet) all.clone();
        scoped.andNot(open);
        scoped.andNot(guards);
        return scoped;
    }

    /**
     * The nodes on loops out of node {@code h} and back through nodes off the barrier (a new set, {@code h}
     * excluded): what a search forward from {@code h} reaches and a search backward from it reaches, neither
     * entering the barrier. Asked once per hub: with more hubs than {@link #searchesBeforeClosure} and {@code h} on
     * the barrier, from what every node off the barrier reaches either way, computed once per barrier.
     */
    BitSet loopsThrough(int h, BitSet barrier) {
        if (barrier.get(h) && view.hubs().cardinality() > searchesBeforeClosure()) {
            return loopsThroughClosure(h, barrier);
        }
        BitSet forward = new BitSet(n);
        BitSet start = new BitSet(n);
        start.set(h);
        walkAvoiding(start, forward, this::flowOut, barrier);
        BitSet backward = new BitSet(n);
        walkAvoiding(start, backward, this::flowIn, barrier);
        forward.and(backward);
        forward.clear(h);
        return forward;
    }

    /**
     * The same as the two searches of {@link #loopsThrough}, from what every node reaches (and is reached from)
     * through nodes off the barrier: what the hub's successors reach and its predecessors are reached from, both.
     */
    private BitSet loopsThroughClosure(int h, BitSet barrier) {
        if (loopsForward == null || !barrier.equals(loopBarrier)) {
            BitSet open = allNodes();
            open.andNot(barrier);
            loopsForward = Condensation.of(n, this::flowOut, open);
            loopsBackward = Condensation.of(n, this::flowIn, open);
            loopBarrier = (BitSet) barrier.clone();
        }
        BitSet forward = new BitSet(n);
        for (int w : flowOut(h)) {
            if (!barrier.get(w)) {
                forward.or(loopsForward.reachFrom(w));
            }
        }
        BitSet backward = new BitSet(n);
        for (int p : flowIn(h)) {
            if (!barrier.get(p)) {
                backward.or(loopsBackward.reachFrom(p));
            }
        }
        forward.and(backward);
        return forward;
    }

    private void walkAvoiding(BitSet starts, BitSet seen, IntFunction<int[]> next, BitSet barrier) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            seen.set(s);
            queue[tail++] = s;
        }
        while (head < tail) {
            int v = queue[head++];
            for (int w : next.apply(v)) {
                if (!seen.get(w) && !barrier.get(w)) {
                    seen.set(w);
                    queue[tail++] = w;
                }
            }
        }
    }

    /**
     * What one hub drives (a new set, the hub excluded): what a search forward from it reaches, going on only
     * through nodes that are neither users nor hubs. Asked once per hub: with more hubs than
     * {@link #searchesBeforeClosure}, from what every node reaches with users and hubs as dead ends.
     */
    BitSet drivenFrom(int hub) {
        BitSet users = view.users();
        BitSet hubs = view.hubs();
        if (hubs.cardinality() > searchesBeforeClosure()) {
            // The same from what every node reaches with users and hubs as dead ends: the hub's successors' sets.
            if (drives == null) {
                drives = Condensation.of(n, v -> users.get(v) || hubs.get(v) ? NO_NODES : flowOut(v), allNodes());
            }
            BitSet driven = new BitSet(n);
            for (int w : flowOut(hub)) {
                driven.or(drives.reachFrom(w));
            }
            driven.clear(hub);
            return driven;
        }
        BitSet seen = new BitSet(n);
        BitSet driven = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        seen.set(hub);
        queue[tail++] = hub;
        while (head < tail) {
            int v = queue[head++];
            for (int w : flowOut(v)) {
                if (seen.get(w)) {
                    continue;
                }
                seen.set(w);
                driven.set(w);
                if (!users.get(w) && !hubs.get(w)) {
                    queue[tail++] = w;
                }
            }
        }
        return driven;
    }

    /**
     * What a request leaving node {@code v} reaches over flow edges (drawn or implied), never going on from an end
     * other than {@code v}, {@code v} included (cached: a model's answer path and the users it answers share it). Do
     * not modify.
     */
    BitSet forwardFrom(int v) {
        return over(downstream, FLOW_ONLY, true).from(v);
    }

    /** See {@link GraphView#backwardFrom}. */
    BitSet backwardFrom(int v) {
        return over(upstream, FLOW_ONLY, false).from(v);
    }

    /** See {@link GraphView#reachableFrom}. */
    BitSet reachableFrom(BitSet starts, Set<EdgeKind> kinds) {
        FlowReach reach = downstream.get(kinds);
        if (reach == null || reach.closure == null) {
            BitSet seen = new BitSet(n);
            Traversal.reach(view, starts, kinds, false, new BitSet(), seen, null);
            return seen;
        }
        return union(starts, reach);
    }

    /** See {@link GraphView#reaching}. */
    BitSet reaching(BitSet targets, Set<EdgeKind> kinds) {
        FlowReach reach = upstream.get(kinds);
        if (reach == null || reach.closure == null) {
            BitSet seen = new BitSet(n);
            Traversal.reachBackwards(view, targets, kinds, new BitSet(), seen);
            return seen;
        }
        return union(targets, reach);
    }

    /**
     * What the starts reach together, as the union of what each reaches alone: used once searches from single
     * nodes have built the closure, when the union costs a few word operations per start; otherwise one search
     * from all the starts is cheaper.
     */
    private BitSet union(BitSet starts, FlowReach reach) {
        BitSet all = new BitSet(n);
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            all.or(reach.from(s));
        }
        return all;
    }

    private FlowReach over(Map<Set<EdgeKind>, FlowReach> searches, Set<EdgeKind> kinds, boolean forward) {
        FlowReach reach = searches.get(kinds);
        if (reach == null) {
            reach = new FlowReach(neighboursOver(kinds, forward));
            searches.put(kinds, reach);
        }
        return reach;
    }

    /** A node's neighbours over edges of several kinds, one way (merged for every node at once). */
    private IntFunction<int[]> neighboursOver(Set<EdgeKind> kinds, boolean forward) {
        if (kinds.size() == 1) {
            EdgeKind kind = kinds.iterator().next();
            return forward ? v -> view.successors(v, kind) : v -> view.predecessors(v, kind);
        }
        int[][] merged = new int[n][];
        for (int v = 0; v < n; v++) {
            int size = 0;
            for (EdgeKind k : kinds) {
                size += (forward ? view.successors(v, k) : view.predecessors(v, k)).length;
            }
            int[] all = size == 0 ? NO_NODES : new int[size];
            int at = 0;
            for (EdgeKind k : kinds) {
                int[] more = forward ? view.successors(v, k) : view.predecessors(v, k);
                System.arraycopy(more, 0, all, at, more.length);
                at += more.length;
            }
            merged[v] = all;
        }
        return v -> merged[v];
    }

    /**
     * Searches from one node at a time, one way over some edges, in which an end (user or action) other than the
     * start is reached but not gone on from. The first few are searched; after that, what every node reaches comes
     * from the condensation of the graph with the ends as dead ends (its own reach when the start is not an end,
     * else itself and what its neighbours reach).
     */
    private final class FlowReach {
        private final IntFunction<int[]> next;
        private final Map<Integer, BitSet> known = new HashMap<>();
        private Condensation closure;

        FlowReach(IntFunction<int[]> next) {
            this.next = next;
        }

        private int[] next(int v) {
            return next.apply(v);
        }

        private Condensation closure() {
            if (closure == null) {
                BitSet ends = view.endSet();
                closure = Condensation.of(n, w -> ends.get(w) ? NO_NODES : next(w), allNodes());
            }
            return closure;
        }

        BitSet from(int v) {
            BitSet found = known.get(v);
            if (found == null) {
                found = search(v);
                known.put(v, found);
            }
            return found;
        }

        private BitSet search(int v) {
            if (closure == null && known.size() < searchesBeforeClosure()) {
                BitSet reached = new BitSet(n);
                BitSet start = new BitSet(n);
                start.set(v);
                spread(n, start, reached, this::next, view.endSet());
                return reached;
            }
            Condensation closure = closure();
            if (!view.endSet().get(v)) {
                return closure.reachFrom(v);
            }
            // An end goes on when the search starts there: itself and what its neighbours reach.
            BitSet reached = new BitSet(n);
            reached.set(v);
            for (int w : next(v)) {
                reached.or(closure.reachFrom(w));
            }
            return reached;
        }
    }

    /**
     * Past this many searches of one kind (one per model, one per hub), computing what every node reaches at once
     * ({@link Condensation#reachFrom}) is cheaper: measured on generated designs of 2,000 nodes, the closure costs
     * about as much as four searches; it grows with n/64 words per edge, a search with the edges it follows.
     */
    private int searchesBeforeClosure() {
        return 2 + n / 2000;
    }

    private BitSet allNodes() {
        BitSet all = new BitSet(n);
        all.set(0, n);
        return all;
    }

    private int[] flowOut(int v) {
        return view.successors(v, EdgeKind.FLOW);
    }

    private int[] flowIn(int v) {
        return view.predecessors(v, EdgeKind.FLOW);
    }
}
