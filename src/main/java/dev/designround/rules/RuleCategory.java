package dev.designround.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What part of the round a rule is about; the score is also given per category. */
public enum RuleCategory {
    REQUIREMENTS("requirements", "Requirements"),
    ARCHITECTURE("architecture", "Architecture"),
    RETRIEVAL("retrieval", "Retrieval"),
    GUARDRAILS("guardrails", "Guardrails"),
    HUMAN_IN_THE_LOOP("human-in-the-loop", "Human in the loop"),
    EVALUATION("evaluation", "Evaluation"),
    OBSERVABILITY("observability", "Observability"),
    COST_LATENCY("cost-latency", "Cost & latency"),
    SECURITY("security", "Security");

    private final String id;
    private final String label;

    RuleCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The id used in files and JSON output, e.g. {@code human-in-the-loop}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<RuleCategory> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RuleCategory::id).toList();
    }
}
