package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * No edge (when {@code directOnly}) or no path from a node matching {@code from} to a node matching {@code to}
 * (e.g. the user straight to an action). With either end missing from the canvas the rule does not apply and
 * leaves the score alone: it neither passes nor fails.
 *
 * @param edges the edge kinds that count (default: flow)
 */
public record Forbids(Selector from, Selector to, boolean directOnly, Set<EdgeKind> edges) implements Condition {

    public static final Set<EdgeKind> DEFAULT_EDGES = Set.of(EdgeKind.FLOW);

    public Forbids {
        edges = Set.copyOf(edges);
    }

    @Override
    public String kind() {
        return "forbids";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet sources = view.match(from);
        BitSet targets = view.match(to);
        if (sources.isEmpty() || targets.isEmpty()) {
            Selector missing = sources.isEmpty() ? from : to;
            return Outcome.notApplicable("Nothing on the canvas is " + missing.describe(view.catalog())
                    + ", so there is nothing to forbid.");
        }
        String fromName = from.describe(view.catalog());
        String toName = to.describe(view.catalog());
        if (directOnly) {
            for (int a = sources.nextSetBit(0); a >= 0; a = sources.nextSetBit(a + 1)) {
                for (int b = targets.nextSetBit(0); b >= 0; b = targets.nextSetBit(b + 1)) {
                    if (view.hasEdge(a, b, edges)) {
                        return Outcome.fail(view.label(a) + " is wired straight to " + view.label(b) + ".",
                                List.of(view.id(a), view.id(b)), List.of(view.id(a), view.id(b)));
                    }
                }
            }
            return Outcome.pass("No edge goes straight from " + fromName + " to " + toName + ".");
        }
        int[] path = Traversal.findPath(view, sources, targets, edges, new BitSet(), false);
        if (path.length > 0) {
            int first = path[0];
            int last = path[path.length - 1];
            return Outcome.fail(view.label(first) + " reaches " + view.label(last) + ": "
                    + Text.path(view.labels(path)) + ".", List.of(view.id(first), view.id(last)), view.ids(path));
        }
        return Outcome.pass("No path from " + fromName + " to " + toName + ".");
    }
}
