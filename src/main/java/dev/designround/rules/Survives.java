package dev.designround.rules;

import dev.designround.model.EdgeKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * With nodes matching {@code fail} down (an outage), some request still gets from a user back to a user: through
 * a fallback edge, a second model behind a router, or a human. With {@code all} false (the default in files), each
 * matching node is taken down on its own — one provider's outage, survived by a second provider; with {@code all}
 * true, every matching node is down at once — e.g. all models, survived only by a non-model path.
 *
 * <p>A request moves along flow edges into nodes that are up. A fallback edge out of a node is taken when that
 * node is down, or when a node it sends to over a flow edge is down (the caller fails over), so both ways people
 * draw fallbacks count. Async edges carry no request.
 */
public record Survives(Selector fail, boolean all) implements Condition {

    @Override
    public String kind() {
        return "survives";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        BitSet matching = view.match(fail);
        if (matching.isEmpty()) {
            return Condition.nothingMatches(view, fail, " to take down");
        }
        if (view.users().isEmpty()) {
            return Outcome.fail("No user node, so no request path to test an outage on.", view.ids(matching));
        }
        if (all) {
            return judge(view, matching, matching);
        }
        Outcome last = null;
        for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
            BitSet down = new BitSet(view.size());
            down.set(i);
            last = judge(view, down, matching);
            if (!last.passed()) {
                return last;
            }
        }
        if (matching.cardinality() == 1) {
            return last;
        }
        return new Outcome(true, "With any one of " + Text.joinAnd(view.labels(matching)) + " down, requests "
                + "still get back to the user, e.g. " + last.detail().substring(last.detail().indexOf(':') + 2),
                List.of(), last.path());
    }

    private static Outcome judge(GraphView view, BitSet down, BitSet matching) {
        String downNames = Text.joinAnd(view.labels(down));
        int[] path = survivingPath(view, down);
        if (path.length == 0) {
            return Outcome.fail("With " + downNames + " down (an outage), no request gets from the user back to the "
                    + "user.", view.ids(down));
        }
        return new Outcome(true, "With " + downNames + " down, requests still get back to the user: "
                + Text.path(view.labels(path)) + ".", List.of(), view.ids(path));
    }

    /** Breadth-first search over (node) with the outage's movement rules; a path from a user back to a user. */
    private static int[] survivingPath(GraphView view, BitSet down) {
        int n = view.size();
        int[] parent = new int[n];
        BitSet seen = new BitSet(n);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        BitSet users = view.users();
        for (int u = users.nextSetBit(0); u >= 0; u = users.nextSetBit(u + 1)) {
            seen.set(u);
            parent[u] = -1;
            queue[tail++] = u;
        }
        while (head < tail) {
            int v = queue[head++];
            if (users.get(v) && parent[v] != -1) {
                continue;
            }
            boolean isDown = down.get(v);
            boolean failsOver = isDown;
            if (!isDown) {
                for (int w : view.successors(v, EdgeKind.FLOW)) {
                    failsOver |= down.get(w);
                }
            }
            List<int[]> moves = new ArrayList<>(2);
            if (!isDown) {
                moves.add(view.successors(v, EdgeKind.FLOW));
            }
            if (failsOver) {
                moves.add(view.successors(v, EdgeKind.FALLBACK));
            }
            for (int[] next : moves) {
                for (int w : next) {
                    if (users.get(w)) {
                        return pathTo(parent, v, w);
                    }
                    if (!seen.get(w)) {
                        seen.set(w);
                        parent[w] = v;
                        queue[tail++] = w;
                    }
                }
            }
        }
        return new int[0];
    }

    private static int[] pathTo(int[] parent, int last, int target) {
        List<Integer> reversed = new ArrayList<>();
        reversed.add(target);
        for (int v = last; v != -1; v = parent[v]) {
            reversed.add(v);
        }
        int[] path = new int[reversed.size()];
        for (int i = 0; i < path.length; i++) {
            path[i] = reversed.get(path.length - 1 - i);
        }
        return path;
    }
}
