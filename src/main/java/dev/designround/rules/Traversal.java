package dev.designround.rules;

import dev.designround.model.EdgeKind;
import dev.designround.model.Trait;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Breadth-first reachability on a {@link GraphView}, with parent pointers for reporting one path. Directed
 * searches never pass through a {@code user} node or an action: a user is where a request starts or ends, and an
 * answer going back to the user is not a route onward to something else; what leaves an action is the action's
 * result, not the model's words.
 */
final class Traversal {

    private Traversal() {
    }

    /**
     * Marks in {@code seen} every node reachable from {@code starts} (the starts included) over edges of the given
     * kinds, never entering nodes in {@code blocked}.
     *
     * @param undirected follow edges in both directions
     * @param parent     if not null, receives for each reached node the node it was reached from (-1 for starts)
     */
    static void reach(GraphView g, BitSet starts, Set<EdgeKind> kinds, boolean undirected, BitSet blocked,
                      BitSet seen, int[] parent) {
        int[] queue = new int[g.size()];
        int head = 0;
        int tail = 0;
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            if (!blocked.get(s) && !seen.get(s)) {
                seen.set(s);
                if (parent != null) {
                    parent[s] = -1;
                }
                queue[tail++] = s;
            }
        }
        BitSet ends = undirected ? null : g.ends();
        while (head < tail) {
            int v = queue[head++];
            if (ends != null && ends.get(v) && !starts.get(v)) {
                continue;
            }
            for (EdgeKind k : kinds) {
                tail = visit(g.successors(v, k), v, blocked, seen, parent, queue, tail);
                if (undirected) {
                    tail = visit(g.predecessors(v, k), v, blocked, seen, parent, queue, tail);
                }
            }
        }
    }

    /** Like {@link #reach} but against the edges' direction: marks every node that can reach a start. */
    static void reachBackwards(GraphView g, BitSet starts, Set<EdgeKind> kinds, BitSet blocked, BitSet seen) {
        reachBackwards(g, starts, kinds, blocked, seen, false);
    }

    /**
     * As above; with {@code observersEitherWay}, an edge between an observer and another card also counts against
     * its arrow (docs/grading.md, R6): "sign-off -async-> edit capture" and "edit capture -async-> sign-off" both
     * bring the edits to the feedback collector.
     */
    static void reachBackwards(GraphView g, BitSet starts, Set<EdgeKind> kinds, BitSet blocked, BitSet seen,
                               boolean observersEitherWay) {
        int[] queue = new int[g.size()];
        int head = 0;
        int tail = 0;
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            if (!blocked.get(s) && !seen.get(s)) {
                seen.set(s);
                queue[tail++] = s;
            }
        }
        BitSet ends = g.ends();
        while (head < tail) {
            int v = queue[head++];
            if (ends.get(v) && !starts.get(v)) {
                continue;
            }
            for (EdgeKind k : kinds) {
                tail = visit(g.predecessors(v, k), v, blocked, seen, null, queue, tail);
                if (observersEitherWay && k != EdgeKind.FLOW) {
                    for (int w : g.successors(v, k)) {
                        if ((g.has(v, Trait.OBSERVER) || g.has(w, Trait.OBSERVER)) && !seen.get(w)
                                && !blocked.get(w)) {
                            seen.set(w);
                            queue[tail++] = w;
                        }
                    }
                }
            }
        }
    }

    private static int visit(int[] next, int from, BitSet blocked, BitSet seen, int[] parent, int[] queue,
                             int tail) {
        for (int w : next) {
            if (!seen.get(w) && !blocked.get(w)) {
                seen.set(w);
                if (parent != null) {
                    parent[w] = from;
                }
                queue[tail++] = w;
            }
        }
        return tail;
    }

    /**
     * The first node of {@code targets} reached by a search from {@code starts}, with the path to it (starts first),
     * or an empty array if none is reachable. A start that is itself a target counts only when reached again
     * through at least one edge ({@code allowZeroLength} false), so that "from users back to users" works.
     */
    static int[] findPath(GraphView g, BitSet starts, BitSet targets, Set<EdgeKind> kinds, BitSet blocked,
                          boolean allowZeroLength) {
        int n = g.size();
        int[] parent = new int[n];
        BitSet seen = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int s = starts.nextSetBit(0); s >= 0; s = starts.nextSetBit(s + 1)) {
            if (blocked.get(s)) {
                continue;
            }
            if (allowZeroLength && targets.get(s)) {
                return new int[] {s};
            }
            seen.set(s);
            parent[s] = -1;
            queue[tail++] = s;
        }
        BitSet ends = g.ends();
        while (head < tail) {
            int v = queue[head++];
            for (EdgeKind k : kinds) {
                for (int w : g.successors(v, k)) {
                    if (blocked.get(w)) {
                        continue;
                    }
                    if (targets.get(w)) {
                        return pathTo(parent, v, w);
                    }
                    if (!seen.get(w) && !ends.get(w)) {
                        seen.set(w);
                        parent[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
        }
        return new int[0];
    }

    private static int[] pathTo(int[] parent, int last, int target) {
        List<Integer> reversed = new ArrayList<>();
        reversed.add(target);
        for (int v = last; v != -1; v = parent[v]) {
            reversed.add(v);
        }
        int[] path = new int[reversed.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = reversed.get(path.length - 1 - i);
        }
        return path;
    }
}
