package dev.designround.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.json.JsonStyle;
import dev.designround.sim.RequestOutcome;
import dev.designround.sim.SimulationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * {@code simulate --format json}: the object PRODUCT.md fixes, and nothing else:
 * {@code {"requests", "latencyMs": {"p50", "p95", "p99"}, "costUsd": {"perRequest"}, "outcomes": {"answered",
 * "escalated", "fallback", "failed", "unsafe"}}}. Latencies are rounded to 0.1 ms and cost to six significant
 * digits, so the text is stable; outcome fractions are exact shares (count / requests) and sum to 1.
 */
final class SimulationJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SimulationJson() {
    }

    /** Pretty-printed, ending with a newline. */
    static String toJson(SimulationResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            g.writeStartObject();
            g.writeNumberField("requests", result.requests());
            g.writeObjectFieldStart("latencyMs");
            g.writeNumberField("p50", tenths(result.latency().p50Ms()));
            g.writeNumberField("p95", tenths(result.latency().p95Ms()));
            g.writeNumberField("p99", tenths(result.latency().p99Ms()));
            g.writeEndObject();
            g.writeObjectFieldStart("costUsd");
            g.writeNumberField("perRequest", significant(result.costPerRequestUsd()));
            g.writeEndObject();
            g.writeObjectFieldStart("outcomes");
            for (RequestOutcome o : RequestOutcome.values()) {
                g.writeNumberField(o.id(), result.fraction(o));
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
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
