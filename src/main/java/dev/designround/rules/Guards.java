package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.EdgeKind;
import dev.designround.model.Trait;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Every path from a node matching {@code from} to a node matching {@code to} passes a node matching
 * {@code through}. Also expresses order: "every path from the user to the LLM passes PII redaction" fails when the
 * redactor sits after the model. Judged without enumerating paths: remove the guards, then test reachability.
 *
 * <p>Read as docs/grading.md says: a hub (orchestrator) that calls a guard counts as applying it to what passes
 * through the hub, except on the way to an action, which only a check on the path itself protects; a node that has the check applies it to what passes through it, at either end (an index that
 * filters by ACL, a training pipeline that scrubs what it takes in); when the sources are stores, a guard on every request path into the reader
 * protects what the reader reads (a permissions filter scoping the retriever's query); and on the way out of a
 * model, a person a check escalates to looks at what passes them. When no path joins the two
 * at all, the rule passes only if both ends are on the request path and the path is not one every design needs
 * (to or from the user); otherwise it says what is not wired: it never passes for free.
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
    public List<Selector> defences(Catalog catalog) {
        return List.of(through);
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet sources = view.match(from);
        BitSet targets = view.match(to);
        if (sources.isEmpty()) {
            return Condition.nothingMatches(view, from, "");
        }
        if (targets.isEmpty()) {
            return Condition.nothingMatches(view, to, "");
        }
        BitSet people = new BitSet();
        if (allGenerate(view, sources)) {
            // A person a check escalates to looks at what passes them: a reviewed answer is a checked answer.
            people = view.escalationHumans();
        }
        String guardName = through.describe(view.catalog());
        // An action is protected only by a check on the way to it, enforced at the tool: a policy the agent loop
        // consults and hands back to the model is advice, not a gate. Elsewhere a check a hub calls counts.
        BitSet actionTargets = (BitSet) targets.clone();
        actionTargets.and(view.actions());
        BitSet otherTargets = (BitSet) targets.clone();
        otherTargets.andNot(actionTargets);
        BitSet hubGuards = (BitSet) view.guardSet(through).clone();
        hubGuards.or(people);
        BitSet pathGuards = (BitSet) view.match(through).clone();
        pathGuards.or(people);
        Search found = search(view, sources, otherTargets, hubGuards);
        if (found.path().length == 0) {
            Search toActions = search(view, sources, actionTargets, pathGuards);
            found = new Search(toActions.path(), found.scopeEvidence().isEmpty() ? toActions.scopeEvidence()
                    : found.scopeEvidence());
        }
        int[] path = found.path();
        List<String> scopeEvidence = found.scopeEvidence();
        if (path.length > 0) {
            int first = path[0];
            int last = path[path.length - 1];
            String missing = view.match(through).isEmpty() ? " (there is none on the canvas)" : "";
            return Outcome.fail(view.label(first) + " reaches " + view.label(last) + " without passing "
                            + guardName + missing + ": " + Text.path(view.labels(path)) + ".",
                    List.of(view.id(first), view.id(last)), view.ids(path));
        }
        String fromName = from.describe(view.catalog());
        String toName = to.describe(view.catalog());
        BitSet reachable = view.reachableFrom(sources, edges);
        boolean joined = reachable.intersects(targets);
        if (!joined) {
            return unjoined(view, sources, targets, fromName, toName);
        }
        BitSet used = (BitSet) view.match(through).clone();
        used.and(reachable);
        List<String> evidence = new ArrayList<>(Evidence.fromLabels(view, through, used));
        BitSet hubs = actionTargets.isEmpty() ? view.hubsCalling(through) : new BitSet();
        hubs.and(reachable);
        hubs.andNot(targets);
        evidence.addAll(Evidence.fromHubs(view, through, hubs));
        evidence.addAll(scopeEvidence);
        people.andNot(view.match(through));
        people.and(reachable);
        people.andNot(targets);
        if (!people.isEmpty()) {
            evidence.add("A person on the path (" + Text.joinAnd(view.labels(people))
                    + ") checks what passes them.");
        }
        return Outcome.pass("Every path from " + fromName + " to " + toName + " passes " + guardName + ".")
                .withEvidence(evidence);
    }

    /**
     * No flow path joins the two. That passes only when both ends are on the request path and neither is the user
     * (the model cannot reach the action at all); a model whose answers never reach the user, or a model no request
     * reaches, is not wired, and the rule says so.
     */
    private static Outcome unjoined(GraphView view, BitSet sources, BitSet targets, String fromName, String toName) {
        boolean userEnd = sources.intersects(view.users()) || targets.intersects(view.users());
        BitSet served = view.fromUsers();
        boolean bothServed = sources.intersects(served) && targets.intersects(served);
        if (!userEnd && bothServed) {
            return Outcome.pass("No path leads from " + fromName + " to " + toName + ": " + toName
                    + " is reached only by other routes.");
        }
        List<String> ids = new ArrayList<>(view.ids(sources));
        return Outcome.absent("No flow path leads from " + fromName + " to " + toName + ", so there is nothing "
                + "to protect yet: wire the path a request takes before judging what guards it.", ids);
    }

    /** A violating path (empty if none) and, when a scope was needed to rule one out, why. */
    private record Search(int[] path, List<String> scopeEvidence) {
    }

    /**
     * A path from a source to a target that avoids the guards; for sources that are stores, also avoiding what a
     * guard scopes (a retriever whose every query passes the permissions filter).
     */
    private Search search(GraphView view, BitSet sources, BitSet targets, BitSet guards) {
        if (targets.isEmpty()) {
            return new Search(new int[0], List.of());
        }
        BitSet stores = new BitSet(view.size());
        for (int i = sources.nextSetBit(0); i >= 0; i = sources.nextSetBit(i + 1)) {
            if (view.has(i, Trait.STORE)) {
                stores.set(i);
            }
        }
        BitSet others = (BitSet) sources.clone();
        others.andNot(stores);
        int[] path = Traversal.findPath(view, others, targets, edges, guards, false);
        if (path.length > 0 || stores.isEmpty()) {
            return new Search(path, List.of());
        }
        int[] unscoped = Traversal.findPath(view, stores, targets, edges, guards, false);
        if (unscoped.length == 0 || guards.isEmpty()) {
            return new Search(unscoped, List.of());
        }
        BitSet scoped = view.scopedBy(guards);
        BitSet blocked = (BitSet) guards.clone();
        blocked.or(scoped);
        path = Traversal.findPath(view, stores, targets, edges, blocked, false);
        return new Search(path, path.length == 0 ? scopeEvidence(view, unscoped, scoped, guards) : List.of());
    }

    private static boolean allGenerate(GraphView view, BitSet sources) {
        for (int i = sources.nextSetBit(0); i >= 0; i = sources.nextSetBit(i + 1)) {
            if (!view.has(i, Trait.GENERATES)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> scopeEvidence(GraphView view, int[] unscoped, BitSet scoped, BitSet guards) {
        for (int i : unscoped) {
            if (scoped.get(i)) {
                BitSet g = (BitSet) guards.clone();
                return List.of("Every request into " + view.label(i) + " passes " + Text.joinOr(view.labels(g))
                        + ", so what " + view.label(i) + " reads is filtered before it goes on.");
            }
        }
        return List.of();
    }
}
