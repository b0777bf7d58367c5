package dev.designround.round;

/** The four phases of an AI system-design round, in order, as the scenario panel's checklist shows them. */
public enum RoundPhase {
    REQUIREMENTS("Requirements", "Ask the clarifying questions; write volume, latency, cost and stakes in the notes."),
    ARCHITECTURE("Architecture", "Draw the request path from the user back to the user, and the data pipeline."),
    FAILURE_MODES("Failure modes", "Hallucination, injection, leaks, outages: where on the diagram is each handled?"),
    EVALUATION("Evaluation", "Offline golden set, online monitoring, feedback: how do you know it works?");

    private final String label;
    private final String description;

    RoundPhase(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The id in design files: {@code requirements}, {@code architecture}, {@code failure-modes}, {@code evaluation}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<RoundPhase> fromId(String id) {
        return java.util.Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    public static java.util.List<String> ids() {
        return java.util.Arrays.stream(values()).map(RoundPhase::id).toList();
    }
}
