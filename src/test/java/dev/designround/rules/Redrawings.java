package dev.designround.rules;

import static dev.designround.rules.Drawings.CATALOG;
import static dev.designround.rules.Drawings.arrow;
import static dev.designround.rules.Drawings.carriers;
import static dev.designround.rules.Drawings.fills;
import static dev.designround.rules.Drawings.hasEdge;
import static dev.designround.rules.Drawings.isAction;
import static dev.designround.rules.Drawings.isModel;
import static dev.designround.rules.Drawings.isUser;
import static dev.designround.rules.Drawings.label;
import static dev.designround.rules.Drawings.node;
import static dev.designround.rules.Drawings.requestPath;
import static dev.designround.rules.Drawings.rewireAround;
import static dev.designround.rules.Drawings.traits;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.Role;
import dev.designround.model.Trait;
import dev.designround.rules.ReferenceDesigns.Edit;
import dev.designround.rules.ReferenceDesigns.Reference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Redrawings a fair interviewer reads as the same design, each chosen from a real design's nodes and edges:
 * reverse the arrow between a store and its reader or between an observer and what it watches, move an audit or
 * eval edge from a model to a card that carries its answers, fold a check into a neighbour's label, swap a type
 * for one that fills the same roles, add cards off to the side. Each candidate list says in its javadoc why the
 * edit keeps the meaning, and leaves out the look-alikes that do not (a store that is a stage of the request path,
 * an observer that is a stage of a training pipeline, an audit edge on a person's sign-off, ...).
 */
final class Redrawings {

    private Redrawings() {
    }

    /** Reverses one edge. */
    record Reverse(String edge, String why, String shown) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            Edge e = d.edge(edge).orElseThrow();
            d.updateEdge(e.withEnds(e.to(), e.from()));
            return d;
        }

        @Override
        public String describe() {
            return "reverse " + why + " " + shown;
        }
    }

    /**
     * Flow edges between a store off the request path and the card on the request path that reads it (retriever,
     * orchestrator): the drawing says the same whichever way the arrow points.
     */
    static List<Reverse> storeReversals(Reference r) {
        Design d = r.design();
        Set<String> onPath = requestPath(d);
        List<Reverse> out = new ArrayList<>();
        for (Edge e : d.edges()) {
            if (e.kind() != EdgeKind.FLOW || hasEdge(d, e.to(), e.from(), e.kind())) {
                continue;
            }
            for (String[] ends : List.of(new String[] {e.from(), e.to()}, new String[] {e.to(), e.from()})) {
                Node store = node(d, ends[0]);
                Node reader = node(d, ends[1]);
                Set<Trait> rt = traits(reader);
                if (traits(store).contains(Trait.STORE) && !onPath.contains(store.id()) && !rt.contains(Trait.STORE)
                        && !isUser(reader) && onPath.contains(reader.id()) && !rt.contains(Trait.OBSERVER)
                        && !rt.contains(Trait.CONDUIT)) {
                    out.add(new Reverse(e.id(), "the store edge", arrow(d, e)));
                }
            }
        }
        return out;
    }

    /**
     * Edges of any kind between an observer off the request path (audit log, monitoring, eval, feedback) and what
     * it watches: an edge to an observer counts either way (docs: "an edge between a component and an observer
     * counts either way and through async chains").
     */
    static List<Reverse> observerReversals(Reference r) {
        Design d = r.design();
        Set<String> onPath = requestPath(d);
        List<Reverse> out = new ArrayList<>();
        for (Edge e : d.edges()) {
            if (hasEdge(d, e.to(), e.from(), e.kind())) {
                continue;
            }
            Node a = node(d, e.from());
            Node b = node(d, e.to());
            // Into the observer: it records what the card does. Out of it only onto a model (the eval harness
            // runs the golden set against the model); an observer's arrow onto anything else may be what it
            // triggers or feeds (a drift alert starting retraining), which is not watching.
            if (watches(d, b, a, onPath) || watches(d, a, b, onPath) && isModel(b)) {
                out.add(new Reverse(e.id(), "the observer edge", arrow(d, e)));
            }
        }
        return out;
    }

    /**
     * Whether an edge between the two is an observer watching a card: the observer is off the request path, not a
     * person, and not a stage of a pipeline (it does not both take from and hand on to cards that are not
     * observers: an eval gate between training and the registry, a drift monitor that triggers retraining, an A/B
     * test that deploys to the model, outcome labels fed into training data). Such a stage's arrows say which way
     * the model or the data moves, so reversing them is not a redrawing.
     */
    private static boolean watches(Design d, Node observer, Node watched, Set<String> onPath) {
        Set<Trait> t = traits(observer);
        return t.contains(Trait.OBSERVER) && !t.contains(Trait.HUMAN) && !onPath.contains(observer.id())
                && !traits(watched).contains(Trait.OBSERVER) && !isStage(d, observer.id());
    }

    private static boolean isStage(Design d, String observer) {
        boolean takes = d.incoming(observer).stream().anyMatch(e -> !traits(node(d, e.from())).contains(Trait.OBSERVER));
        boolean hands = d.outgoing(observer).stream().anyMatch(e -> !traits(node(d, e.to())).contains(Trait.OBSERVER));
        return takes && hands;
    }

    /** Moves one end of an edge from one card to another. */
    record MoveEnd(String edge, String from, String to, String shown) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            Edge e = d.edge(edge).orElseThrow();
            d.updateEdge(e.withEnds(e.from().equals(from) ? to : e.from(), e.to().equals(from) ? to : e.to()));
            return d;
        }

        @Override
        public String describe() {
            return "move " + shown;
        }
    }

    private static final Set<String> AUDIT_OR_EVAL = Set.of("audit", "evaluation", "experimentation");

    /**
     * An audit or eval edge on a model moved to a card that carries all of the model's answers on to its users
     * ({@link #carriers}: the grounding check, the confidence scorer after it, the orchestrator it answers): the
     * audit log fed by the confidence scorer records the same answers as one fed by the model. Not onto another
     * model (a note structurer after a speech model changes what it is given), and never from a check or a person,
     * whose edge records their own decisions (a clinician's signature, a policy verdict).
     */
    static List<MoveEnd> auditMoves(Reference r) {
        Design d = r.design();
        Set<String> onPath = requestPath(d);
        List<MoveEnd> out = new ArrayList<>();
        for (Node m : d.nodes()) {
            if (!isModel(m) || !onPath.contains(m.id())) {
                continue;
            }
            List<String> carriers = carriers(d, m.id()).stream().filter(id -> !isModel(node(d, id))).toList();
            for (Edge e : d.edgesOf(m.id())) {
                Node o = node(d, e.from().equals(m.id()) ? e.to() : e.from());
                if (o.id().equals(m.id()) || !watches(d, o, m, onPath)
                        || CATALOG.capabilitiesOf(o).stream().noneMatch(AUDIT_OR_EVAL::contains)) {
                    continue;
                }
                for (String y : carriers) {
                    boolean fromModel = e.from().equals(m.id());
                    if (hasEdge(d, fromModel ? y : e.from(), fromModel ? e.to() : y, e.kind())) {
                        continue;
                    }
                    out.add(new MoveEnd(e.id(), m.id(), y, "the " + (CATALOG.has(o, "audit") ? "audit" : "eval")
                            + " edge " + arrow(d, e) + " from the model to '" + label(d, y) + "', which carries its "
                            + "answers"));
                }
            }
        }
        return out;
    }

    /**
     * Deletes a check's card and says it in a neighbour's label: the neighbours are wired to each other (edge
     * labels kept), and the neighbour's label gains one phrase from components/label-phrases.json per capability
     * of the check, followed by the check's old label in quotation marks (words a reader sees, which the grader
     * reads as a quotation, not as what the card does).
     */
    record Fold(String guard, String into, int phraseSeed) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            Node g = node(d, guard);
            Node n = node(d, into);
            String label = foldedLabel(n, g, phraseSeed);
            if (label.isEmpty()) {
                throw new IllegalStateException("no phrases make '" + into + "' say what '" + guard + "' does");
            }
            rewireAround(d, guard);
            d.updateNode(n.withLabel(label));
            return d;
        }

        @Override
        public String describe() {
            return "fold the check '" + guard + "' into the label of its neighbour '" + into + "' (phrase seed "
                    + phraseSeed + ")";
        }
    }

    /** The neighbour's new label, or empty if no choice of phrases makes the label say every capability. */
    static String foldedLabel(Node into, Node guard, int seed) {
        List<String> phrases = new ArrayList<>();
        for (String c : CATALOG.capabilitiesOf(guard)) {
            List<String> options = CATALOG.labels().phrasesOf(c);
            String chosen = null;
            for (int k = 0; k < options.size() && chosen == null; k++) {
                String p = options.get(Math.floorMod(seed + k, options.size())).replace("*", "");
                Node probe = into.withLabel(base(into) + "; " + p);
                if (CATALOG.capabilitiesOf(probe).contains(c)) {
                    chosen = p;
                }
            }
            if (chosen == null) {
                return "";
            }
            phrases.add(chosen);
        }
        String label = base(into) + "; " + String.join("; ", phrases) + " \"" + guard.label().replace('"', '\'')
                + "\"";
        Node folded = into.withLabel(label);
        return CATALOG.capabilitiesOf(folded).containsAll(CATALOG.capabilitiesOf(guard)) ? label : "";
    }

    private static String base(Node n) {
        return n.hasLabel() ? n.label() : CATALOG.displayName(n);
    }

    /**
     * Checks (code, not people) on the request path, each with the flow neighbours on the request path whose
     * label can say what the check does (components/label-phrases.json and Catalog#labelCapabilitiesOf: not a
     * model, a person, a user or an action).
     */
    static List<Fold> folds(Reference r) {
        Design d = r.design();
        Set<String> onPath = requestPath(d);
        List<Fold> out = new ArrayList<>();
        for (Node g : d.nodes()) {
            boolean check = CATALOG.anyHas(CATALOG.drawnCapabilitiesOf(g), Trait.CONTROL);
            if (!check || isUser(g) || isModel(g) || traits(g).contains(Trait.HUMAN) || !onPath.contains(g.id())) {
                continue;
            }
            // The check's only way in, or its only way out, so that whatever passed the check passes the
            // neighbour (folding into one of two callers would leave the other's requests unchecked).
            Set<String> before = routes(d.incoming(g.id()), true);
            Set<String> after = routes(d.outgoing(g.id()), false);
            Set<String> neighbours = new LinkedHashSet<>();
            if (before.size() == 1) {
                neighbours.addAll(before);
            }
            if (after.size() == 1) {
                neighbours.addAll(after);
            }
            for (String nid : neighbours) {
                Node n = node(d, nid);
                if (nid.equals(g.id()) || isUser(n) || isModel(n) || isAction(n) || !onPath.contains(nid)
                        || traits(n).contains(Trait.HUMAN) || foldedLabel(n, g, 0).isEmpty()) {
                    continue;
                }
                out.add(new Fold(g.id(), nid, 0));
            }
        }
        return out;
    }

    /** The other ends of the flow and fallback edges (the ways a request moves). */
    private static Set<String> routes(List<Edge> edges, boolean sources) {
        Set<String> out = new LinkedHashSet<>();
        for (Edge e : edges) {
            if (e.kind() != EdgeKind.ASYNC) {
                out.add(sources ? e.from() : e.to());
            }
        }
        return out;
    }

    /** Gives a card another type. */
    record Swap(String node, String from, String to) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            d.updateNode(Drawings.node(d, node).withType(to));
            return d;
        }

        @Override
        public String describe() {
            return "swap '" + node + "' from type " + from + " to " + to + " (the same roles, the same capabilities)";
        }
    }

    /** The roles (components/roles.json) that list a type. */
    static Set<String> rolesOf(String type) {
        return CATALOG.roles().stream().filter(r -> r.types().contains(type)).map(Role::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Every card given another type that fills exactly the same roles (components/roles.json) and with which the
     * card still does everything it did (its capabilities by type, its own and its label's, kept or grown): a
     * rules engine for a policy engine, a human escalation for an approval gate whose label says it approves.
     * Models are left alone: the catalog tells an on-device small model from a hosted LLM, and rubrics ask for one
     * or the other (latency near the user, provider outage, tiered routing).
     */
    static List<Swap> swaps(Reference r) {
        List<Swap> out = new ArrayList<>();
        for (Node n : r.design().nodes()) {
            Set<String> roles = rolesOf(n.type());
            if (roles.isEmpty() || isUser(n) || roles.contains("model")) {
                continue;
            }
            for (String t : new java.util.TreeSet<>(CATALOG.typeIds())) {
                if (!t.equals(n.type()) && rolesOf(t).equals(roles)
                        && CATALOG.capabilitiesOf(n.withType(t)).containsAll(CATALOG.capabilitiesOf(n))) {
                    out.add(new Swap(n.id(), n.type(), t));
                }
            }
        }
        return out;
    }

    /** Adds cards off to the side: each unconnected, or a chain of custom cards wired only to each other. */
    record AddCards(List<String> types, boolean chain, List<EdgeKind> links) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            double x = d.nodes().stream().mapToDouble(Node::x).max().orElse(0) + 600;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                String id = d.freshNodeId("spare");
                d.addNode(Node.of(id, types.get(i), x + 240 * i, 2000).withLabel("Spare card " + (i + 1)));
                ids.add(id);
            }
            if (chain) {
                for (int i = 0; i + 1 < ids.size(); i++) {
                    d.addEdge(Edge.of(d.freshEdgeId(), ids.get(i), ids.get(i + 1), links.get(i % links.size())));
                }
            }
            return d;
        }

        @Override
        public String describe() {
            return "add " + (chain ? "a chain " + links + " of " : "unconnected cards ") + types + " off to the side";
        }
    }
}
