package dev.designround.sim;

import static dev.designround.sim.Request.FLAGGED;
import static dev.designround.sim.Request.GENERATED;
import static dev.designround.sim.Request.HALLUCINATED;
import static dev.designround.sim.Request.HUMAN;
import static dev.designround.sim.Request.INJECTED;
import static dev.designround.sim.Request.LEAKED;
import static dev.designround.sim.Request.PROTECTED;
import static dev.designround.sim.Request.QUEUED;
import static dev.designround.sim.Request.RETRIEVED;
import static dev.designround.sim.Request.SENSITIVE;
import static dev.designround.sim.Request.STALE;
import static dev.designround.sim.Request.WRONG_ANSWER;
import static dev.designround.sim.Roles.K_SENSITIVE;

/**
 * What one call of a node does to a request: its latency and cost, whether it fails (error rate, timeout,
 * injected outage or tool failure, overload in a spike), the checks it applies and the faults it causes. Tallies
 * calls, failures, caught faults and cost per node over a run.
 */
final class NodeCalls {

    /** The call went through. */
    static final int OK = 0;
    /** The call failed. */
    static final int FAILED = 1;
    /** A check caught a fault and has no person to send it to: the node refuses the request. */
    static final int REFUSED = 2;

    private final NodeTable t;
    private final Request req;
    private final double sigma;
    private final double[] failP;
    private final double[] hallucinateP;
    private final double staleShare;
    private final boolean spike;
    private final double spikeFactor;
    private final double overloadP;

    final long[] visits;
    final long[] failures;
    /** Caught faults at {@code node * KINDS + kind}. */
    final long[] caught;
    double totalCostUsd;

    NodeCalls(NodeTable table, SimulationSettings settings, Request request) {
        this.t = table;
        this.req = request;
        this.sigma = settings.latencySigma();
        int n = table.n;
        failP = new double[n];
        hallucinateP = new double[n];
        double outage = intensity(settings, Fault.PROVIDER_OUTAGE);
        double tools = intensity(settings, Fault.TOOL_FAILURE);
        double wrong = intensity(settings, Fault.HALLUCINATION);
        for (int v = 0; v < n; v++) {
            double extra = (t.is(v, Roles.PRIMARY_PROVIDER) ? outage : 0) + (t.is(v, Roles.TOOL) ? tools : 0);
            failP[v] = either(t.errorRate[v], Math.min(1, extra));
            hallucinateP[v] = either(t.hallucinationRate[v], wrong);
        }
        staleShare = intensity(settings, Fault.STALE_INDEX);
        spike = settings.has(Fault.TRAFFIC_SPIKE);
        spikeFactor = Fault.TRAFFIC_SPIKE.intensity();
        overloadP = 1 - 1 / spikeFactor;
        visits = new long[n];
        failures = new long[n];
        caught = new long[n * Roles.KINDS];
    }

    static double intensity(SimulationSettings settings, Fault fault) {
        return settings.has(fault) ? fault.intensity() : 0;
    }

    /** Chance that at least one of two independent things happens. */
    private static double either(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    /** One call of node v ({@code key}: the call's draws). Returns {@link #OK}, {@link #FAILED} or {@link #REFUSED}. */
    int call(int v, long key) {
        int f = t.flags[v];
        visits[v]++;
        totalCostUsd += t.costUsd[v];
        for (int a : t.asyncOut[v]) {
            visits[a]++;
            totalCostUsd += t.costUsd[a];
        }
        double ms = t.medianMs[v];
        if (ms > 0 && sigma > 0) {
            ms *= StrictMath.exp(sigma * Draws.gaussian(key)); // strict: the same on every JDK
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
                    req.state |= PROTECTED;
                }
            }
            if ((f & Roles.QUEUE) != 0) {
                req.state |= QUEUED;
            }
            if ((f & Roles.METERED) != 0 && !req.has(PROTECTED) && Draws.uniform(key, Draws.OVERLOAD) < overloadP) {
                if (req.has(QUEUED)) {
                    ms *= spikeFactor; // waits behind the backlog instead of failing
                } else {
                    fail = true;
                }
            }
        }
        req.latencyMs += ms;
        if (fail) {
            failures[v]++;
            return FAILED;
        }
        if (req.has(FLAGGED)) { // already caught: on its way to a person, nothing else changes it
            if ((f & (Roles.HUMAN_REVIEW | Roles.APPROVAL)) != 0) {
                req.state = (req.state & ~(FLAGGED | WRONG_ANSWER | INJECTED)) | HUMAN;
            }
            return OK;
        }
        if (inspect(v, f, key)) {
            if (req.plan.humanCont[v] < 0) {
                return REFUSED;
            }
            req.state |= FLAGGED;
            return OK;
        }
        arise(v, f, key);
        return OK;
    }

    /** Applies node v's checks to the faults the request carries; true if a blocking check caught one. */
    private boolean inspect(int v, int f, long key) {
        if ((f & Roles.REDACTOR) != 0 && (req.state & (SENSITIVE | LEAKED)) == SENSITIVE
                && Draws.uniform(key, Draws.DETECT + K_SENSITIVE) < t.detection[v]) {
            req.state &= ~SENSITIVE;
            caught[v * Roles.KINDS + K_SENSITIVE]++;
        }
        if ((f & (Roles.HUMAN_REVIEW | Roles.APPROVAL)) != 0) { // a person fixes what they spot, and lets it go on
            req.state |= HUMAN;
            for (int k = 0; k < Roles.CHECKED_KINDS; k++) {
                if (req.has(1 << k) && Draws.uniform(key, Draws.DETECT + k) < t.detection[v]) {
                    req.state &= ~(1 << k);
                    caught[v * Roles.KINDS + k]++;
                }
            }
            return false;
        }
        boolean blocked = false;
        boolean answered = req.has(GENERATED);
        int base = v * Roles.CHECKED_KINDS;
        for (int k = 0; k < Roles.CHECKED_KINDS; k++) {
            if (!req.has(1 << k)) {
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

    /** The faults a call causes: a model sees the input and may hallucinate; an index may be stale. */
    private void arise(int v, int f, long key) {
        if ((f & Roles.GENERATION) != 0) {
            if (req.has(SENSITIVE)) {
                req.state |= LEAKED;
            }
            req.state |= GENERATED;
            if (Draws.uniform(key, Draws.HALLUCINATE) < hallucinateP[v]) {
                req.state |= HALLUCINATED;
            }
        }
        if ((f & Roles.STALE_PRONE) != 0 && !req.has(RETRIEVED)) {
            req.state |= RETRIEVED;
            if (staleShare > 0 && Draws.uniform(key, Draws.STALE) < staleShare) {
                req.state |= STALE;
            }
        }
    }
}
