package dev.designround.rules;

import java.util.ArrayList;
import java.util.List;

/** At least one of the conditions holds (e.g. booking guarded by a policy engine OR a manager's approval). */
public record AnyOf(List<Condition> conditions) implements Condition {

    public AnyOf {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("any needs at least one condition");
        }
    }

    @Override
    public String kind() {
        return "any";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        List<Outcome> failed = new ArrayList<>();
        for (Condition c : conditions) {
            Outcome o = c.evaluate(view);
            if (o.passed()) {
                return o;
            }
            failed.add(o);
        }
        Outcome merged = AllOf.merge(false, failed);
        return new Outcome(false, failed.size() == 1 ? merged.detail() : "None of the accepted ways holds. "
                + merged.detail(), merged.nodes(), merged.path());
    }
}
