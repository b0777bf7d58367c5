package dev.designround.rules;

import java.util.List;

/**
 * The result of evaluating one rule on one design. Every rule evaluated yields a finding.
 *
 * @param rule         the rule's stable dotted id, e.g. {@code legal.answers-grounded}
 * @param title        the rule's title, e.g. "Answers are grounded before they reach the lawyer"
 * @param status       passed; failed; not wired; said in the notes but not drawn (part credit); or not applicable
 * @param severity     blocker, major or minor (after the scenario's overrides)
 * @param category     what part of the round it is about
 * @param weight       its weight in the score
 * @param failureModes failure-mode ids the rule covers
 * @param nodes        node ids to highlight (the unguarded model, the unconnected checker, ...)
 * @param path         for path rules that failed: the node ids of one violating path, in order; else empty
 * @param message      what is wrong (or, when passed, what is right), naming nodes by their labels
 * @param why          why an interviewer cares
 * @param fix          what to add, and where
 * @param evidence     how the drawing was read for this finding, when it is not plain from the drawing: a card
 *                     counted for what its label says, a defence said in the notes
 */
public record Finding(String rule, String title, Status status, Severity severity, RuleCategory category,
                      double weight, List<String> failureModes, List<String> nodes, List<String> path,
                      String message, String why, String fix, List<String> evidence) {

    /** How a rule came out. */
    public enum Status {
        /** The design does what the rule asks. Full credit. */
        PASSED("passed", 1),
        /** It does not. No credit. */
        FAILED("failed", 0),
        /** What the rule judges is missing or not wired, so it cannot pass. No credit, but no blocker veto. */
        UNWIRED("not wired", 0),
        /** The notes say the defence but the canvas does not show it. Part credit. */
        SAID("said, not drawn", 0.5),
        /** The rule does not apply to this design; it leaves the score alone. */
        NOT_APPLICABLE("not applicable", 0);

        private final String label;
        private final double credit;

        Status(String label, double credit) {
            this.label = label;
            this.credit = credit;
        }

        public String label() {
            return label;
        }

        /** The share of the rule's weight it earns. */
        public double credit() {
            return credit;
        }

        /** The id used in JSON output: passed, failed, said, not-applicable. */
        public String id() {
            return switch (this) {
                case PASSED -> "passed";
                case FAILED -> "failed";
                case UNWIRED -> "unwired";
                case SAID -> "said";
                case NOT_APPLICABLE -> "not-applicable";
            };
        }
    }

    public Finding {
        failureModes = List.copyOf(failureModes);
        nodes = List.copyOf(nodes);
        path = List.copyOf(path);
        evidence = List.copyOf(evidence);
    }

    /** A passed or failed finding with no notes on the reading. */
    public Finding(String rule, String title, boolean passed, Severity severity, RuleCategory category,
                   double weight, List<String> failureModes, List<String> nodes, List<String> path,
                   String message, String why, String fix) {
        this(rule, title, passed ? Status.PASSED : Status.FAILED, severity, category, weight, failureModes, nodes,
                path, message, why, fix, List.of());
    }

    public boolean passed() {
        return status == Status.PASSED;
    }

    /** Not passed and counted: failed, not wired, or said but not drawn. */
    public boolean failed() {
        return status == Status.FAILED || status == Status.UNWIRED || status == Status.SAID;
    }

    /** Whether the rule counts towards the score. */
    public boolean applies() {
        return status != Status.NOT_APPLICABLE;
    }

    /** The weight it earns: its weight times its status's credit. */
    public double earned() {
        return weight * status.credit();
    }

    /**
     * A blocker that failed on the canvas: on its own, No Hire. A blocker said but not drawn, or whose subject is
     * not wired, costs its weight instead.
     */
    public boolean isFailedBlocker() {
        return status == Status.FAILED && severity == Severity.BLOCKER;
    }

    /** A blocker said in the notes but not drawn: Lean Hire at best, until it is drawn. */
    public boolean isSaidBlocker() {
        return status == Status.SAID && severity == Severity.BLOCKER;
    }
}
