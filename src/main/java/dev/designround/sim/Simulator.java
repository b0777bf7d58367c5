package dev.designround.sim;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends synthetic requests, one by one, through a design and reports how they ended (Monte Carlo). Behaviour
 * comes from each node's capabilities and numbers in the {@link Catalog}, with node props overriding; what each
 * capability does is in docs/simulator.md and in {@link Roles}.
 *
 * <p>Pure and deterministic: the same design and settings give an equal result, whatever machine runs it. The
 * design is read once at the start of {@link #run} and not kept, so a caller may hand over a {@link
 * Design#copy() copy} and go on editing. Thread-safe: a simulator holds nothing but the catalog.
 */
public final class Simulator {

    /**
     * Stack for a run. Walking recurses once per branching node on a request's path, which a 10,000-node design
     * could take past a default thread stack; the memory is only reserved, not used, by small designs.
     */
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    private static final int DEEP = 300;
    /** How often (a mask over request numbers) a run looks whether it was cancelled. */
    private static final int CHECK_EVERY = 1023;

    private final Catalog catalog;

    public Simulator(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * Simulates {@code settings.requests()} requests through the design.
     *
     * <p>A design without a user node still runs: every request fails, and a note says why.
     *
     * @throws CancellationException if the calling thread is interrupted before the run is over (the whiteboard
     *                               cancels a run that a newer run or an edit made stale); the interrupt flag is
     *                               left set
     */
    public SimulationResult run(Design design, SimulationSettings settings) {
        NodeTable table = new NodeTable(design, catalog);
        if (table.n < DEEP) {
            return simulate(table, settings);
        }
        AtomicReference<SimulationResult> result = new AtomicReference<>();
        AtomicReference<Throwable> error = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(simulate(table, settings));
            } catch (RuntimeException | Error e) {
                error.set(e);
            }
        }, "design-round-simulator", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw new CancellationException("simulation cancelled");
        }
        if (error.get() instanceof RuntimeException e) {
            throw e;
        }
        if (error.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    private static SimulationResult simulate(NodeTable table, SimulationSettings settings) {
        FlowPlanner planner = new FlowPlanner(table);
        FlowPlan[] plans = new FlowPlan[table.starts.length];
        // request r starts at user r % starts: fewer requests than users leave the others unplanned (each plan
        // costs time and memory in proportion to the design; a 10,000-node design with 1,000 users took 40 s and
        // 5.6 GB to simulate one request when all were planned)
        for (int i = 0; i < Math.min(plans.length, settings.requests()); i++) {
            plans[i] = planner.plan(table.starts[i]);
        }
        RequestWalker walker = new RequestWalker(table, plans, settings);
        double[] latencies = new double[settings.requests()];
        for (int r = 0; r < latencies.length; r++) {
            if ((r & CHECK_EVERY) == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("simulation cancelled");
            }
            latencies[r] = walker.walkRequest(r);
        }
        return result(table, walker, latencies, settings);
    }

    private static SimulationResult result(NodeTable t, RequestWalker w, double[] latencies,
                                           SimulationSettings settings) {
        Map<RequestOutcome, Long> outcomes = new EnumMap<>(RequestOutcome.class);
        for (RequestOutcome o : RequestOutcome.values()) {
            outcomes.put(o, w.outcomes[o.ordinal()]);
        }
        NodeCalls calls = w.calls();
        Map<String, NodeStats> nodes = new LinkedHashMap<>();
        for (int v = 0; v < t.n; v++) {
            Map<Fault, Long> caught = new EnumMap<>(Fault.class);
            for (int k = 0; k < Roles.KINDS; k++) {
                caught.put(Roles.KIND_FAULTS[k], calls.caught[v * Roles.KINDS + k]);
            }
            nodes.put(t.ids[v], new NodeStats(calls.visits[v], calls.failures[v], caught));
        }
        return new SimulationResult(settings, outcomes, LatencySummary.of(latencies),
                calls.totalCostUsd / settings.requests(), nodes, new RunNotes(t).notes(settings));
    }
}
