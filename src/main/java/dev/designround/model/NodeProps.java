package dev.designround.model;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A node's properties. The three known numbers override the component type's defaults; every other property is
 * free-form text kept as it is (a simulator parameter such as {@code detectionRate}, or a note like
 * {@code "model": "claude-sonnet"}).
 *
 * @param latencyMs p50 latency of one call in milliseconds (0 to {@link #MAX_LATENCY_MS}), or {@code NaN} when not
 *                  set
 * @param costUsd   cost of one call in US dollars (0 to {@link #MAX_COST_USD}), or {@code NaN} when not set
 * @param errorRate share of calls that fail (0..1), or {@code NaN} when not set
 * @param other     free-form properties, sorted by name
 *
 * <p>Records compare doubles with {@link Double#compare}, so "not set" (NaN) equals "not set".
 */
public record NodeProps(double latencyMs, double costUsd, double errorRate, Map<String, String> other) {

    public static final NodeProps NONE = new NodeProps(Double.NaN, Double.NaN, Double.NaN, Map.of());

    /** The names of the known numeric properties, as in files. */
    public static final String LATENCY = "latencyMs";
    public static final String COST = "costUsd";
    public static final String ERROR_RATE = "errorRate";

    /**
     * The largest latency of one call: a billion milliseconds, about 11.6 days (a person answering within days).
     * Bounded so that a simulated request's latency, a sum of thousands of calls, stays a finite number.
     */
    public static final double MAX_LATENCY_MS = 1e9;
    /** The largest cost of one call: a million dollars. Bounded so that costs add up to finite numbers. */
    public static final double MAX_COST_USD = 1e6;

    public NodeProps {
        latencyMs += 0.0; // -0.0 becomes 0.0; NaN stays NaN
        costUsd += 0.0;
        errorRate += 0.0;
        check(latencyMs, 0, MAX_LATENCY_MS, LATENCY);
        check(costUsd, 0, MAX_COST_USD, COST);
        check(errorRate, 0, 1, ERROR_RATE);
        Objects.requireNonNull(other, "other");
        for (String key : other.keySet()) {
            if (key.equals(LATENCY) || key.equals(COST) || key.equals(ERROR_RATE)) {
                throw new IllegalArgumentException(key + " is a numeric property, not a free-form one");
            }
        }
        other = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(other));
    }

    private static void check(double value, double min, double max, String name) {
        if (!Double.isNaN(value) && (value < min || value > max || Double.isInfinite(value))) {
            throw new IllegalArgumentException(name + " out of range: " + value);
        }
    }

    public OptionalDouble latency() {
        return Double.isNaN(latencyMs) ? OptionalDouble.empty() : OptionalDouble.of(latencyMs);
    }

    public OptionalDouble cost() {
        return Double.isNaN(costUsd) ? OptionalDouble.empty() : OptionalDouble.of(costUsd);
    }

    public OptionalDouble error() {
        return Double.isNaN(errorRate) ? OptionalDouble.empty() : OptionalDouble.of(errorRate);
    }

    public boolean isEmpty() {
        return Double.isNaN(latencyMs) && Double.isNaN(costUsd) && Double.isNaN(errorRate) && other.isEmpty();
    }

    public NodeProps withLatencyMs(double value) {
        return new NodeProps(value, costUsd, errorRate, other);
    }

    public NodeProps withCostUsd(double value) {
        return new NodeProps(latencyMs, value, errorRate, other);
    }

    public NodeProps withErrorRate(double value) {
        return new NodeProps(latencyMs, costUsd, value, other);
    }

    /** A copy with a free-form property set, or removed when {@code value} is null. */
    public NodeProps withOther(String key, String value) {
        Map<String, String> copy = new TreeMap<>(other);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new NodeProps(latencyMs, costUsd, errorRate, copy);
    }

    /** A free-form property read as a number, when it is one. */
    public OptionalDouble number(String key) {
        String text = other.get(key);
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }
}
