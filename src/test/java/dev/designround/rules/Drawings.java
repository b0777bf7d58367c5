package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.Role;
import dev.designround.model.Trait;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reading and editing a design for the metamorphic properties without asking the grader (except
 * {@link #requestPath}, the documented request path): traits, roles, reachability over drawn flow edges, what
 * carries a model's answer, and removing a card with its neighbours wired to each other.
 */
final class Drawings {

    static final Catalog CATALOG = RuleFixtures.CATALOG;

    private Drawings() {
    }

    static Set<Trait> traits(Node n) {
        return CATALOG.traitsOf(n);
    }

    static boolean isUser(Node n) {
        return n.type().equals("user");
    }

    static boolean isModel(Node n) {
        Set<Trait> t = traits(n);
        return t.contains(Trait.MODEL) || t.contains(Trait.GENERATES);
    }

    static boolean isAction(Node n) {
        return !isUser(n) && traits(n).contains(Trait.ACTS);
    }

    static boolean fills(Node n, String roleId) {
        Role role = CATALOG.role(roleId).orElseThrow();
        if (role.types().contains(n.type())) {
            return true;
        }
        Set<String> caps = CATALOG.capabilitiesOf(n);
        return role.capabilities().stream().anyMatch(caps::contains);
    }

    /** Ids of the nodes on the request path, as the grader reads it (GraphView#requestPath). */
    static Set<String> requestPath(Design d) {
        GraphView view = GraphView.of(d, CATALOG);
        BitSet path = view.requestPath();
        Set<String> ids = new HashSet<>();
        for (int i = path.nextSetBit(0); i >= 0; i = path.nextSetBit(i + 1)) {
            ids.add(view.id(i));
        }
        return ids;
    }

    static Node node(Design d, String id) {
        return d.node(id).orElseThrow();
    }

    /**
     * Nodes reachable from the starts over drawn flow edges (starts included), entering only nodes {@code enter}
     * accepts and going on only from nodes {@code goOn} accepts (a start always goes on).
     */
    static Set<String> reach(Design d, Collection<String> starts, Predicate<String> enter, Predicate<String> goOn) {
        Set<String> seen = new LinkedHashSet<>(starts);
        ArrayDeque<String> queue = new ArrayDeque<>(starts);
        Set<String> startSet = Set.copyOf(starts);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            if (!startSet.contains(v) && !goOn.test(v)) {
                continue;
            }
            for (Edge e : d.outgoing(v)) {
                if (e.kind() == EdgeKind.FLOW && enter.test(e.to()) && seen.add(e.to())) {
                    queue.add(e.to());
                }
            }
        }
        return seen;
    }

    /**
     * What carries a model's answer to its users: the cards every drawn flow path from the model to a user it
     * answers passes (the grounding check and the confidence scorer after it, the orchestrator that hands the answer
     * back), users and actions left out. Computed from the drawing alone, not by the grader.
     */
    static Set<String> carriers(Design d, String model) {
        Predicate<String> notUser = id -> !isUser(node(d, id));
        Set<String> reached = reach(d, List.of(model), id -> true, notUser);
        Set<String> users = reached.stream().filter(id -> isUser(node(d, id))).collect(Collectors.toSet());
        Set<String> out = new LinkedHashSet<>();
        if (users.isEmpty()) {
            return out;
        }
        for (String y : reached) {
            Node n = node(d, y);
            if (y.equals(model) || isUser(n) || isAction(n)) {
                continue;
            }
            Set<String> without = reach(d, List.of(model), id -> !id.equals(y), notUser);
            if (users.stream().noneMatch(without::contains)) {
                out.add(y);
            }
        }
        return out;
    }

    static boolean hasEdge(Design d, String from, String to, EdgeKind kind) {
        return d.outgoing(from).stream().anyMatch(e -> e.to().equals(to) && e.kind() == kind);
    }

    static String arrow(Design d, Edge e) {
        return "'" + label(d, e.from()) + "' -" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + "-> '"
                + label(d, e.to()) + "' (" + e.id() + ")";
    }

    static String label(Design d, String id) {
        return CATALOG.displayName(node(d, id));
    }

    /**
     * Removes a card and wires each card before it to each card after it (the kinds merged as in
     * BundledScenariosTest: async if either was, else fallback if either was; the labels joined).
     */
    static void rewireAround(Design d, String id) {
        List<Edge> in = d.incoming(id);
        List<Edge> out = d.outgoing(id);
        d.removeNode(id);
        for (Edge a : in) {
            for (Edge b : out) {
                if (a.from().equals(id) || b.to().equals(id) || a.from().equals(b.to())) {
                    continue;
                }
                EdgeKind kind = a.kind() == EdgeKind.ASYNC || b.kind() == EdgeKind.ASYNC ? EdgeKind.ASYNC
                        : a.kind() == EdgeKind.FALLBACK || b.kind() == EdgeKind.FALLBACK ? EdgeKind.FALLBACK
                        : EdgeKind.FLOW;
                if (hasEdge(d, a.from(), b.to(), kind)) {
                    continue;
                }
                String label = String.join(" / ", java.util.stream.Stream.of(a.label(), b.label())
                        .filter(s -> !s.isBlank()).toList());
                d.addEdge(new Edge(d.freshEdgeId(), a.from(), b.to(), label, kind));
            }
        }
    }
}
