package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every node matching {@code select} (or, with {@code some}, at least one) sends to a node matching {@code by}: a
 * direct edge of any kind, or a chain of async edges (model → queue → audit log). Monitoring, audit, evaluation and
 * feedback are judged this way. {@code some} fits users drawn at both ends of the request path, where only the one
 * that receives answers gives feedback.
 */
public record Observes(Selector select, Selector by, boolean some) implements Condition {

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
        if (some && unobserved.cardinality() < watched.cardinality()) {
            BitSet observed = (BitSet) watched.clone();
            observed.andNot(unobserved);
            List<String> labels = view.labels(observed);
            return Outcome.pass(Text.joinAnd(labels) + (labels.size() == 1 ? " sends to " : " send to ")
                    + observerName + ".");
        }
        if (unobserved.isEmpty()) {
            List<String> all = view.labels(watched);
            return Outcome.pass(Text.joinAnd(all) + (all.size() == 1 ? " sends to " : " send to ") + observerName
                    + ".");
        }
        List<String> labels = view.labels(unobserved);
        String subject = some && labels.size() > 1 ? "None of " + Text.joinAnd(labels) + " has an edge"
                : Text.joinAnd(labels) + (labels.size() == 1 ? " has no edge" : " have no edge");
        return Outcome.fail(subject + " to " + observerName + ".", view.ids(unobserved));
    }
}
