package dev.designround.sim;

import java.util.Arrays;
import java.util.List;

/**
 * How one simulated request ended. Exactly one per request; the fractions of a run sum to 1.
 * When several apply, {@link #UNSAFE} wins (a fault that reached a user, an action or, for personal data, a model
 * cannot be taken back), then {@link #FAILED}, then {@link #ESCALATED}, then {@link #FALLBACK}.
 */
public enum RequestOutcome {
    /** Reached a user (or a side-effecting action) safely, on the normal path. */
    ANSWERED("answered"),
    /** Went through a person (human review or an approval) and ended safely. */
    ESCALATED("escalated"),
    /** Ended safely after taking a fallback edge or a router's failover to another model. */
    FALLBACK("fallback"),
    /** Never got an answer: a node failed with no fallback, a check refused it, or there was no route. */
    FAILED("failed"),
    /** A fault reached the user or an action undetected, or personal data reached a model. */
    UNSAFE("unsafe");

    private final String id;

    RequestOutcome(String id) {
        this.id = id;
    }

    /** The id used in JSON output, e.g. {@code escalated}. */
    public String id() {
        return id;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RequestOutcome::id).toList();
    }
}
