package dev.designround.sim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a simulation run: how requests ended, how long they took, what they cost, and what every node
 * saw. Immutable.
 *
 * @param settings         what was simulated
 * @param outcomes         requests per outcome, every {@link RequestOutcome} present; the counts sum to
 *                         {@code settings.requests()}
 * @param latency          request latency percentiles and histogram
 * @param costPerRequestUsd mean cost of a request: every call made, async ones included
 * @param nodes            per node, keyed by node id, in the design's node order (nodes no request reached have
 *                         zero visits)
 * @param notes            what a reader should know to interpret the run ("provider \"default\" is down: llm"),
 *                         in a stable order; may be empty
 */
public record SimulationResult(SimulationSettings settings, Map<RequestOutcome, Long> outcomes, LatencySummary latency,
                               double costPerRequestUsd, Map<String, NodeStats> nodes, List<String> notes) {

    public SimulationResult {
        EnumMap<RequestOutcome, Long> all = new EnumMap<>(RequestOutcome.class);
        for (RequestOutcome o : RequestOutcome.values()) {
            all.put(o, outcomes.getOrDefault(o, 0L));
        }
        long sum = all.values().stream().mapToLong(Long::longValue).sum();
        if (sum != settings.requests()) {
            throw new IllegalArgumentException("outcomes sum to " + sum + ", not " + settings.requests());
        }
        outcomes = Collections.unmodifiableMap(all);
        nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        notes = List.copyOf(notes);
    }

    public int requests() {
        return settings.requests();
    }

    public long count(RequestOutcome outcome) {
        return outcomes.get(outcome);
    }

    /** Share of requests with this outcome, 0..1; the five fractions sum to 1. */
    public double fraction(RequestOutcome outcome) {
        return (double) outcomes.get(outcome) / settings.requests();
    }

    public double costPer1000RequestsUsd() {
        return costPerRequestUsd * 1000;
    }

    /** Calls to every node over the run: the simulator's unit of work. */
    public long totalVisits() {
        return nodes.values().stream().mapToLong(NodeStats::visits).sum();
    }

    /** Mean calls to a node per request; 0 for an unknown id. */
    public double visitsPerRequest(String nodeId) {
        NodeStats s = nodes.get(nodeId);
        return s == null ? 0 : (double) s.visits() / settings.requests();
    }
}
