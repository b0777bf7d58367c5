package dev.designround.sim;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one node saw in a run: the load on it, how often it failed, and which faults it caught.
 *
 * @param visits   calls to the node, over all requests (a node in a loop or on a fallback path may be called
 *                 more than once per request; an async target counts one call per async edge taken)
 * @param failures calls that failed: its error rate, a timeout, an outage, a tool failure, overload, or (for a
 *                 rate limiter) a shed request
 * @param caught   faults the node caught, by kind (only the kinds it caught at least once), in
 *                 {@link Fault#catchable()} order
 */
public record NodeStats(long visits, long failures, Map<Fault, Long> caught) {

    public NodeStats {
        EnumMap<Fault, Long> copy = new EnumMap<>(Fault.class);
        caught.forEach((fault, count) -> {
            if (count > 0) {
                copy.put(fault, count);
            }
        });
        caught = Collections.unmodifiableMap(copy);
    }

    /** How many faults of this kind the node caught. */
    public long caught(Fault fault) {
        return caught.getOrDefault(fault, 0L);
    }

    /** How many faults the node caught, all kinds together. */
    public long totalCaught() {
        return caught.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of calls that failed, 0 when never called. */
    public double failureRate() {
        return visits == 0 ? 0 : (double) failures / visits;
    }
}
