package dev.designround.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every one of the conditions holds. A failure reports the failing parts, their nodes and the first path. */
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
    public Outcome evaluate(GraphView view) {
        List<Outcome> failed = new ArrayList<>();
        List<Outcome> passed = new ArrayList<>();
        for (Condition c : conditions) {
            Outcome o = c.evaluate(view);
            (o.passed() ? passed : failed).add(o);
        }
        if (failed.isEmpty()) {
            return merge(true, passed);
        }
        return merge(false, failed);
    }

    static Outcome merge(boolean passed, List<Outcome> parts) {
        StringBuilder detail = new StringBuilder();
        Set<String> nodes = new LinkedHashSet<>();
        List<String> path = List.of();
        Set<String> said = new LinkedHashSet<>();
        for (Outcome o : parts) {
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
        return new Outcome(passed, detail.toString(), List.copyOf(nodes), path);
    }
}
