package dev.designround.rules;

import java.util.List;

/**
 * The result of evaluating one rule on one design. Every rule evaluated yields a finding, passed or not.
 *
 * @param rule         the rule's stable dotted id, e.g. {@code legal.answers-grounded}
 * @param title        the rule's title, e.g. "Answers are grounded before they reach the lawyer"
 * @param passed       whether the design satisfies the rule
 * @param severity     blocker, major or minor (after the scenario's overrides)
 * @param category     what part of the round it is about
 * @param weight       its weight in the score
 * @param failureModes failure-mode ids the rule covers
 * @param nodes        node ids to highlight (the unguarded model, the unconnected checker, ...)
 * @param path         for path rules that failed: the node ids of one violating path, in order; else empty
 * @param message      what is wrong (or, when passed, what is right), naming nodes by their labels
 * @param why          why an interviewer cares
 * @param fix          what to add, and where
 */
public record Finding(String rule, String title, boolean passed, Severity severity, RuleCategory category,
                      double weight, List<String> failureModes, List<String> nodes, List<String> path,
                      String message, String why, String fix) {

    public Finding {
        failureModes = List.copyOf(failureModes);
        nodes = List.copyOf(nodes);
        path = List.copyOf(path);
    }

    public boolean failed() {
        return !passed;
    }

    public boolean isFailedBlocker() {
        return !passed && severity == Severity.BLOCKER;
    }
}
