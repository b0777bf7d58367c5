package dev.designround.rules;

import java.util.List;
import java.util.Objects;

/**
 * One rubric rule: a condition plus what an interviewer would say about it.
 *
 * @param id           stable dotted id, e.g. {@code legal.answers-grounded}
 * @param title        what a strong design does, e.g. "Answers are grounded before they reach the lawyer"
 * @param category     the part of the round it is about
 * @param severity     blocker, major or minor
 * @param weight       its weight in the score (> 0)
 * @param failureModes failure-mode ids it covers
 * @param condition    what is checked
 * @param message      optional headline shown before the engine's detail when the rule fails; empty for none
 * @param why          why it matters, in an interviewer's voice
 * @param fix          what to add, and where
 * @param appliesWhen  when present, the rule applies only to designs with a matching node wired in ("if the design
 *                     trains on user text"); otherwise it is not applicable and leaves the score alone
 */
public record Rule(String id, String title, RuleCategory category, Severity severity, double weight,
                   List<String> failureModes, Condition condition, String message, String why, String fix,
                   java.util.Optional<Selector> appliesWhen) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(condition, "condition");
        failureModes = List.copyOf(failureModes);
        message = message == null ? "" : message;
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a positive number: " + weight);
        }
        appliesWhen = appliesWhen == null ? java.util.Optional.empty() : appliesWhen;
    }

    /** A rule that always applies. */
    public Rule(String id, String title, RuleCategory category, Severity severity, double weight,
                List<String> failureModes, Condition condition, String message, String why, String fix) {
        this(id, title, category, severity, weight, failureModes, condition, message, why, fix,
                java.util.Optional.empty());
    }

    /** The same rule with another severity and weight (a scenario's override of a global rule). */
    public Rule withSeverityAndWeight(Severity newSeverity, double newWeight) {
        return new Rule(id, title, category, newSeverity, newWeight, failureModes, condition, message, why, fix,
                appliesWhen);
    }

    public Rule withTexts(String newTitle, String newMessage, String newWhy, String newFix) {
        return new Rule(id, newTitle, category, severity, weight, failureModes, condition, newMessage, newWhy,
                newFix, appliesWhen);
    }

    /** The same rule, applying only when a node matching the selector is wired in. */
    public Rule withAppliesWhen(java.util.Optional<Selector> when) {
        return new Rule(id, title, category, severity, weight, failureModes, condition, message, why, fix, when);
    }
}
