package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every node matching {@code select} sends to a node matching {@code by}: a direct edge of any kind, or a chain of
 * async edges (model → queue → audit log). Monitoring, audit, evaluation and feedback are judged this way.
 */
public record Observes(Selector select, Selector by) implements Condition {

    @Override
    public String kind() {
        return "observes";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet watched = view.match(select);
        BitSet observers = view.match(by);
        if (watched.isEmpty()) {
            return Condition.nothingMatches(view, select, "");
        }
        if (observers.isEmpty()) {
            return Condition.nothingMatches(view, by, "");
        }
        BitSet viaAsync = new BitSet(view.size());
        Traversal.reachBackwards(view, observers, Set.of(EdgeKind.ASYNC), new BitSet(), viaAsync);
        BitSet unobserved = new BitSet(view.size());
        Set<EdgeKind> any = EnumSet.allOf(EdgeKind.class);
        for (int i = watched.nextSetBit(0); i >= 0; i = watched.nextSetBit(i + 1)) {
            if (observers.get(i)) {
                continue;
            }
            boolean seen = viaAsync.get(i);
            for (int o = observers.nextSetBit(0); !seen && o >= 0; o = observers.nextSetBit(o + 1)) {
                seen = view.hasEdge(i, o, any);
            }
            if (!seen) {
                unobserved.set(i);
            }
        }
        String observerName = by.describe(view.catalog());
        if (unobserved.isEmpty()) {
            return Outcome.pass("Every " + select.describe(view.catalog()) + " sends to " + observerName + ".");
        }
        List<String> labels = view.labels(unobserved);
        return Outcome.fail(Text.joinAnd(labels) + (labels.size() == 1 ? " has" : " have") + " no edge to "
                + observerName + ".", view.ids(unobserved));
    }
}
