package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.EdgeKind;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every node matching {@code from} (with {@code some}, at least one) has a path to some node matching {@code to},
 * through a node matching {@code via} when given (e.g. the document store reaches the vector DB through an ingestion pipeline).
 * Async edges to or from an observer count either way (docs/grading.md, R6), and only cards wired in are judged.
 *
 * @param edges the edge kinds a path may use (default flow and async: data gets there, on or off the request path)
 */
public record Reaches(Selector from, Selector to, Optional<Selector> via, Set<EdgeKind> edges, boolean some)
        implements Condition {

    public static final Set<EdgeKind> DEFAULT_EDGES = Set.of(EdgeKind.FLOW, EdgeKind.ASYNC);

    public Reaches {
        edges = Set.copyOf(edges);
    }

    /** Every {@code from} node must reach. */
    public Reaches(Selector from, Selector to, Optional<Selector> via, Set<EdgeKind> edges) {
        this(from, to, via, edges, false);
    }

    @Override
    public String kind() {
        return "reaches";
    }

    @Override
    public List<Selector> defences(Catalog catalog) {
        return List.of(via.orElse(from));
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet matched = view.match(from);
        BitSet targets = view.match(to);
        if (matched.isEmpty()) {
            return Condition.nothingMatches(view, from, "");
        }
        // As in Observes: a card wired to nothing that serves requests is not judged yet.
        BitSet sources = (BitSet) matched.clone();
        sources.and(view.wiredIn());
        if (sources.isEmpty()) {
            List<String> spare = view.labels(matched);
            return Outcome.absent(Text.joinAnd(spare) + (spare.size() == 1 ? " is" : " are")
                    + " not wired in, so there is nothing to judge: wire it in.", view.ids(matched));
        }
        if (targets.isEmpty()) {
            return Condition.nothingMatches(view, to, "");
        }
        BitSet canReach = new BitSet(view.size());
        Traversal.reachBackwards(view, targets, edges, new BitSet(), canReach, true);
        String throughText = "";
        if (via.isPresent()) {
            BitSet vias = view.match(via.get());
            if (vias.isEmpty()) {
                return Condition.nothingMatches(view, via.get(), "");
            }
            BitSet goodVias = (BitSet) vias.clone();
            goodVias.and(canReach);
            canReach = new BitSet(view.size());
            Traversal.reachBackwards(view, goodVias, edges, new BitSet(), canReach, true);
            throughText = " through " + via.get().describe(view.catalog());
        }
        BitSet stranded = (BitSet) sources.clone();
        stranded.andNot(canReach);
        if (some && stranded.cardinality() < sources.cardinality()) {
            BitSet reaching = (BitSet) sources.clone();
            reaching.and(canReach);
            List<String> labels = view.labels(reaching);
            return Outcome.pass(Text.joinAnd(labels) + " " + (labels.size() == 1 ? "reaches " : "reach ")
                    + to.describe(view.catalog()) + (via.isPresent() ? " through " + via.get().describe(view.catalog())
                    : "") + ".");
        }
        String target = to.describe(view.catalog());
        if (stranded.isEmpty()) {
            List<String> labels = view.labels(sources);
            BitSet used = (BitSet) sources.clone();
            used.or(targets);
            return Outcome.pass(Text.joinAnd(labels) + " " + (labels.size() == 1 ? "reaches " : "reach ") + target
                    + throughText + ".").withEvidence(Evidence.fromLabels(view, via.orElse(from), used));
        }
        List<String> labels = view.labels(stranded);
        return Outcome.fail(Text.joinAnd(labels) + (labels.size() == 1 ? " does" : " do") + " not reach " + target
                + throughText + ".", view.ids(stranded));
    }
}
