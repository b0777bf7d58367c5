package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * The heaviest request path: from a user along flow edges, never through a user (an edge back to a user ends the
 * path), with each node's weight counted once. A node on the path also pays for reading the stores that feed it
 * from off the path (a retriever reading the vector DB and the keyword index: the slower of the two); writers
 * that feed it (ingestion, training) work off the request path and do not count. Cycles are collapsed
 * into their strongly connected components ({@link Condensation}), so a tool-call loop counts each of its nodes once;
 * then the heaviest path through the resulting DAG is found by dynamic programming. Linear in the graph's size.
 */
final class LongestPath {

    private final double total;
    private final int[] path;

    private LongestPath(double total, int[] path) {
        this.total = total;
        this.path = path;
    }

    double total() {
        return total;
    }

    /** Node indexes, starting with a user and ending with a user when the path gets back to one. */
    int[] path() {
        return path;
    }

    /** What a request reads from at request time; writers such as ingestion or training work off the path. */
    private static boolean isStore(GraphView g, int node) {
        return g.has(node, dev.designround.model.Trait.STORE);
    }

    static LongestPath of(GraphView g, BitSet excluded, IntToDoubleFunction weight) {
        int n = g.size();
        BitSet users = g.users();
        BitSet eligible = new BitSet(n);
        BitSet starts = (BitSet) users.clone();
        starts.andNot(excluded);
        Traversal.reach(g, starts, java.util.Set.of(EdgeKind.FLOW), false, excluded, eligible, null);
        eligible.andNot(users);

        // Strongly connected components over eligible nodes and the flow edges between them.
        Condensation components = Condensation.of(n, v -> g.successors(v, EdgeKind.FLOW), eligible);

        double[] own = new double[n];
        for (int v = eligible.nextSetBit(0); v >= 0; v = eligible.nextSetBit(v + 1)) {
            double reads = 0;
            for (int p : g.predecessors(v, EdgeKind.FLOW)) {
                if (!eligible.get(p) && !users.get(p) && !excluded.get(p) && isStore(g, p)) {
                    reads = Math.max(reads, weight.applyAsDouble(p));
                }
            }
            own[v] = weight.applyAsDouble(v) + reads;
        }

        // Components come out in reverse topological order: successors first.
        int c = components.count();
        double[] best = new double[c];
        int[] bestNext = new int[c];
        for (int k = 0; k < c; k++) {
            double sum = 0;
            for (int v : components.members(k)) {
                sum += own[v];
            }
            double tail = 0;
            int tailComp = -1;
            for (int v : components.members(k)) {
                for (int w : g.successors(v, EdgeKind.FLOW)) {
                    int d = components.componentOf(w);
                    if (d >= 0 && d != k && (tailComp == -1 || best[d] > tail)) {
                        tail = best[d];
                        tailComp = d;
                    }
                }
            }
            best[k] = sum + tail;
            bestNext[k] = tailComp;
        }

        double total = -1;
        int bestUser = -1;
        int firstComp = -1;
        for (int u = starts.nextSetBit(0); u >= 0; u = starts.nextSetBit(u + 1)) {
            for (int w : g.successors(u, EdgeKind.FLOW)) {
                int d = components.componentOf(w);
                if (d >= 0 && best[d] + weight.applyAsDouble(u) > total) {
                    total = best[d] + weight.applyAsDouble(u);
                    bestUser = u;
                    firstComp = d;
                }
            }
        }
        if (bestUser < 0) {
            int any = starts.nextSetBit(0);
            return new LongestPath(0, any < 0 ? new int[0] : new int[] {any});
        }
        List<Integer> path = new ArrayList<>();
        path.add(bestUser);
        int last = -1;
        for (int k = firstComp; k >= 0; k = bestNext[k]) {
            for (int v : components.members(k)) {
                path.add(v);
                last = v;
            }
        }
        for (int w : g.successors(last, EdgeKind.FLOW)) {
            if (users.get(w)) {
                path.add(w);
                break;
            }
        }
        return new LongestPath(total, path.stream().mapToInt(Integer::intValue).toArray());
    }
}
