package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.EdgeKind;
import dev.designround.model.Trait;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Every node matching {@code select} (or, with {@code some}, at least one) is watched by a node matching
 * {@code by}. Monitoring, audit, evaluation and feedback are judged this way, as an interviewer reads them:
 * <ul>
 *   <li>an edge of any kind between a node and an observer counts whichever way it points (the eval harness runs
 *       the golden set against the model; the orchestrator writes to the audit log);</li>
 *   <li>observers reach further through other observers, queues and streams and anything off the request path
 *       (model → queue → audit log; audit log → eval pipeline; feedback → eval);</li>
 *   <li>a node is spoken for by what carries its output: a model by everything that carries its answer to the
 *       user (the confidence scorer, the orchestrator that calls it), a user by the cards they use, anything by
 *       the hub that calls it.</li>
 * </ul>
 * {@code some} fits users drawn at both ends of the request path, where only one of them gives feedback. Only
 * cards wired in (connected to what serves requests) are judged: a spare card off to the side is not yet part of
 * the design.
 */
public record Observes(Selector select, Selector by, boolean some) implements Condition {

    @Override
    public String kind() {
        return "observes";
    }

    @Override
    public List<Selector> defences(Catalog catalog) {
        return List.of(by);
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet matched = view.match(select);
        BitSet observers = view.match(by);
        if (matched.isEmpty()) {
            return Condition.nothingMatches(view, select, "");
        }
        // A card wired to nothing that serves requests is not part of the system yet: it is not judged (and an
        // unconnected spare card cannot fail a rule the rest of the design passes).
        BitSet watched = (BitSet) matched.clone();
        watched.and(view.wiredIn());
        if (watched.isEmpty()) {
            List<String> labels = view.labels(matched);
            return Outcome.absent(Text.joinAnd(labels) + (labels.size() == 1 ? " is" : " are")
                    + " not wired in, so there is nothing to judge: wire it in.", view.ids(matched));
        }
        if (observers.isEmpty()) {
            return Condition.nothingMatches(view, by, "");
        }
        BitSet seen = seenBy(view, observers);
        BitSet unobserved = new BitSet(view.size());
        BitSet observed = new BitSet(view.size());
        List<String> through = new ArrayList<>();
        for (int i = watched.nextSetBit(0); i >= 0; i = watched.nextSetBit(i + 1)) {
            if (seen.get(i)) {
                observed.set(i);
                continue;
            }
            BitSet speakers = view.spokespersons(i);
            speakers.and(seen);
            int s = speakers.nextSetBit(0);
            if (s >= 0) {
                observed.set(i);
                through.add(view.label(s) + " speaks for " + view.label(i) + " to " + by.describe(view.catalog())
                        + ".");
            } else {
                unobserved.set(i);
            }
        }
        String observerName = by.describe(view.catalog());
        List<String> evidence = new ArrayList<>(Evidence.fromLabels(view, by, observers));
        evidence.addAll(through);
        if (some && !observed.isEmpty() || unobserved.isEmpty()) {
            List<String> labels = view.labels(observed);
            return Outcome.pass(Text.joinAnd(labels) + (labels.size() == 1 ? " is" : " are") + " watched by "
                    + observerName + ".").withEvidence(evidence.size() > 4 ? evidence.subList(0, 4) : evidence);
        }
        List<String> labels = view.labels(unobserved);
        String subject = some && labels.size() > 1 ? "None of " + Text.joinAnd(labels) + " is connected"
                : Text.joinAnd(labels) + (labels.size() == 1 ? " is" : " are") + " not connected";
        return Outcome.fail(subject + " to " + observerName + ", directly or through what carries "
                + (labels.size() == 1 ? "its" : "their") + " output.", view.ids(unobserved));
    }

    /**
     * Everything an observer sees: observers and whatever they reach through observers, conduits and nodes off the
     * request path (edges of any kind, either direction), plus one more hop from those.
     */
    static BitSet seenBy(GraphView view, BitSet observers) {
        int n = view.size();
        BitSet onPath = view.requestPath();
        BitSet reached = new BitSet(n);
        BitSet touched = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int o = observers.nextSetBit(0); o >= 0; o = observers.nextSetBit(o + 1)) {
            reached.set(o);
            queue[tail++] = o;
        }
        EdgeKind[] kinds = EdgeKind.values();
        while (head < tail) {
            int v = queue[head++];
            for (EdgeKind k : kinds) {
                for (int pass = 0; pass < 2; pass++) {
                    int[] next = pass == 0 ? view.explicitSuccessors(v, k) : view.explicitPredecessors(v, k);
                    for (int w : next) {
                        touched.set(w);
                        if (reached.get(w)) {
                            continue;
                        }
                        boolean carries = view.has(w, Trait.OBSERVER) || view.has(w, Trait.CONDUIT)
                                || !onPath.get(w);
                        if (carries && !view.users().get(w)) {
                            reached.set(w);
                            queue[tail++] = w;
                        }
                    }
                }
            }
        }
        touched.or(reached);
        return touched;
    }
}
