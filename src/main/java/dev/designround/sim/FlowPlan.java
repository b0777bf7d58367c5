package dev.designround.sim;

/**
 * How requests from one user node move through the design: for every node they can reach, which outgoing flow
 * edges are calls and which lead on, and where branches meet again. Built by {@link FlowPlanner}; read-only.
 *
 * <p>Arrays are indexed by node; nodes the user cannot reach have empty arrays and -1s.
 */
final class FlowPlan {

    static final int[] NONE = new int[0];

    /** The user node requests start from. */
    final int start;
    /**
     * Calls per node: flow targets that lead to no user and no action (a tool whose result comes back, a
     * retrieval step an orchestrator runs). Every request makes all of them, then goes on.
     */
    final int[][] calls;
    /** Where the calls of a node meet again (they run in parallel up to there), or -1 (they run one by one). */
    final int[] callJoin;
    /** Continuations per node: flow targets from which a user or an action can be reached. */
    final int[][] conts;
    /** Where the continuations of a node meet again (parallel up to there), or -1 (alternatives). */
    final int[] contJoin;
    /** Index into {@code conts} of the first continuation leading to human review with no model in between, or -1. */
    final int[] humanCont;
    /** For a cache: index into {@code conts} of the continuation nearest a user (its hit path), or -1. */
    final int[] hitCont;
    /** For a confidence scorer: the continuations not leading to human review; for a cache: the misses. */
    final int[][] others;

    FlowPlan(int start, int[][] calls, int[] callJoin, int[][] conts, int[] contJoin, int[] humanCont,
             int[] hitCont, int[][] others) {
        this.start = start;
        this.calls = calls;
        this.callJoin = callJoin;
        this.conts = conts;
        this.contJoin = contJoin;
        this.humanCont = humanCont;
        this.hitCont = hitCont;
        this.others = others;
    }
}
