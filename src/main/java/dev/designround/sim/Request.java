package dev.designround.sim;

import static dev.designround.sim.Roles.K_HALLUCINATION;
import static dev.designround.sim.Roles.K_INJECTION;
import static dev.designround.sim.Roles.K_SENSITIVE;
import static dev.designround.sim.Roles.K_STALE;

/**
 * The request being walked: what it carries and how long it has taken so far. One instance per run, reset for
 * each request, so walking allocates nothing.
 */
final class Request {

    // What a request carries, as bits of `state`: first the fault kinds (bit k for kind k), then its history.
    static final int HALLUCINATED = 1 << K_HALLUCINATION;
    static final int STALE = 1 << K_STALE;
    static final int INJECTED = 1 << K_INJECTION;
    static final int SENSITIVE = 1 << K_SENSITIVE;
    /** A model has answered (output checks have something to judge; an injection it read has hijacked it). */
    static final int GENERATED = 1 << 4;
    /** Personal data reached a model: unsafe whatever happens next. */
    static final int LEAKED = 1 << 5;
    /** A person saw it. */
    static final int HUMAN = 1 << 6;
    /** It took a fallback edge or a router's failover. */
    static final int FALLBACK = 1 << 7;
    /** A check caught a fault and it is on its way to a person. */
    static final int FLAGGED = 1 << 8;
    /** It passed a rate limiter during a traffic spike. */
    static final int PROTECTED = 1 << 9;
    /** It passed a queue during a traffic spike. */
    static final int QUEUED = 1 << 10;
    /** It has been through a stale-prone retrieval (which rolls only once per request). */
    static final int RETRIEVED = 1 << 11;

    static final int WRONG_ANSWER = HALLUCINATED | STALE;
    static final int HIJACKED = INJECTED | GENERATED;

    int state;
    double latencyMs;
    /** The key every draw of this request derives from. */
    long key;
    /** How requests from its user node move. */
    FlowPlan plan;

    private final long[] callStamp;
    private final int[] callCount;
    private long stamp;

    Request(int nodes) {
        callStamp = new long[nodes];
        callCount = new int[nodes];
    }

    void reset(long number, long requestKey, FlowPlan flowPlan) {
        stamp = number + 1;
        key = requestKey;
        plan = flowPlan;
        state = 0;
        latencyMs = 0;
    }

    /** Counts a call of node v; returns how many times this request has now called it (1, 2, ...). */
    int call(int v) {
        int visit = callStamp[v] == stamp ? ++callCount[v] : (callCount[v] = 1);
        callStamp[v] = stamp;
        return visit;
    }

    boolean has(int bits) {
        return (state & bits) != 0;
    }

    /** How the request ends, given whether it reached a user or an action. */
    RequestOutcome outcome(boolean reached) {
        if (has(LEAKED) || reached && (has(WRONG_ANSWER) || (state & HIJACKED) == HIJACKED)) {
            return RequestOutcome.UNSAFE;
        }
        if (!reached) {
            return RequestOutcome.FAILED;
        }
        if (has(HUMAN)) {
            return RequestOutcome.ESCALATED;
        }
        return has(FALLBACK) ? RequestOutcome.FALLBACK : RequestOutcome.ANSWERED;
    }
}
