package dev.designround.sim;

import java.util.Arrays;

/**
 * Turns the flow graph seen from one user node into a {@link FlowPlan}.
 *
 * <ol>
 *   <li>A depth-first search from the user over flow edges (and fallback edges, so fallback paths are planned
 *       too) drops the flow edges that close a cycle: {@code tool-api -> orchestrator} after
 *       {@code orchestrator -> tool-api} is the tool's answer coming back, not a new step. User and action
 *       nodes are ends: the search does not go past them. What remains is acyclic.</li>
 *   <li>On that acyclic graph, each node's targets are split into <em>calls</em> (from there no user and no
 *       action can be reached: the orchestrator's tool call, whose result came back over the dropped edge) and
 *       <em>continuations</em> (the way on to an answer).</li>
 *   <li>Branches that meet again at a node before any user or action run in parallel up to it (hybrid search:
 *       retriever to vector DB and keyword index, both into the reranker). Branches that never meet are
 *       alternatives: a request takes one.</li>
 * </ol>
 * Runs in O(nodes × edges / 64) time and O(nodes² / 64) memory (reachability bit sets, reused from plan to plan).
 */
final class FlowPlanner {

    private static final int FAR = Integer.MAX_VALUE / 2;

    private final NodeTable t;
    /**
     * Reachability bit sets, kept from one plan to the next: a design with many users is planned once per user,
     * and allocating them anew each time (12.5 MB for 10,000 nodes) let the heap grow to gigabytes of garbage.
     */
    private long[][] reachPool = new long[0][];

    FlowPlanner(NodeTable table) {
        this.t = table;
    }

    /** A cleared bit set of {@code words} longs for node {@code v}, from the pool. */
    private long[] cleared(int v, int words) {
        if (reachPool.length != t.n) {
            reachPool = new long[t.n][];
        }
        long[] bits = reachPool[v];
        if (bits == null || bits.length != words) {
            bits = new long[words];
            reachPool[v] = bits;
        } else {
            Arrays.fill(bits, 0);
        }
        return bits;
    }

    FlowPlan plan(int start) {
        int n = t.n;
        int[][] kept = new int[n][];
        int[] post = new int[n];
        int count = search(start, kept, post);

        // rank: position in topological order (reverse post-order); bit sets are indexed by rank
        int[] rank = new int[n];
        int[] byRank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[post[i]] = count - 1 - i;
            byRank[count - 1 - i] = post[i];
        }
        int words = (count + 63) / 64;
        long[] actionBits = new long[words];
        boolean[] term = new boolean[n];
        boolean[] human = new boolean[n];
        int[] dist = new int[n];
        long[][] reach = new long[n][];
        for (int i = 0; i < count; i++) { // sinks first
            int v = post[i];
            if (isEnd(v, start)) {
                term[v] = true;
                dist[v] = t.is(v, Roles.USER) ? 0 : FAR;
                if (t.is(v, Roles.ACTION)) {
                    reach[v] = cleared(v, words);
                    set(reach[v], rank[v]);
                    set(actionBits, rank[v]);
                }
                continue;
            }
            reach[v] = cleared(v, words);
            set(reach[v], rank[v]);
            dist[v] = FAR;
            boolean leadsToHuman = false;
            for (int w : kept[v]) {
                if (t.is(w, Roles.USER)) {
                    term[v] = true;
                    dist[v] = Math.min(dist[v], 1);
                    continue;
                }
                term[v] |= term[w];
                dist[v] = Math.min(dist[v], dist[w] + 1);
                or(reach[v], reach[w]);
                leadsToHuman |= term[w] && human[w];
            }
            human[v] = t.is(v, Roles.HUMAN_REVIEW) || (leadsToHuman && !t.is(v, Roles.GENERATION));
        }

        int[][] calls = filled(n);
        int[][] conts = filled(n);
        int[][] others = filled(n);
        int[] callJoin = minusOnes(n);
        int[] contJoin = minusOnes(n);
        int[] humanCont = minusOnes(n);
        int[] hitCont = minusOnes(n);
        long[] scratch = new long[words];
        for (int i = 0; i < count; i++) {
            int v = post[i];
            if (isEnd(v, start)) {
                continue;
            }
            calls[v] = Arrays.stream(kept[v]).filter(w -> !t.is(w, Roles.USER) && !term[w]).toArray();
            conts[v] = Arrays.stream(kept[v]).filter(w -> t.is(w, Roles.USER) || term[w]).toArray();
            callJoin[v] = join(calls[v], reach, scratch, null, byRank);
            boolean direct = Arrays.stream(conts[v]).anyMatch(w -> t.is(w, Roles.USER));
            contJoin[v] = direct ? -1 : join(conts[v], reach, scratch, actionBits, byRank);
            int[] c = conts[v];
            for (int k = 0; k < c.length && humanCont[v] < 0; k++) {
                if (!t.is(c[k], Roles.USER) && human[c[k]]) {
                    humanCont[v] = k;
                }
            }
            if (t.is(v, Roles.SCORER)) {
                others[v] = Arrays.stream(c).filter(w -> t.is(w, Roles.USER) || !human[w]).toArray();
            } else if (t.is(v, Roles.CHOOSER) && !t.is(v, Roles.CACHE) && humanCont[v] >= 0) {
                // A check or a classifier sends to a person only what it flags; the rest go the other way.
                others[v] = Arrays.stream(c).filter(w -> t.is(w, Roles.USER) || !human[w]).toArray();
            } else if (t.is(v, Roles.CACHE)) {
                hitCont[v] = nearest(Arrays.stream(c).map(w -> t.is(w, Roles.USER) ? 0 : dist[w]).toArray());
                int hit = hitCont[v];
                others[v] = hit < 0 ? FlowPlan.NONE
                        : java.util.stream.IntStream.range(0, c.length).filter(k -> k != hit).map(k -> c[k]).toArray();
            }
        }
        return new FlowPlan(start, calls, callJoin, conts, contJoin, humanCont, hitCont, others);
    }

    /** Users (other than where requests start) and actions are where requests end. */
    private boolean isEnd(int v, int start) {
        return (t.is(v, Roles.USER) && v != start) || t.is(v, Roles.ACTION);
    }

    /**
     * Depth-first from {@code start}: fills {@code kept} (flow targets without cycle-closing edges, without
     * duplicates) and {@code post} (nodes in post-order); returns how many nodes were reached.
     */
    private int search(int start, int[][] kept, int[] post) {
        int n = t.n;
        byte[] state = new byte[n]; // 0 new, 1 on the search path, 2 done
        int[] stackNode = new int[n];
        int[] stackEdge = new int[n];
        int sp = 0;
        int count = 0;
        state[start] = 1;
        stackNode[sp++] = start;
        int[] keptCount = new int[n];
        int[][] keptBuf = new int[n][];
        while (sp > 0) {
            int v = stackNode[sp - 1];
            int i = stackEdge[sp - 1]++;
            int[] out = t.flowOut[v];
            if (keptBuf[v] == null) {
                keptBuf[v] = new int[out.length];
            }
            int w;
            if (i < out.length) {
                w = out[i];
                boolean closesCycle = state[w] == 1 && !t.is(w, Roles.USER);
                if (closesCycle || contains(keptBuf[v], keptCount[v], w)) {
                    continue;
                }
                keptBuf[v][keptCount[v]++] = w;
            } else if (i == out.length && t.fallback[v] >= 0) {
                w = t.fallback[v];
            } else {
                state[v] = 2;
                post[count++] = v;
                sp--;
                continue;
            }
            if (state[w] == 0) {
                if (isEnd(w, start)) {
                    state[w] = 2;
                    post[count++] = w;
                } else {
                    state[w] = 1;
                    stackNode[sp] = w;
                    stackEdge[sp] = 0;
                    sp++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            kept[v] = keptBuf[v] == null ? FlowPlan.NONE : Arrays.copyOf(keptBuf[v], keptCount[v]);
        }
        return count;
    }

    /** The first node (in topological order) every branch reaches, not counting {@code excluded}; or -1. */
    private static int join(int[] branches, long[][] reach, long[] scratch, long[] excluded, int[] byRank) {
        if (branches.length < 2) {
            return -1;
        }
        System.arraycopy(reach[branches[0]], 0, scratch, 0, scratch.length);
        for (int k = 1; k < branches.length; k++) {
            long[] r = reach[branches[k]];
            for (int i = 0; i < scratch.length; i++) {
                scratch[i] &= r[i];
            }
        }
        for (int i = 0; i < scratch.length; i++) {
            long bits = excluded == null ? scratch[i] : scratch[i] & ~excluded[i];
            if (bits != 0) {
                return byRank[i * 64 + Long.numberOfTrailingZeros(bits)];
            }
        }
        return -1;
    }

    /**
     * For a cache: the index of the continuation with the fewest hops to a user, if another one has more (else a
     * hit has no shorter way back, and the cache answers nothing); or -1.
     */
    private static int nearest(int[] hopsToUser) {
        int best = -1;
        boolean farther = false;
        for (int k = 0; k < hopsToUser.length; k++) {
            if (best < 0 || hopsToUser[k] < hopsToUser[best]) {
                farther |= best >= 0;
                best = k;
            } else if (hopsToUser[k] > hopsToUser[best]) {
                farther = true;
            }
        }
        return farther ? best : -1;
    }

    private static boolean contains(int[] a, int len, int x) {
        for (int i = 0; i < len; i++) {
            if (a[i] == x) {
                return true;
            }
        }
        return false;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static void or(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] |= from[i];
        }
    }

    private static int[][] filled(int n) {
        int[][] a = new int[n][];
        Arrays.fill(a, FlowPlan.NONE);
        return a;
    }

    private static int[] minusOnes(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
