package dev.designround.rules;

import dev.designround.model.EdgeKind;
import dev.designround.model.Trait;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Who answers for what in a {@link GraphView}, read the way an interviewer reads the roles on a whiteboard: what a
 * hub calls (a check the orchestrator calls applies to what passes through it), which nodes apply a check, what
 * carries a model's answer, who speaks for a node to an observer, and which people are an escalation branch a
 * chooser sends some requests to. Built on the view's {@link Reachability}; answers are cached for the view's
 * life. Not thread-safe, one per view.
 */
final class Responsibilities {

    private final GraphView view;
    private final Reachability reach;
    private final int n;
    private final Map<Integer, BitSet> called = new HashMap<>();
    private final Map<Selector, BitSet> guardSets = new HashMap<>();
    private final Map<Integer, BitSet> answerPaths = new HashMap<>();
    private final Map<Integer, BitSet> spokespersons = new HashMap<>();
    private final Map<Integer, BitSet> userCards = new HashMap<>();
    private Map<Integer, BitSet> drivenBy;
    private BitSet callBarrier;
    private BitSet escalationHumans;

    /** Roles in the view's drawing, which must be complete; nothing is read yet. */
    Responsibilities(GraphView view, Reachability reach) {
        this.view = view;
        this.reach = reach;
        this.n = view.size();
    }

    /** See {@link GraphView#calledBy}. */
    BitSet calledBy(int hub) {
        return called.computeIfAbsent(hub, h -> reach.loopsThrough(h, callBarrier()));
    }

    /** What a hub's calls do not go through: users, actions, hubs and models. */
    private BitSet callBarrier() {
        if (callBarrier == null) {
            BitSet barrier = view.ends();
            barrier.or(view.hubs());
            for (int i = 0; i < n; i++) {
                if (view.has(i, Trait.GENERATES)) {
                    barrier.set(i);
                }
            }
            callBarrier = barrier;
        }
        return callBarrier;
    }

    /** See {@link GraphView#guardSet}. */
    BitSet guardSet(Selector through) {
        return guardSets.computeIfAbsent(through, s -> {
            BitSet hubs = view.hubs();
            BitSet g = (BitSet) view.match(s).clone();
            for (int h = hubs.nextSetBit(0); h >= 0; h = hubs.nextSetBit(h + 1)) {
                if (!g.get(h) && calledBy(h).intersects(view.match(s))) {
                    g.set(h);
                }
            }
            return g;
        });
    }

    /** See {@link GraphView#hubsCalling}. */
    BitSet hubsCalling(Selector through) {
        BitSet viaHub = (BitSet) guardSet(through).clone();
        viaHub.andNot(view.match(through));
        return viaHub;
    }

    /** See {@link GraphView#escalationHumans}. */
    BitSet escalationHumans() {
        if (escalationHumans == null) {
            escalationHumans = findEscalationHumans();
        }
        return (BitSet) escalationHumans.clone();
    }

    private BitSet findEscalationHumans() {
        BitSet h = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (!view.has(i, Trait.HUMAN)) {
                continue;
            }
            if (branchesTo(i, new BitSet(n))) {
                h.set(i);
            }
        }
        return h;
    }

    /** Whether a chooser with another way on sends to node {@code i}, directly or through queues. */
    private boolean branchesTo(int i, BitSet seen) {
        seen.set(i);
        for (int p : flowIn(i)) {
            if (view.has(p, Trait.CHOOSER) && flowOut(p).length > 1) {
                return true;
            }
            if (!seen.get(p) && view.has(p, Trait.CONDUIT) && branchesTo(p, seen)) {
                return true;
            }
        }
        return false;
    }

    /** See {@link GraphView#answerPath}. */
    BitSet answerPath(int model) {
        return answerPaths.computeIfAbsent(model, m -> {
            BitSet forward = (BitSet) reach.forwardFrom(m).clone();
            forward.and(reach.finishing());
            forward.andNot(view.users());
            forward.set(m);
            return forward;
        });
    }

    /** See {@link GraphView#spokespersons}. */
    BitSet spokespersons(int i) {
        return (BitSet) spokespersons.computeIfAbsent(i, this::findSpokespersons).clone();
    }

    private BitSet findSpokespersons(int i) {
        BitSet users = view.users();
        BitSet hubs = view.hubs();
        BitSet s = new BitSet(n);
        if (view.has(i, Trait.GENERATES) || view.has(i, Trait.MODEL)) {
            s.or(answerPath(i));
            BitSet driving = drivingHubs(i);
            s.or(driving);
            for (int h = driving.nextSetBit(0); h >= 0; h = driving.nextSetBit(h + 1)) {
                for (int p : flowIn(h)) {
                    if (!users.get(p) && reach.requestPath().get(p)) {
                        s.set(p); // the entry (a gateway) calling the hub gets the pipeline's result back
                    }
                }
            }
            s.or(answeredUsersCards(i));
            for (int p : flowIn(i)) {
                if (!users.get(p) && reach.requestPath().get(p)) {
                    s.set(p); // the stage that hands the model its context: logging it records what the answer drew on
                }
            }
        }
        if (view.actions().get(i)) {
            s.or(drivingHubs(i));
            for (int p : flowIn(i)) {
                if (view.has(p, Trait.CONTROL)) {
                    s.set(p);
                }
            }
        }
        if (users.get(i)) {
            for (int w : view.explicitSuccessors(i, EdgeKind.FLOW)) {
                s.set(w);
            }
            for (int w : view.explicitPredecessors(i, EdgeKind.FLOW)) {
                s.set(w);
            }
        }
        for (int w : flowOut(i)) {
            if (hubs.get(w)) {
                s.set(w);
            }
        }
        for (int w : flowIn(i)) {
            if (hubs.get(w)) {
                s.set(w);
            }
        }
        s.clear(i);
        return s;
    }

    /**
     * The hubs upstream on the request path: the orchestrator that drives the pipeline calling a model or action.
     * A hub (not a user) drives a node when a flow path (drawn or implied) leads from the hub to it through nodes
     * that are neither users nor hubs.
     */
    private BitSet drivingHubs(int model) {
        if (drivenBy == null) {
            BitSet users = view.users();
            BitSet hubs = view.hubs();
            drivenBy = new HashMap<>();
            for (int h = hubs.nextSetBit(0); h >= 0; h = hubs.nextSetBit(h + 1)) {
                if (!users.get(h)) {
                    drivenBy.put(h, reach.drivenFrom(h));
                }
            }
        }
        BitSet found = new BitSet(n);
        drivenBy.forEach((h, driven) -> {
            if (driven.get(model)) {
                found.set(h);
            }
        });
        return found;
    }

    /** The users a model's answers reach, and their cards: the UI where they read the answer. */
    private BitSet answeredUsersCards(int model) {
        BitSet forward = (BitSet) reach.forwardFrom(model).clone();
        forward.and(view.users());
        BitSet cards = (BitSet) forward.clone();
        for (int u = forward.nextSetBit(0); u >= 0; u = forward.nextSetBit(u + 1)) {
            cards.or(cardsOf(u));
        }
        for (int w = cards.nextSetBit(0); w >= 0; w = cards.nextSetBit(w + 1)) {
            if (w != model && (view.has(w, Trait.MODEL) || view.has(w, Trait.GENERATES))) {
                cards.clear(w); // another model the same user talks to is a sibling, not where this answer is read
            }
        }
        return cards;
    }

    /** A user's cards: the nodes a drawn flow edge joins to the user, either way (cached). Do not modify. */
    private BitSet cardsOf(int user) {
        return userCards.computeIfAbsent(user, u -> {
            BitSet cards = new BitSet(n);
            for (int w : view.explicitSuccessors(u, EdgeKind.FLOW)) {
                cards.set(w);
            }
            for (int w : view.explicitPredecessors(u, EdgeKind.FLOW)) {
                cards.set(w);
            }
            return cards;
        });
    }

    private int[] flowOut(int v) {
        return view.successors(v, EdgeKind.FLOW);
    }

    private int[] flowIn(int v) {
        return view.predecessors(v, EdgeKind.FLOW);
    }
}
