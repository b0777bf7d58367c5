package dev.designround.sim;

import static dev.designround.sim.Request.FALLBACK;
import static dev.designround.sim.Request.FLAGGED;
import static dev.designround.sim.Request.GENERATED;
import static dev.designround.sim.Request.HALLUCINATED;
import static dev.designround.sim.Request.INJECTED;
import static dev.designround.sim.Request.SENSITIVE;
import static dev.designround.sim.Request.STALE;
import static dev.designround.sim.Request.WRONG_ANSWER;

/**
 * Moves requests, one by one, through a compiled design along its {@link FlowPlan}s, and tallies how they ended.
 * At each node it makes the node's call ({@link NodeCalls}), then the node's calls, then picks how to go on: one
 * continuation, a choice, a parallel fan-out, a router's failover, a scorer's escalation, a cache hit; on a
 * failure or a refusal, a fallback edge. Chains are followed in a loop; only branching recurses. Allocates
 * nothing per request.
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

    /** A node called more often than this in one request is a runaway loop: the request fails. */
    static final int MAX_CALLS_PER_NODE = 4;

    private final NodeTable t;
    private final FlowPlan[] plans;
    private final Draws draws;
    private final Request req;
    private final NodeCalls calls;
    private final double injectedShare;
    private final double sensitiveShare;
    final long[] outcomes = new long[RequestOutcome.values().length];

    RequestWalker(NodeTable table, FlowPlan[] plans, SimulationSettings settings) {
        this.t = table;
        this.plans = plans;
        this.draws = new Draws(settings.seed());
        this.req = new Request(table.n);
        this.calls = new NodeCalls(table, settings, req);
        this.injectedShare = NodeCalls.intensity(settings, Fault.PROMPT_INJECTION);
        this.sensitiveShare = NodeCalls.intensity(settings, Fault.SENSITIVE_DATA);
    }

    NodeCalls calls() {
        return calls;
    }

    /** Walks request number {@code r}; returns its latency in ms and tallies its outcome. */
    double walkRequest(long r) {
        req.reset(r, draws.request(r), plans.length == 0 ? null : plans[(int) (r % plans.length)]);
        if (plans.length == 0) {
            outcomes[RequestOutcome.FAILED.ordinal()]++;
            return 0;
        }
        if (injectedShare > 0 && Draws.uniform(req.key, Draws.INJECTION_INPUT) < injectedShare) {
            req.state |= INJECTED;
        }
        if (sensitiveShare > 0 && Draws.uniform(req.key, Draws.SENSITIVE_INPUT) < sensitiveShare) {
            req.state |= SENSITIVE;
        }
        int status = walk(req.plan.start, -1, false);
        outcomes[req.outcome(status == ENDED).ordinal()]++;
        return req.latencyMs;
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
            int visit = req.call(v);
            if (visit > MAX_CALLS_PER_NODE) {
                return FAILED;
            }
            long key = Draws.call(req.key, t.keys[v], visit);
            if (calls.call(v, key) == NodeCalls.OK) {
                viaFallback = false;
                boolean firstStep = v == req.plan.start && visit == 1;
                int next = t.is(v, Roles.ACTION) || (t.is(v, Roles.USER) && !firstStep) ? ENDED
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
        req.state = (req.state | FALLBACK) & ~(WRONG_ANSWER | GENERATED | FLAGGED);
    }

    /** After node v's own call: its calls, then the way on. Returns the next node, or a status. */
    private int proceed(int v, long key, int stop, boolean call) {
        FlowPlan plan = req.plan;
        if (plan.calls[v].length > 0) {
            int s = runCalls(plan.calls[v], plan.callJoin[v]);
            if (s != RETURNED) {
                return s == ENTRY_FAIL ? CHILD_FAILED : s;
            }
        }
        int[] conts = plan.conts[v];
        if (conts.length == 0) {
            return call ? RETURNED : FAILED; // a dead end: no route to an answer
        }
        if (req.has(FLAGGED) && plan.humanCont[v] >= 0) {
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
        if ((f & Roles.CHOOSER) != 0 && (f & Roles.CACHE) == 0 && plan.humanCont[v] >= 0
                && plan.others[v].length > 0) {
            return pick(plan.others[v], key); // unflagged: not to the person
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
    private int runCalls(int[] targets, int join) {
        if (join >= 0) {
            int s = parallel(targets, join, true);
            return s >= 0 ? walk(s, -1, true) : s;
        }
        for (int c : targets) {
            int s = walk(c, -1, true);
            if (s != RETURNED) {
                return s;
            }
        }
        return RETURNED;
    }

    /** Walks every branch up to the join; the request waits for the slowest. Returns the join, or a status. */
    private int parallel(int[] branches, int join, boolean call) {
        double before = req.latencyMs;
        double slowest = 0;
        for (int b : branches) {
            req.latencyMs = 0;
            int s = walk(b, join, call);
            slowest = Math.max(slowest, req.latencyMs);
            if (s != AT_STOP && s != RETURNED) {
                req.latencyMs = before + slowest;
                return s == ENTRY_FAIL ? CHILD_FAILED : s;
            }
        }
        req.latencyMs = before + slowest;
        return join;
    }

    /** A router sends the request to one model; if that one fails, to the next (a failover counts as fallback). */
    private int route(int[] models, long key, int stop, boolean call) {
        int first = (int) (Draws.uniform(key, Draws.CHOICE) * models.length);
        for (int i = 0; i < models.length; i++) {
            if (i > 0) {
                req.state |= FALLBACK;
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
        FlowPlan plan = req.plan;
        double e = t.escalationRate[v];
        double p = req.has(WRONG_ANSWER) ? e + (1 - e) * t.detection[v] : e;
        if (Draws.uniform(key, Draws.FLAG) < p) {
            if (req.has(HALLUCINATED)) {
                calls.caught[v * Roles.KINDS + Roles.K_HALLUCINATION]++;
            }
            if (req.has(STALE)) {
                calls.caught[v * Roles.KINDS + Roles.K_STALE]++;
            }
            if (plan.humanCont[v] < 0) {
                return REFUSED;
            }
            req.state |= FLAGGED;
            return plan.conts[v][plan.humanCont[v]];
        }
        int[] onward = plan.others[v];
        return onward.length == 0 ? plan.conts[v][plan.humanCont[v]] : pick(onward, key);
    }
}
