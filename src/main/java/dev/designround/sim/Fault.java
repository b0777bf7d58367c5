package dev.designround.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A fault the simulator can inject ({@code simulate --inject ID}). Each has a fixed intensity, chosen to be
 * clearly visible in 10,000 requests and plausible for a bad day in production.
 *
 * <p>Four of them are also the kinds of fault a request can carry and a checker can catch:
 * {@link #HALLUCINATION}, {@link #STALE_INDEX}, {@link #PROMPT_INJECTION} and {@link #SENSITIVE_DATA}
 * (hallucinations also happen without injection, at each model's own {@code hallucinationRate}).
 */
public enum Fault {

    /** The primary model provider is down: every {@code generation} node on that provider fails. */
    PROVIDER_OUTAGE("provider-outage", 1.0,
            "the primary model provider is down: its models fail every call"),
    /** A share of model answers are wrong, on top of each model's own hallucination rate. */
    HALLUCINATION("hallucination", 0.30,
            "30% more model answers are wrong (on top of each model's own hallucinationRate)"),
    /** A share of inputs are malicious. */
    PROMPT_INJECTION("prompt-injection", 0.20,
            "20% of inputs carry a prompt injection"),
    /** A share of inputs carry personal data. */
    SENSITIVE_DATA("sensitive-data", 0.30,
            "30% of inputs carry personal data (PII)"),
    /** A share of retrievals from an index without change capture return outdated or missing content. */
    STALE_INDEX("stale-index", 0.30,
            "30% of retrievals from an index without change capture are stale or miss"),
    /** A share of tool and action calls fail. */
    TOOL_FAILURE("tool-failure", 0.50,
            "50% of tool and action calls fail"),
    /** Load is multiplied: metered calls over quota fail, rate limiters shed, queues wait. */
    TRAFFIC_SPIKE("traffic-spike", 5.0,
            "5x the normal load: model and API quotas run out unless a rate limiter sheds the surge");

    private final String id;
    private final double intensity;
    private final String summary;

    Fault(String id, double intensity, String summary) {
        this.id = id;
        this.intensity = intensity;
        this.summary = summary;
    }

    /** The id used on the command line and in files, e.g. {@code prompt-injection}. */
    public String id() {
        return id;
    }

    /**
     * How strong the injected fault is: the share of calls, inputs or answers affected (0..1), or for
     * {@link #TRAFFIC_SPIKE} the load multiplier.
     */
    public double intensity() {
        return intensity;
    }

    /** One line for people: what injecting this fault does. */
    public String summary() {
        return summary;
    }

    public static Optional<Fault> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Fault::id).toList();
    }

    /** The faults a request can carry and a checker can catch, in the order results list them. */
    public static List<Fault> catchable() {
        return List.of(HALLUCINATION, STALE_INDEX, PROMPT_INJECTION, SENSITIVE_DATA);
    }
}
