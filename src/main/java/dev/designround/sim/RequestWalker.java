package dev.designround.sim;

import static dev.designround.sim.Roles.K_HALLUCINATION;
import static dev.designround.sim.Roles.K_INJECTION;
import static dev.designround.sim.Roles.K_SENSITIVE;
import static dev.designround.sim.Roles.K_STALE;

/**
 * Walks requests one by one through a compiled design and tallies what happened. The per-request loop works on
 * primitive fields and arrays only and allocates nothing.
 *
 * <p>A walk follows a {@link FlowPlan}: at each node it makes the node's call (latency, cost, failure), applies
 * the node's checks and the faults it can cause, runs the node's calls, then picks how to go on (one
 * continuation, a choice, a parallel fan-out, a router's failover, a scorer's escalation, a cache hit). Chains
 * are followed in a loop; only branching recurses.
 */
final class RequestWalker {

    // Walk results: a node index >= 0 means "go on there"; these are the rest.
    static final int ENDED = -1;
    static final int AT_STOP = -2;
    static final int RETURNED = -3;
    /** The first node of a (sub-)walk failed and had no fallback of its own: its caller decides. */
    static final int ENTRY_FAIL = -4;
    static final int FAILED = -5;
    private static final int CHILD_FAILED = -6;
    private static final int REFUSED = -7;

    private static final int ENTER_OK = 0;
    private static final int ENTER_FAILED = 1;
    private static final int ENTER_REFUSED = 2;

    /** A node called more often than this in one request is a runaway loop: the request fails. */
    static final int MAX_CALLS_PER_NODE = 4;

    // What a request carries, as bits of `state`.
    static final int HALLUCINATED = 1 << K_HALLUCINATION;
    static final int STALE = 1 << K_STALE;
    static final int INJECTED = 1 << K_INJECTION;
    static final int SENSITIVE = 1 << K_SENSITIVE;
    static final int GENERATED = 1 << 4;
    static final int LEAKED = 1 << 5;
    static final int HUMAN = 1 << 6;
    static final int FALLBACK = 1 << 7;
    static final int FLAGGED = 1 << 8;
    static final int PROTECTED = 1 << 9;
    static final int QUEUED = 1 << 10;
    static final int RETRIEVED = 1 << 11;
    private static final int WRONG_ANSWER = HALLUCINATED | STALE;
    private static final int HIJACKED = INJECTED | GENERATED;

    private final NodeTable t;
    private final FlowPlan[] plans;
    private final Draws draws;
    private final double sigma;
    private final double[] failP;
    private final double[] hallucinateP;
    private final double injectedShare;
    private final double sensitiveShare;
    private final double staleShare;
    private final boolean spike;
    private final double spikeFactor;
    private final double overloadP;

    // tallies over the run
    final long[] visits;
    final long[] failures;
    /** Caught faults at {@code node * KINDS + kind}. */
    final long[] caught;
    final long[] outcomes = new long[Outcome.values().length];
    double totalCostUsd;

    // the request being walked
    private FlowPlan plan;
    private long requestKey;
    private int state;
    private double latency;
    private final long[] callStamp;
    private final int[] callCount;
    private long stamp;

    RequestWalker(NodeTable table, FlowPlan[] plans, SimulationSettings settings) {
        this.t = table;
        this.plans = plans;
        this.draws = new Draws(settings.seed());
        this.sigma = settings.latencySigma();
        int n = table.n;
        failP = new double[n];
        hallucinateP = new double[n];
        double outage = settings.has(Fault.PROVIDER_OUTAGE) ? Fault.PROVIDER_OUTAGE.intensity() : 0;
        double tools = settings.has(Fault.TOOL_FAILURE) ? Fault.TOOL_FAILURE.intensity() : 0;
        double wrong = settings.has(Fault.HALLUCINATION) ? Fault.HALLUCINATION.intensity() : 0;
        for (int v = 0; v < n; v++) {
            double extra = (t.is(v, Roles.PRIMARY_PROVIDER) ? outage : 0) + (t.is(v, Roles.TOOL) ? tools : 0);
            failP[v] = either(t.errorRate[v], Math.min(1, extra));
            hallucinateP[v] = either(t.hallucinationRate[v], wrong);
        }
        injectedShare = settings.has(Fault.PROMPT_INJECTION) ? Fault.PROMPT_INJECTION.intensity() : 0;
        sensitiveShare = settings.has(Fault.SENSITIVE_DATA) ? Fault.SENSITIVE_DATA.intensity() : 0;
        staleShare = settings.has(Fault.STALE_INDEX) ? Fault.STALE_INDEX.intensity() : 0;
        spike = settings.has(Fault.TRAFFIC_SPIKE);
        spikeFactor = Fault.TRAFFIC_SPIKE.intensity();
        overloadP = 1 - 1 / spikeFactor;
        visits = new long[n];
        failures = new long[n];
        caught = new long[n * Roles.KINDS];
        callStamp = new long[n];
        callCount = new int[n];
    }

    /** Chance that at least one of two independent things happens. */
    private static double either(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    /** Walks request number {@code r}; returns its latency in ms and tallies its outcome. */
    double walkRequest(long r) {
        requestKey = draws.request(r);
        stamp = r + 1;
        state = 0;
        latency = 0;
        if (plans.length == 0) {
            outcomes[Outcome.FAILED.ordinal()]++;
            return 0;
        }
        plan = plans[(int) (r % plans.length)];
        if (injectedShare > 0 && Draws.uniform(requestKey, Draws.INJECTION_INPUT) < injectedShare) {
            state |= INJECTED;
        }
        if (sensitiveShare > 0 && Draws.uniform(requestKey, Draws.SENSITIVE_INPUT) < sensitiveShare) {
            state |= SENSITIVE;
        }
        int status = walk(plan.start, -1, false);
        outcomes[outcome(status).ordinal()]++;
        return latency;
    }

    private Outcome outcome(int status) {
        boolean reached = status == ENDED;
        if ((state & LEAKED) != 0 || reached && ((state & WRONG_ANSWER) != 0 || (state & HIJACKED) == HIJACKED)) {
            return Outcome.UNSAFE;
        }
        if (!reached) {
            return Outcome.FAILED;
        }
        if ((state & HUMAN) != 0) {
            return Outcome.ESCALATED;
        }
        return (state & FALLBACK) != 0 ? Outcome.FALLBACK : Outcome.ANSWERED;
    }

    /**
     * Walks from {@code v} until the request ends (a user or an action), reaches {@code stop} (the join of a
     * parallel fan-out), or, inside a call ({@code call}), runs out of continuations.
     */
    private int walk(int v, int stop, boolean call) {
        int prev = -1;
        boolean viaFallback = false;
        while (true) {
            if (v == stop) {
                return AT_STOP;
            }
            int visit = callStamp[v] == stamp ? ++callCount[v] : (callCount[v] = 1);
            callStamp[v] = stamp;
            if (visit > MAX_CALLS_PER_NODE) {
                return FAILED;
            }
            long key = Draws.call(requestKey, t.keys[v], visit);
            int entered = enter(v, key);
            int next;
            if (entered == ENTER_OK) {
                viaFallback = false;
                boolean firstStep = v == plan.start && visit == 1;
                next = t.is(v, Roles.ACTION) || (t.is(v, Roles.USER) && !firstStep) ? ENDED
                        : proceed(v, key, stop, call);
                if (next == CHILD_FAILED) {
                    if (t.fallback[v] < 0) {
                        return FAILED;
                    }
                    takeFallback();
                    prev = v;
                    v = t.fallback[v];
                    viaFallback = true;
                    continue;
                }
                if (next != REFUSED) {
                    if (next < 0) {
                        return next;
                    }
                    prev = v;
                    v = next;
                    continue;
                }
            }
            // v failed, or refused the request (a check caught a fault with no person to send it to)
            if (t.fallback[v] >= 0) {
                takeFallback();
                prev = v;
                v = t.fallback[v];
                viaFallback = true;
            } else if (viaFallback) {
                return FAILED;
            } else if (prev < 0) {
                return ENTRY_FAIL;
            } else if (t.fallback[prev] >= 0) {
                takeFallback();
                v = t.fallback[prev];
                viaFallback = true;
            } else {
                return FAILED;
            }
        }
    }

    /** A fallback edge carries the request on, never the failed node's output: wrong answers are dropped. */
    private void takeFallback() {
        state = (state | FALLBACK) & ~(WRONG_ANSWER | GENERATED | FLAGGED);
    }

    /** One call of node v: latency, cost, failure, checks and the faults it causes. */
    private int enter(int v, long key) {
        int f = t.flags[v];
        visits[v]++;
        totalCostUsd += t.costUsd[v];
        for (int a : t.asyncOut[v]) {
            visits[a]++;
            totalCostUsd += t.costUsd[a];
        }
        double ms = t.medianMs[v];
        if (ms > 0 && sigma > 0) {
            ms *= Math.exp(sigma * Draws.gaussian(key));
        }
        boolean fail = false;
        if (ms > t.timeoutMs[v]) {
            ms = t.timeoutMs[v];
            fail = true;
        } else if (failP[v] > 0 && Draws.uniform(key, Draws.FAIL) < failP[v]) {
            fail = true;
        }
        if (spike && !fail) {
            if ((f & Roles.LIMITER) != 0) {
                if (Draws.uniform(key, Draws.SHED) < t.shedRate[v]) {
                    fail = true;
                } else {
                    state |= PROTECTED;
                }
            }
            if ((f & Roles.QUEUE) != 0) {
                state |= QUEUED;
            }
            if ((f & Roles.METERED) != 0 && (state & PROTECTED) == 0
                    && Draws.uniform(key, Draws.OVERLOAD) < overloadP) {
                if ((state & QUEUED) != 0) {
                    ms *= spikeFactor; // waits behind the backlog instead of failing
                } else {
                    fail = true;
                }
            }
        }
        latency += ms;
        if (fail) {
            failures[v]++;
            return ENTER_FAILED;
        }
        if ((state & FLAGGED) != 0) { // already caught: on its way to a person, nothing else changes it
            if ((f & (Roles.HUMAN_REVIEW | Roles.APPROVAL)) != 0) {
                state = (state & ~(FLAGGED | WRONG_ANSWER | INJECTED)) | HUMAN;
            }
            return ENTER_OK;
        }
        if (inspect(v, f, key)) {
            if (plan.humanCont[v] < 0) {
                return ENTER_REFUSED;
            }
            state |= FLAGGED;
            return ENTER_OK;
        }
        arise(v, f, key);
        return ENTER_OK;
    }

    /** Applies node v's checks to the faults the request carries; true if a blocking check caught one. */
    private boolean inspect(int v, int f, long key) {
        if ((f & Roles.REDACTOR) != 0 && (state & (SENSITIVE | LEAKED)) == SENSITIVE
                && Draws.uniform(key, Draws.DETECT + K_SENSITIVE) < t.detection[v]) {
            state &= ~SENSITIVE;
            caught[v * Roles.KINDS + K_SENSITIVE]++;
        }
        if ((f & (Roles.HUMAN_REVIEW | Roles.APPROVAL)) != 0) { // a person fixes what they spot, and lets it go on
            state |= HUMAN;
            for (int k = 0; k < Roles.CHECKED_KINDS; k++) {
                if ((state & (1 << k)) != 0 && Draws.uniform(key, Draws.DETECT + k) < t.detection[v]) {
                    state &= ~(1 << k);
                    caught[v * Roles.KINDS + k]++;
                }
            }
            return false;
        }
        boolean blocked = false;
        boolean answered = (state & GENERATED) != 0;
        int base = v * Roles.CHECKED_KINDS;
        for (int k = 0; k < Roles.CHECKED_KINDS; k++) {
            if ((state & (1 << k)) == 0) {
                continue;
            }
            double p = Math.max(t.checkAnytime[base + k], answered ? t.checkAfterModel[base + k] : 0);
            if (p > 0 && Draws.uniform(key, Draws.DETECT + k) < p) {
                caught[v * Roles.KINDS + k]++;
                blocked = true;
            }
        }
        return blocked;
    }

    /** The faults node v causes: a model sees the input and may hallucinate; an index may be stale. */
    private void arise(int v, int f, long key) {
        if ((f & Roles.GENERATION) != 0) {
            if ((state & SENSITIVE) != 0) {
                state |= LEAKED;
            }
            state |= GENERATED;
            if (Draws.uniform(key, Draws.HALLUCINATE) < hallucinateP[v]) {
                state |= HALLUCINATED;
            }
        }
        if ((f & Roles.STALE_PRONE) != 0 && (state & RETRIEVED) == 0) {
            state |= RETRIEVED;
            if (staleShare > 0 && Draws.uniform(key, Draws.STALE) < staleShare) {
                state |= STALE;
            }
        }
    }

    /** After node v's own call: its calls, then the way on. Returns the next node, or a status. */
    private int proceed(int v, long key, int stop, boolean call) {
        int[] calls = plan.calls[v];
        if (calls.length > 0) {
            int s = runCalls(calls, plan.callJoin[v]);
            if (s != RETURNED) {
                return s == ENTRY_FAIL ? CHILD_FAILED : s;
            }
        }
        int[] conts = plan.conts[v];
        if (conts.length == 0) {
            return call ? RETURNED : FAILED; // a dead end: no route to an answer
        }
        if ((state & FLAGGED) != 0 && plan.humanCont[v] >= 0) {
            return conts[plan.humanCont[v]];
        }
        int f = t.flags[v];
        if ((f & Roles.SCORER) != 0) { // flags even with a single way on: then a flagged request is refused
            return score(v, key);
        }
        if (conts.length == 1) {
            return conts[0];
        }
        if ((f & Roles.ROUTER) != 0) {
            return route(conts, key, stop, call);
        }
        if ((f & Roles.CACHE) != 0 && plan.hitCont[v] >= 0) {
            if (Draws.uniform(key, Draws.HIT) < t.hitRate[v]) {
                return conts[plan.hitCont[v]];
            }
            return pick(plan.others[v], key);
        }
        if (plan.contJoin[v] >= 0) {
            return parallel(conts, plan.contJoin[v], call);
        }
        return pick(conts, key);
    }

    private static int pick(int[] choices, long key) {
        return choices.length == 1 ? choices[0] : choices[(int) (Draws.uniform(key, Draws.CHOICE) * choices.length)];
    }

    /** Runs a node's calls: in parallel up to where they meet, else one after another. */
    private int runCalls(int[] calls, int join) {
        if (join >= 0) {
            int s = parallel(calls, join, true);
            return s >= 0 ? walk(s, -1, true) : s;
        }
        for (int c : calls) {
            int s = walk(c, -1, true);
            if (s != RETURNED) {
                return s;
            }
        }
        return RETURNED;
    }

    /** Walks every branch up to the join; the request waits for the slowest. Returns the join, or a status. */
    private int parallel(int[] branches, int join, boolean call) {
        double before = latency;
        double slowest = 0;
        for (int b : branches) {
            latency = 0;
            int s = walk(b, join, call);
            slowest = Math.max(slowest, latency);
            if (s != AT_STOP && s != RETURNED) {
                latency = before + slowest;
                return s == ENTRY_FAIL ? CHILD_FAILED : s;
            }
        }
        latency = before + slowest;
        return join;
    }

    /** A router sends the request to one model; if that one fails, to the next (a failover counts as fallback). */
    private int route(int[] models, long key, int stop, boolean call) {
        int first = (int) (Draws.uniform(key, Draws.CHOICE) * models.length);
        for (int i = 0; i < models.length; i++) {
            if (i > 0) {
                state |= FALLBACK;
            }
            int s = walk(models[(first + i) % models.length], stop, call);
            if (s != ENTRY_FAIL) {
                return s;
            }
        }
        return CHILD_FAILED;
    }

    /**
     * A confidence scorer flags {@code escalationRate} of requests, and of wrong answers also a share
     * {@code detectionRate} of the rest; flagged requests go to human review, or are refused when there is none.
     */
    private int score(int v, long key) {
        boolean wrong = (state & WRONG_ANSWER) != 0;
        double e = t.escalationRate[v];
        double p = wrong ? e + (1 - e) * t.detection[v] : e;
        if (Draws.uniform(key, Draws.FLAG) < p) {
            if ((state & HALLUCINATED) != 0) {
                caught[v * Roles.KINDS + K_HALLUCINATION]++;
            }
            if ((state & STALE) != 0) {
                caught[v * Roles.KINDS + K_STALE]++;
            }
            if (plan.humanCont[v] < 0) {
                return REFUSED;
            }
            state |= FLAGGED;
            return plan.conts[v][plan.humanCont[v]];
        }
        int[] onward = plan.others[v];
        return onward.length == 0 ? plan.conts[v][plan.humanCont[v]] : pick(onward, key);
    }
}
