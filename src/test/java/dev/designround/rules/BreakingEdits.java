package dev.designround.rules;

import static dev.designround.rules.Drawings.fills;
import static dev.designround.rules.Drawings.hasEdge;
import static dev.designround.rules.Drawings.isAction;
import static dev.designround.rules.Drawings.isUser;
import static dev.designround.rules.Drawings.node;
import static dev.designround.rules.Drawings.reach;
import static dev.designround.rules.Drawings.requestPath;
import static dev.designround.rules.Drawings.rewireAround;
import static dev.designround.rules.Drawings.traits;

import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import dev.designround.rules.ReferenceDesigns.Edit;
import dev.designround.rules.ReferenceDesigns.Reference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Edits that break what a design does, each chosen from a real design's nodes and edges: wire around an action
 * gate or an access filter, drop the grounding check, let the model call the action itself.
 */
final class BreakingEdits {

    private BreakingEdits() {
    }

    /** Adds a flow edge. */
    record AddFlow(String from, String to, String why) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            d.addEdge(Edge.flow(d.freshEdgeId(), from, to));
            return d;
        }

        @Override
        public String describe() {
            return "add " + from + " -> " + to + " (" + why + ")";
        }
    }

    /**
     * Wires around a gate of a role: an edge from a card before the gate to a card after it, where the card before
     * is reached without passing any gate of that role from where the danger starts (a model for action gates; a
     * user or a store for access filters). For action gates the edge goes to an action the gate leads to (past
     * any further gates in a row, so that the new route passes none); for access filters to the card right after.
     */
    static List<AddFlow> bypasses(Reference r, String role, boolean toActionsOnly, Predicate<Node> danger) {
        Design d = r.design();
        Set<String> onPath = requestPath(d);
        Set<String> gates = d.nodes().stream().filter(n -> fills(n, role)).map(Node::id).collect(Collectors.toSet());
        List<String> starts = d.nodes().stream().filter(danger).filter(n -> !gates.contains(n.id()))
                .map(Node::id).toList();
        Predicate<String> goOn = id -> !isUser(node(d, id)) && !isAction(node(d, id));
        Set<String> open = reach(d, starts, id -> !gates.contains(id), goOn);
        List<AddFlow> out = new ArrayList<>();
        Set<String> added = new HashSet<>();
        for (String g : new java.util.TreeSet<>(gates)) {
            if (!onPath.contains(g)) {
                continue;
            }
            Set<String> targets = new LinkedHashSet<>();
            if (toActionsOnly) {
                reach(d, List.of(g), id -> true, goOn).stream().filter(id -> isAction(node(d, id)))
                        .forEach(targets::add);
            } else {
                d.outgoing(g).stream().filter(e -> e.kind() == EdgeKind.FLOW).map(Edge::to)
                        .filter(id -> !gates.contains(id)).forEach(targets::add);
            }
            for (Edge in : d.incoming(g)) {
                String p = in.from();
                if (in.kind() != EdgeKind.FLOW || !open.contains(p) || isAction(node(d, p))) {
                    continue;
                }
                for (String s : targets) {
                    if (!p.equals(s) && !hasEdge(d, p, s, EdgeKind.FLOW) && added.add(p + ">" + s)) {
                        out.add(new AddFlow(p, s, "wires around the " + role + " '" + g + "'"));
                    }
                }
            }
        }
        return out;
    }

    /** Removes every grounding check: cards that check grounding by type rewired around, labels no longer read. */
    record DropGrounding(List<String> removed, List<String> unread) implements Edit {
        @Override
        public Design apply(Design original) {
            Design d = original.copy();
            removed.forEach(id -> rewireAround(d, id));
            unread.forEach(id -> d.updateNode(node(d, id).withReadsLabel(false)));
            return d;
        }

        @Override
        public String describe() {
            return "drop the grounding check" + (removed.isEmpty() ? "" : ": remove " + removed)
                    + (unread.isEmpty() ? "" : ", stop reading the labels of " + unread);
        }
    }

    static List<DropGrounding> dropGrounding(Reference r) {
        Design d = r.design();
        List<String> removed = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Node n : d.nodes()) {
            if (!fills(n, "grounding-check")) {
                continue;
            }
            Node drawnOnly = n.withReadsLabel(false);
            (fills(drawnOnly, "grounding-check") ? removed : unread).add(n.id());
        }
        return removed.isEmpty() && unread.isEmpty() ? List.of() : List.of(new DropGrounding(removed, unread));
    }

    /** A model on the request path wired straight to an action. */
    static List<AddFlow> directCalls(Reference r) {
        Design d = r.design();
        Set<String> onPath = requestPath(d);
        List<AddFlow> out = new ArrayList<>();
        for (Node m : d.nodes()) {
            if (!traits(m).contains(Trait.GENERATES) || !onPath.contains(m.id())) {
                continue;
            }
            for (Node a : d.nodes()) {
                if (isAction(a) && !hasEdge(d, m.id(), a.id(), EdgeKind.FLOW)) {
                    out.add(new AddFlow(m.id(), a.id(), "the model calls the action itself"));
                }
            }
        }
        return out;
    }
}
