package dev.designround.rules;

import java.util.List;

/**
 * What evaluating a condition found, before the rule's metadata is attached.
 *
 * @param status   passed, failed on the merits, absent (what the rule judges is not on the canvas or not wired: it
 *                 never passes for free), or not applicable (leaves the score alone)
 * @param detail   one or two sentences naming the nodes by label
 * @param nodes    node ids to highlight
 * @param path     one violating (or, for survives, surviving) path of node ids, or empty
 * @param evidence how the drawing was read to reach this, when a reader might not guess it ("Hybrid retrieval
 *                 counts as access control from its label")
 */
public record Outcome(Status status, String detail, List<String> nodes, List<String> path, List<String> evidence) {

    /** How a condition came out. */
    public enum Status {
        PASSED, FAILED, ABSENT, NOT_APPLICABLE
    }

    public Outcome {
        nodes = List.copyOf(nodes);
        path = List.copyOf(path);
        evidence = List.copyOf(evidence);
    }

    public Outcome(boolean passed, String detail, List<String> nodes, List<String> path) {
        this(passed ? Status.PASSED : Status.FAILED, detail, nodes, path, List.of());
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    public static Outcome pass(String detail) {
        return new Outcome(Status.PASSED, detail, List.of(), List.of(), List.of());
    }

    public static Outcome fail(String detail, List<String> nodes) {
        return new Outcome(Status.FAILED, detail, nodes, List.of(), List.of());
    }

    public static Outcome fail(String detail, List<String> nodes, List<String> path) {
        return new Outcome(Status.FAILED, detail, nodes, path, List.of());
    }

    /** What the rule judges is missing or unwired: the rule fails and says so, never passes for free. */
    public static Outcome absent(String detail, List<String> nodes) {
        return new Outcome(Status.ABSENT, detail, nodes, List.of(), List.of());
    }

    public static Outcome notApplicable(String detail) {
        return new Outcome(Status.NOT_APPLICABLE, detail, List.of(), List.of(), List.of());
    }

    /** The same outcome with notes on how the drawing was read added. */
    public Outcome withEvidence(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(evidence);
        for (String e : more) {
            if (!all.contains(e)) {
                all.add(e);
            }
        }
        return new Outcome(status, detail, nodes, path, all);
    }

    public Outcome withStatus(Status newStatus, String newDetail) {
        return new Outcome(newStatus, newDetail, nodes, path, evidence);
    }
}
