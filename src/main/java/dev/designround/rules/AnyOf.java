package dev.designround.rules;

import dev.designround.model.Catalog;
import java.util.ArrayList;
import java.util.List;

/**
 * At least one of the conditions holds (e.g. booking guarded by a policy engine OR a manager's approval). Fails
 * when one failed on the merits and none passed; is absent when every part is; does not apply when none does.
 */
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
    public List<Selector> defences(Catalog catalog) {
        List<Selector> out = new ArrayList<>();
        conditions.forEach(c -> out.addAll(c.defences(catalog)));
        return out;
    }

    @Override
    public Outcome evaluate(GraphView view) {
        List<Outcome> failed = new ArrayList<>();
        boolean anyFailed = false;
        boolean anyAbsent = false;
        for (Condition c : conditions) {
            Outcome o = c.evaluate(view);
            switch (o.status()) {
                case PASSED -> {
                    return o;
                }
                case FAILED -> {
                    anyFailed = true;
                    failed.add(o);
                }
                case ABSENT -> {
                    anyAbsent = true;
                    failed.add(o);
                }
                case NOT_APPLICABLE -> {
                }
            }
        }
        if (failed.isEmpty()) {
            return Outcome.notApplicable("None of the accepted ways applies to this design.");
        }
        Outcome merged = AllOf.merge(Outcome.Status.FAILED, failed);
        Outcome.Status status = anyFailed ? Outcome.Status.FAILED
                : anyAbsent ? Outcome.Status.ABSENT : Outcome.Status.NOT_APPLICABLE;
        return merged.withStatus(status, failed.size() == 1 ? merged.detail()
                : "None of the accepted ways holds. " + merged.detail());
    }
}
