package dev.designround.rules;

import java.util.List;

/**
 * The condition does not hold. Its messages are the inner condition's, so a rule using {@code not} should give a
 * {@code message} of its own saying what is wrong in the rule's terms. When the inner condition cannot be judged
 * (what it is about is absent or unwired) or does not apply, neither does this: it never passes for free.
 */
public record Not(Condition condition) implements Condition {

    @Override
    public String kind() {
        return "not";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        Outcome inner = condition.evaluate(view);
        return switch (inner.status()) {
            case PASSED -> new Outcome(Outcome.Status.FAILED, "This should not hold, but it does: " + inner.detail(),
                    inner.nodes(), inner.path(), inner.evidence());
            case FAILED -> new Outcome(Outcome.Status.PASSED, "As it should, this does not hold.", List.of(),
                    List.of(), List.of());
            case ABSENT, NOT_APPLICABLE -> inner;
        };
    }
}
