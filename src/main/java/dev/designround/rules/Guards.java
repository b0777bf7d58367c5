package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Every path from a node matching {@code from} to a node matching {@code to} passes through a node matching
 * {@code through}. Also expresses order: "every path from the user to the LLM passes PII redaction" fails when the
 * redactor sits after the model. Judged without enumerating paths: remove the guards, then test reachability.
 * With no guard on the canvas at all the rule fails, even when no path joins the two: it never passes for free.
 *
 * @param edges the edge kinds a path may use (default: flow, as PRODUCT.md says)
 */
public record Guards(Selector from, Selector to, Selector through, Set<EdgeKind> edges) implements Condition {

    public static final Set<EdgeKind> DEFAULT_EDGES = Set.of(EdgeKind.FLOW);

    public Guards {
        edges = Set.copyOf(edges);
    }

    @Override
    public String kind() {
        return "guards";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet sources = view.match(from);
        BitSet targets = view.match(to);
        BitSet guards = view.match(through);
        if (sources.isEmpty()) {
            return Condition.nothingMatches(view, from, "");
        }
        if (targets.isEmpty()) {
            return Condition.nothingMatches(view, to, "");
        }
        String guardName = through.describe(view.catalog());
        int[] path = Traversal.findPath(view, sources, targets, edges, guards, false);
        if (path.length > 0) {
            int first = path[0];
            int last = path[path.length - 1];
            String missing = guards.isEmpty() ? " (there is none on the canvas)" : "";
            return Outcome.fail(view.label(first) + " reaches " + view.label(last) + " without passing "
                            + guardName + missing + ": " + Text.path(view.labels(path)) + ".",
                    List.of(view.id(first), view.id(last)), view.ids(path));
        }
        if (guards.isEmpty()) {
            return Condition.nothingMatches(view, through, "");
        }
        BitSet reachable = new BitSet(view.size());
        Traversal.reach(view, sources, edges, false, new BitSet(), reachable, null);
        reachable.and(targets);
        String fromName = from.describe(view.catalog());
        String toName = to.describe(view.catalog());
        if (reachable.isEmpty()) {
            return Outcome.pass("No path from " + fromName + " to " + toName + " at all.");
        }
        return Outcome.pass("Every path from " + fromName + " to " + toName + " passes " + guardName + ".");
    }
}
