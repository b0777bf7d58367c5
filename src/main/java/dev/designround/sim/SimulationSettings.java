package dev.designround.sim;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What to simulate: how many requests, the seed, the injected faults and the width of the latency tail.
 * Immutable. The same settings on the same design give the same result, to the bit.
 *
 * @param requests     number of requests, 1..{@value #MAX_REQUESTS}
 * @param seed         any number; runs with the same seed are identical
 * @param faults       injected faults (may be empty: the design on a normal day); iterates in declaration order
 * @param latencySigma the sigma of each node's lognormal latency around its p50 (0 = no spread), 0..3
 */
public record SimulationSettings(int requests, long seed, Set<Fault> faults, double latencySigma) {

    public static final int DEFAULT_REQUESTS = 10_000;
    public static final int MAX_REQUESTS = 2_000_000;
    public static final long DEFAULT_SEED = 1;
    /** A lognormal sigma of 0.5 puts p99 at about 3.2 times p50, what API latencies typically show. */
    public static final double DEFAULT_SIGMA = 0.5;

    /**
     * @throws IllegalArgumentException if {@code requests} or {@code latencySigma} is out of range
     */
    public SimulationSettings {
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalArgumentException("requests must be between 1 and " + MAX_REQUESTS + ": " + requests);
        }
        if (!(latencySigma >= 0 && latencySigma <= 3)) {
            throw new IllegalArgumentException("latencySigma must be between 0 and 3: " + latencySigma);
        }
        // An unmodifiable EnumSet: iterates in declaration order, so output listing the faults is stable.
        faults = Collections.unmodifiableSet(faults.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(faults));
    }

    /** 10,000 requests, seed 1, no faults, sigma 0.5. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(DEFAULT_REQUESTS, DEFAULT_SEED, Set.of(), DEFAULT_SIGMA);
    }

    public SimulationSettings withRequests(int newRequests) {
        return new SimulationSettings(newRequests, seed, faults, latencySigma);
    }

    public SimulationSettings withSeed(long newSeed) {
        return new SimulationSettings(requests, newSeed, faults, latencySigma);
    }

    public SimulationSettings withFaults(Collection<Fault> newFaults) {
        return new SimulationSettings(requests, seed, Set.copyOf(newFaults), latencySigma);
    }

    public SimulationSettings withFaults(Fault... newFaults) {
        return withFaults(Set.of(newFaults));
    }

    public SimulationSettings withLatencySigma(double sigma) {
        return new SimulationSettings(requests, seed, faults, sigma);
    }

    public boolean has(Fault fault) {
        return faults.contains(fault);
    }
}
