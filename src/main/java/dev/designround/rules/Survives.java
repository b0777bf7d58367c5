package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.EdgeKind;
import dev.designround.model.Trait;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * With nodes matching {@code fail} down (an outage), some request still gets from a user back to a user: through
 * a fallback edge, a second model behind a router, or a human. With {@code all} false (the default in files), each
 * matching node is taken down on its own — one provider's outage, survived by a second provider; with {@code all}
 * true, every matching node is down at once — e.g. all models, survived only by a non-model path.
 *
 * <p>A request moves along flow edges into nodes that are up. A fallback edge out of a node is taken when that
 * node is down, or when a node it sends to over a flow edge is down (the caller fails over), so both ways people
 * draw fallbacks count. Async edges carry no request. The surviving route must handle the failure: take such a
 * fallback edge, or branch away from it at a node upstream that sends each request down all its branches or picks
 * a healthy alternative (a router). A chooser's other branch (a classifier's fast path, a cache hit) or a route
 * that never needed the failed node does not count.
 */
public record Survives(Selector fail, boolean all) implements Condition {

    @Override
    public String kind() {
        return "survives";
    }

    /**
     * What a design adds to survive an outage: whatever picks a healthy alternative when one fails (trait
     * {@code fails-over}: a fallback, or a router with a second provider behind it).
     */
    @Override
    public List<Selector> defences(Catalog catalog) {
        Set<String> failsOver = catalog.capabilitiesWith(Trait.FAILS_OVER);
        return failsOver.isEmpty() ? List.of() : List.of(new Selector(Set.of(), failsOver, "a fallback"));
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet matching = view.match(fail);
        if (matching.isEmpty()) {
            return Condition.nothingMatches(view, fail, " to take down");
        }
        if (view.users().isEmpty()) {
            return Outcome.absent("No user node, so no request path to test an outage on.", view.ids(matching));
        }
        // The search's arrays are filled before they are read, so one pair serves every node taken down.
        Scratch scratch = new Scratch(new int[2 * view.size()], new int[2 * view.size()]);
        if (all) {
            return judge(view, matching, matching, scratch);
        }
        Outcome last = null;
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            BitSet down = new BitSet(view.size());
            down.set(i);
            last = judge(view, down, matching, scratch);
            if (!last.passed()) {
                return last;
            }
        }
        if (matching.cardinality() == 1) {
            return last;
        }
        return new Outcome(true, "With any one of " + Text.joinAnd(view.labels(matching)) + " down, requests "
                + "still get through, e.g. " + last.detail().substring(last.detail().indexOf(':') + 2),
                List.of(), last.path());
    }

    /** The parent pointers and queue of the search over (node, handled) states. */
    private record Scratch(int[] parent, int[] queue) {
    }

    private static Outcome judge(GraphView view, BitSet down, BitSet matching, Scratch scratch) {
        String downNames = Text.joinAnd(view.labels(down));
        int[] path = survivingPath(view, down, scratch);
        if (path.length == 0) {
            return Outcome.fail("With " + downNames + " down (an outage), no request gets from the user back to the "
                    + "user or on to the action it triggers.", view.ids(down));
        }
        return new Outcome(true, "With " + downNames + " down, requests still get through: "
                + Text.path(view.labels(path)) + ".", List.of(), view.ids(path));
    }

    /**
     * Breadth-first search over (node, handled) from the users: a path counts only once the failure has been
     * handled on it — a fallback edge was taken (out of a failed node or out of one of its callers); or, at a node
     * upstream of a failed one, the request also went down a branch that avoids the failure, because that node
     * sends every request down all its branches (a re-ranker returning links and feeding the model) or picks a
     * healthy alternative (a router). A chooser's other branch (a classifier's fast path, a cache hit) serves
     * other requests, not the ones that needed the failed node, and a route that never needed it (an appeal
     * desk) does not make the system survive the outage — unless no request needs the failed node at all.
     */
    private static int[] survivingPath(GraphView view, BitSet down, Scratch scratch) {
        int n = view.size();
        BitSet users = view.users();
        // What reaches a failed node over flow edges (searching back from each on its own and from all at once
        // mark the same nodes: a start is gone on from either way).
        BitSet upstream = new BitSet(n);
        for (int d = down.nextSetBit(0); d >= 0; d = down.nextSetBit(d + 1)) {
            upstream.or(view.backwardFrom(d));
        }
        upstream.andNot(down);
        // What requests reach with nothing down: flow from the users, never going on from an end.
        BitSet normal = view.fromUsers();
        int startOffset = normal.intersects(down) ? 0 : n;
        BitSet ends = view.ends();
        int[] parent = scratch.parent();
        BitSet seen = new BitSet(2 * n);
        int[] queue = scratch.queue();
        int head = 0;
        int tail = 0;
        for (int u = users.nextSetBit(0); u >= 0; u = users.nextSetBit(u + 1)) {
            seen.set(startOffset + u);
            parent[startOffset + u] = -1;
            queue[tail++] = startOffset + u;
        }
        while (head < tail) {
            int state = queue[head++];
            int v = state % n;
            boolean handled = state >= n;
            if (ends.get(v) && parent[state] != -1) {
                continue;
            }
            boolean isDown = down.get(v);
            boolean forks = upstream.get(v) && !users.get(v)
                    && (view.has(v, Trait.FAILS_OVER) || !view.has(v, Trait.CHOOSER));
            boolean failsOver = isDown;
            if (!isDown) {
                for (int w : view.successors(v, EdgeKind.FLOW)) {
                    failsOver |= down.get(w);
                }
                for (int w : view.successors(v, EdgeKind.FLOW)) {
                    boolean avoids = !down.get(w) && (!upstream.get(w) || users.get(w));
                    int next = (handled || (forks && avoids) ? n : 0) + w;
                    int found = visit(ends, seen, parent, queue, tail, state, next, n);
                    if (found < 0) {
                        return pathTo(parent, state, next, n);
                    }
                    tail = found;
                }
            }
            if (failsOver) {
                for (int w : view.successors(v, EdgeKind.FALLBACK)) {
                    int next = n + w;
                    int found = visit(ends, seen, parent, queue, tail, state, next, n);
                    if (found < 0) {
                        return pathTo(parent, state, next, n);
                    }
                    tail = found;
                }
            }
        }
        return new int[0];
    }

    /**
     * Enqueues a state; returns the new tail, or -1 when it is a handled arrival at a user (success; the caller
     * builds the path from {@code from}, so the arrival's own parent pointer is never written: it may be a start).
     */
    private static int visit(BitSet ends, BitSet seen, int[] parent, int[] queue, int tail, int from, int next,
                             int n) {
        if (ends.get(next % n)) {
            return next >= n ? -1 : tail;
        }
        if (!seen.get(next)) {
            seen.set(next);
            parent[next] = from;
            queue[tail++] = next;
        }
        return tail;
    }

    private static int[] pathTo(int[] parent, int last, int target, int n) {
        List<Integer> reversed = new ArrayList<>();
        reversed.add(target % n);
        for (int state = last; state != -1; state = parent[state]) {
            reversed.add(state % n);
        }
        int[] path = new int[reversed.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = reversed.get(path.length - 1 - i);
        }
        return path;
    }
}
