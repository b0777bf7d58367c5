package dev.designround.rules;

import dev.designround.model.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every one of the conditions holds. Fails if one failed on the merits; otherwise is absent if one was absent;
 * parts that do not apply are left out, and when none applies neither does this. A failure reports the failing
 * parts, their nodes and the first path.
 */
public record AllOf(List<Condition> conditions) implements Condition {

    public AllOf {
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("all needs at least one condition");
        }
    }

    @Override
    public String kind() {
        return "all";
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
        List<Outcome> passed = new ArrayList<>();
        boolean anyFailed = false;
        for (Condition c : conditions) {
            Outcome o = c.evaluate(view);
            switch (o.status()) {
                case PASSED -> passed.add(o);
                case FAILED -> {
                    anyFailed = true;
                    failed.add(o);
                }
                case ABSENT -> failed.add(o);
                case NOT_APPLICABLE -> {
                }
            }
        }
        if (!failed.isEmpty()) {
            return merge(anyFailed ? Outcome.Status.FAILED : Outcome.Status.ABSENT, failed);
        }
        if (passed.isEmpty()) {
            return Outcome.notApplicable("None of the parts applies to this design.");
        }
        return merge(Outcome.Status.PASSED, passed);
    }

    static Outcome merge(Outcome.Status status, List<Outcome> parts) {
        StringBuilder detail = new StringBuilder();
        Set<String> nodes = new LinkedHashSet<>();
        List<String> path = List.of();
        Set<String> said = new LinkedHashSet<>();
        Set<String> evidence = new LinkedHashSet<>();
        for (Outcome o : parts) {
            evidence.addAll(o.evidence());
            if (!said.add(o.detail())) {
                continue;
            }
            if (detail.length() > 0) {
                detail.append(' ');
            }
            detail.append(o.detail());
            nodes.addAll(o.nodes());
            if (path.isEmpty()) {
                path = o.path();
            }
        }
        return new Outcome(status, detail.toString(), List.copyOf(nodes), path, List.copyOf(evidence));
    }
}
