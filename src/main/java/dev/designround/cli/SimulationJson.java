package dev.designround.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.designround.json.JsonStyle;
import dev.designround.sim.Outcome;
import dev.designround.sim.SimulationResult;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code simulate --format json}: the object PRODUCT.md fixes, and nothing else:
 * {@code {"requests", "latencyMs": {"p50", "p95", "p99"}, "costUsd": {"perRequest"}, "outcomes": {"answered",
 * "escalated", "fallback", "failed", "unsafe"}}}. Latencies are rounded to 0.1 ms and cost to six significant
 * digits, so the text is stable; outcome fractions are exact shares (count / requests) and sum to 1.
 */
final class SimulationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimulationJson() {
    }

    /** Pretty-printed, ending with a newline. */
    static String toJson(SimulationResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("requests", result.requests());
        ObjectNode latency = root.putObject("latencyMs");
        latency.put("p50", tenths(result.latency().p50Ms()));
        latency.put("p95", tenths(result.latency().p95Ms()));
        latency.put("p99", tenths(result.latency().p99Ms()));
        root.putObject("costUsd").put("perRequest", significant(result.costPerRequestUsd()));
        ObjectNode outcomes = root.putObject("outcomes");
        for (Outcome o : Outcome.values()) {
            outcomes.put(o.id(), result.fraction(o));
        }
        try {
            return MAPPER.writer(JsonStyle.prettyPrinter()).writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write simulation JSON", e);
        }
    }

    /** Rounded to 0.1 ms; latencies too large for that (past 10^14 ms, about 3,000 years) as they are. */
    private static double tenths(double ms) {
        return Math.abs(ms) < 1e14 ? Math.round(ms * 10) / 10.0 : finite(ms);
    }

    private static double significant(double usd) {
        return new BigDecimal(finite(usd)).round(new MathContext(6)).doubleValue();
    }

    /**
     * JSON has no infinity or NaN. The design file's bounds keep every figure finite (a latency of at most 10^9 ms
     * and a cost of at most $10^6 per call); should one ever overflow, it is written as the largest number.
     */
    private static double finite(double d) {
        return Double.isNaN(d) ? 0 : Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, d));
    }
}
