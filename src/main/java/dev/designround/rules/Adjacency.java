package dev.designround.rules;

import java.util.Arrays;

/**
 * Compressed adjacency lists over nodes 0..n-1: the neighbours of node i are {@code targets[start[i] ..
 * start[i+1])}. Filled in two passes, {@link #count} for every edge, then {@link #allocate} once, then {@link #add}
 * for every edge in the same order; read with {@link #neighbours}, which copies a node's list out once and hands
 * the same array back afterwards. Not thread-safe.
 */
final class Adjacency {

    private static final int[] NONE = new int[0];
    private final int[] start;
    private int[] targets;
    private int[] fill;
    private int[][] cache;

    Adjacency(int n) {
        start = new int[n + 1];
    }

    /** Counts one more edge out of {@code from} (first pass). */
    void count(int from) {
        start[from + 1]++;
    }

    /** Makes room for the counted edges (between the passes). */
    void allocate() {
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        targets = new int[start[start.length - 1]];
        fill = new int[start.length - 1];
        cache = new int[start.length - 1][];
    }

    /** Adds the edge {@code from → to} (second pass). */
    void add(int from, int to) {
        targets[start[from] + fill[from]++] = to;
    }

    /** The neighbours of node {@code i}, in the order they were added. Do not modify. */
    int[] neighbours(int i) {
        int[] c = cache[i];
        if (c == null) {
            int length = start[i + 1] - start[i];
            c = length == 0 ? NONE : Arrays.copyOfRange(targets, start[i], start[i + 1]);
            cache[i] = c;
        }
        return c;
    }
}
