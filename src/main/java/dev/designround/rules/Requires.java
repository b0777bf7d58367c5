package dev.designround.rules;

import dev.designround.model.Catalog;
import java.util.BitSet;
import java.util.List;

/**
 * At least {@code min} matching nodes that are wired in (connected to the system that serves users). A component
 * drawn but left unconnected counts for nothing, and the finding says it is unconnected.
 */
public record Requires(Selector select, int min) implements Condition {

    public Requires {
        if (min < 1) {
            throw new IllegalArgumentException("min must be at least 1");
        }
    }

    @Override
    public String kind() {
        return "requires";
    }

    @Override
    public List<Selector> defences(Catalog catalog) {
        return List.of(select);
    }

    @Override
    public Outcome evaluate(GraphView view) {
        String what = select.describe(view.catalog());
        BitSet matching = view.match(select);
        BitSet wired = (BitSet) matching.clone();
        wired.and(view.wiredIn());
        BitSet loose = (BitSet) matching.clone();
        loose.andNot(wired);
        int count = wired.cardinality();
        if (count >= min) {
            List<String> labels = view.labels(wired);
            return new Outcome(true, Text.capitalize(what) + ": " + Text.joinAnd(labels) + " "
                    + Text.isAre(labels.size()) + " wired in.", view.ids(wired), List.of())
                    .withEvidence(Evidence.fromLabels(view, select, wired));
        }
        String need = min == 1 ? "" : " (needs " + min + ", found " + count + " wired in)";
        if (matching.isEmpty()) {
            return Outcome.absent("Nothing on the canvas is " + what + need + ".", List.of());
        }
        if (!loose.isEmpty()) {
            List<String> labels = view.labels(loose);
            return Outcome.absent(Text.joinAnd(labels) + " " + Text.isAre(labels.size())
                    + " on the canvas but unconnected, so " + (labels.size() == 1 ? "it counts" : "they count")
                    + " for nothing" + need + ": wire " + (labels.size() == 1 ? "it" : "them")
                    + " into the request path.", view.ids(loose));
        }
        return Outcome.fail("Only " + count + " " + what + " wired in; needs " + min + ".", view.ids(wired));
    }
}
