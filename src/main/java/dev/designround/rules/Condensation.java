package dev.designround.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The strongly connected components of a directed graph over nodes 0..n-1, or of the part of it a set of nodes
 * keeps, found by an iterative Tarjan search (no recursion, so a long chain cannot overflow the stack). Components
 * are numbered in reverse topological order: an edge between two components always goes from a higher number to a
 * lower one, so a walk in increasing order meets every component after all the components it leads to. Linear in
 * the size of the graph. JGraphT's inspectors would need the graph copied into its object model on every grading;
 * the int arrays the grader already holds are cheaper to search directly.
 */
final class Condensation {

    private final int[] component;
    private final List<int[]> members;
    private final IntFunction<int[]> successors;
    private final BitSet included;
    private BitSet[] reach;

    private Condensation(int[] component, List<int[]> members, IntFunction<int[]> successors, BitSet included) {
        this.component = component;
        this.members = members;
        this.successors = successors;
        this.included = included;
    }

    /**
     * @param n          the number of nodes
     * @param successors the targets of a node's edges (only those in {@code included} are followed)
     * @param included   the nodes to consider; searches start from them in increasing order
     */
    static Condensation of(int n, IntFunction<int[]> successors, BitSet included) {
        int[] index = new int[n];
        int[] low = new int[n];
        int[] comp = new int[n];
        Arrays.fill(index, -1);
        Arrays.fill(comp, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] calls = new int[n];
        int[] cursor = new int[n];
        int[][] nextOf = new int[n][];
        int counter = 0;
        List<int[]> components = new ArrayList<>();
        for (int s = included.nextSetBit(0); s >= 0; s = included.nextSetBit(s + 1)) {
            if (index[s] != -1) {
                continue;
            }
            int cp = 0;
            calls[cp++] = s;
            nextOf[s] = successors.apply(s);
            index[s] = low[s] = counter++;
            stack[sp++] = s;
            onStack[s] = true;
            while (cp > 0) {
                int v = calls[cp - 1];
                int[] next = nextOf[v];
                boolean descended = false;
                while (cursor[v] < next.length) {
                    int w = next[cursor[v]++];
                    if (!included.get(w)) {
                        continue;
                    }
                    if (index[w] == -1) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        calls[cp++] = w;
                        nextOf[w] = successors.apply(w);
                        descended = true;
                        break;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                }
                if (descended) {
                    continue;
                }
                if (low[v] == index[v]) {
                    int start = sp;
                    do {
                        start--;
                    } while (stack[start] != v);
                    int[] inComponent = Arrays.copyOfRange(stack, start, sp);
                    for (int m = start; m < sp; m++) {
                        onStack[stack[m]] = false;
                        comp[stack[m]] = components.size();
                    }
                    sp = start;
                    components.add(inComponent);
                }
                cp--;
                if (cp > 0) {
                    int u = calls[cp - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        return new Condensation(comp, components, successors, included);
    }

    /** How many components there are. */
    int count() {
        return members.size();
    }

    /** The component of a node, or -1 for a node left out. */
    int componentOf(int node) {
        return component[node];
    }

    /** The nodes of a component, in the order the search closed them. Do not modify. */
    int[] members(int k) {
        return members.get(k);
    }

    /**
     * Every node reachable from an included node over the same edges through included nodes, itself included.
     * Computed for every component at once on first use: its members plus the sets of the components its edges
     * lead to, which come earlier in the order (a bitset union per edge, so cheaper than a search from each node
     * once more than a few are asked for). Do not modify the set.
     */
    BitSet reachFrom(int node) {
        if (reach == null) {
            reach = new BitSet[members.size()];
            for (int k = 0; k < reach.length; k++) {
                BitSet r = new BitSet();
                for (int v : members.get(k)) {
                    r.set(v);
                    for (int w : successors.apply(v)) {
                        int d = component[w];
                        if (d >= 0 && d != k) {
                            r.or(reach[d]);
                        }
                    }
                }
                reach[k] = r;
            }
        }
        return reach[component[node]];
    }
}
