package dev.designround.rules;

import java.util.List;

/**
 * The condition does not hold. Its messages are the inner condition's, so a rule using {@code not} should give a
 * {@code message} of its own saying what is wrong in the rule's terms.
 */
public record Not(Condition condition) implements Condition {

    @Override
    public String kind() {
        return "not";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        Outcome inner = condition.evaluate(view);
        if (inner.passed()) {
            return new Outcome(false, "This should not hold, but it does: " + inner.detail(), inner.nodes(),
                    inner.path());
        }
        return new Outcome(true, "As it should, this does not hold.", List.of(), List.of());
    }
}
