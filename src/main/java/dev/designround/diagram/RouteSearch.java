package dev.designround.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds one arrow's orthogonal route between two cards inside a window, around every other card in it: an A*
 * search over a sparse grid whose lines run midway between neighbouring card edges (so that arrows go down the
 * middle of the gaps between cards), along the window's border and through the ports. A search state is a grid
 * point and the direction the route arrived in, so that each bend costs {@link #BEND} on top of the length.
 *
 * <p>Routes leave and enter cards at ports: the middle of each side and, where the two cards overlap in x or y,
 * the middle of the overlap (so that cards side by side get a straight arrow). A port on a side that faces away
 * from the other card costs {@link #AWAY}. No route comes nearer than {@link #CLEARANCE} to a card (its own two
 * included) except along the short stub straight out of a port; where there is no such route in the window, there
 * is none (the caller tries a larger window).
 */
final class RouteSearch {

    /** How far a route keeps from every card. */
    static final double CLEARANCE = 12;
    /** What a bend costs, in pixels of length. */
    static final double BEND = 40;
    /** What leaving or entering by a side facing away from the other card costs. */
    static final double AWAY = 80;
    /** Ports keep this far from a card's corners (the corners are rounded). */
    static final double CORNER = 12;

    /** Weighs the estimate a hair above the cost, so that among equally good states the deepest goes first. */
    private static final double TIE = 1 + 1e-9;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private record Port(Side side, Point at) {
    }

    private final Rect src;
    private final Rect dst;
    private final double[] xs;
    private final double[] ys;
    private final int nx;
    private final int ny;
    private final Scratch m;
    private final List<Port> srcPorts;
    private final List<Port> dstPorts;

    private RouteSearch(Rect src, Rect dst, List<Rect> others, Rect window, Scratch scratch) {
        this.m = scratch;
        this.src = src;
        this.dst = dst;
        srcPorts = ports(src, dst);
        dstPorts = ports(dst, src);
        DoubleSet xLines = new DoubleSet();
        DoubleSet yLines = new DoubleSet();
        DoubleSet xEdges = new DoubleSet();
        DoubleSet yEdges = new DoubleSet();
        xEdges.add(window.x());
        xEdges.add(window.right());
        yEdges.add(window.y());
        yEdges.add(window.bottom());
        List<Rect> all = new ArrayList<>(others);
        all.add(src);
        all.add(dst);
        for (Rect r : all) {
            xEdges.add(clamp(r.x(), window.x(), window.right()));
            xEdges.add(clamp(r.right(), window.x(), window.right()));
            yEdges.add(clamp(r.y(), window.y(), window.bottom()));
            yEdges.add(clamp(r.bottom(), window.y(), window.bottom()));
        }
        double[] ex = xEdges.sorted();
        double[] ey = yEdges.sorted();
        xLines.add(ex[0]);
        xLines.add(ex[ex.length - 1]);
        yLines.add(ey[0]);
        yLines.add(ey[ey.length - 1]);
        for (int i = 1; i < ex.length; i++) {
            xLines.add((ex[i - 1] + ex[i]) / 2);
        }
        for (int i = 1; i < ey.length; i++) {
            yLines.add((ey[i - 1] + ey[i]) / 2);
        }
        for (Rect r : List.of(src, dst)) {
            xLines.add(r.x());
            xLines.add(r.right());
            yLines.add(r.y());
            yLines.add(r.bottom());
        }
        for (Port p : concat(srcPorts, dstPorts)) {
            xLines.add(p.at().x());
            yLines.add(p.at().y());
        }
        xs = xLines.sorted();
        ys = yLines.sorted();
        nx = xs.length;
        ny = ys.length;
        m.begin(nx * ny);
        block(src.grown(CLEARANCE));
        unblockStubs(src, srcPorts);
        block(dst.grown(CLEARANCE));
        unblockStubs(dst, dstPorts);
        for (Rect r : others) {
            block(r.grown(CLEARANCE));
        }
    }

    /**
     * The route from {@code src} to {@code dst} (first point on the source's border, last on the target's), if
     * there is one inside the window.
     *
     * @param others every other card that meets the window
     */
    static Optional<List<Point>> find(Rect src, Rect dst, List<Rect> others, Rect window, Scratch scratch) {
        return new RouteSearch(src, dst, others, window, scratch).search();
    }

    /** The middle of each side and, where the cards overlap across, the middle of the overlap. */
    private static List<Port> ports(Rect card, Rect other) {
        List<Port> ports = new ArrayList<>(6);
        for (Side s : Side.values()) {
            ports.add(new Port(s, s.at(card, s.horizontal() ? card.centerX() : card.centerY())));
        }
        double lo = Math.max(card.x(), other.x()) + CORNER;
        double hi = Math.min(card.right(), other.right()) - CORNER;
        if (lo <= hi && Math.abs((lo + hi) / 2 - card.centerX()) > 1e-6) {
            Side s = other.centerY() < card.centerY() ? Side.TOP : Side.BOTTOM;
            ports.add(new Port(s, s.at(card, (lo + hi) / 2)));
        }
        lo = Math.max(card.y(), other.y()) + CORNER;
        hi = Math.min(card.bottom(), other.bottom()) - CORNER;
        if (lo <= hi && Math.abs((lo + hi) / 2 - card.centerY()) > 1e-6) {
            Side s = other.centerX() < card.centerX() ? Side.LEFT : Side.RIGHT;
            ports.add(new Port(s, s.at(card, (lo + hi) / 2)));
        }
        return ports;
    }

    /** What using a side costs: nothing when it faces the other card. */
    private static double sideCost(Side s, Rect card, Rect other) {
        double dot = s.dx * (other.centerX() - card.centerX()) + s.dy * (other.centerY() - card.centerY());
        boolean facing = switch (s) {
            case TOP -> other.bottom() <= card.y() || dot > 0;
            case BOTTOM -> other.y() >= card.bottom() || dot > 0;
            case LEFT -> other.right() <= card.x() || dot > 0;
            case RIGHT -> other.x() >= card.right() || dot > 0;
        };
        return facing ? 0 : AWAY;
    }

    // ---- the grid ------------------------------------------------------------------------------------------------

    /** Marks the grid segments that pass through the open rectangle as blocked. */
    private void block(Rect r) {
        int j0 = firstAbove(ys, r.y());
        int j1 = lastBelow(ys, r.bottom());
        int i0 = Math.max(0, firstAbove(xs, r.x()) - 1);
        int i1 = Math.min(nx - 2, lastBelow(xs, r.right()));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                m.hBlocked[j * nx + i] = m.gen;
            }
        }
        int k0 = firstAbove(xs, r.x());
        int k1 = lastBelow(xs, r.right());
        int m0 = Math.max(0, firstAbove(ys, r.y()) - 1);
        int m1 = Math.min(ny - 2, lastBelow(ys, r.bottom()));
        for (int i = k0; i <= k1; i++) {
            for (int j = m0; j <= m1; j++) {
                m.vBlocked[j * nx + i] = m.gen;
            }
        }
    }

    /** Opens the stubs straight out of a card's ports through its own clearance. */
    private void unblockStubs(Rect card, List<Port> ports) {
        for (Port p : ports) {
            int i = index(xs, p.at().x());
            int j = index(ys, p.at().y());
            switch (p.side()) {
                case TOP -> {
                    for (int m = j - 1; m >= 0 && ys[m + 1] > card.y() - CLEARANCE; m--) {
                        this.m.vBlocked[m * nx + i] = 0;
                    }
                }
                case BOTTOM -> {
                    for (int m = j; m < ny - 1 && ys[m] < card.bottom() + CLEARANCE; m++) {
                        this.m.vBlocked[m * nx + i] = 0;
                    }
                }
                case LEFT -> {
                    for (int k = i - 1; k >= 0 && xs[k + 1] > card.x() - CLEARANCE; k--) {
                        this.m.hBlocked[j * nx + k] = 0;
                    }
                }
                case RIGHT -> {
                    for (int k = i; k < nx - 1 && xs[k] < card.right() + CLEARANCE; k++) {
                        this.m.hBlocked[j * nx + k] = 0;
                    }
                }
            }
        }
    }

    private boolean blocked(int i, int j, int d) {
        return switch (d) {
            case 0 -> m.hBlocked[j * nx + i] == m.gen;
            case 2 -> m.hBlocked[j * nx + i - 1] == m.gen;
            case 1 -> m.vBlocked[j * nx + i] == m.gen;
            default -> m.vBlocked[(j - 1) * nx + i] == m.gen;
        };
    }

    // ---- the search ----------------------------------------------------------------------------------------------

    private Optional<List<Point>> search() {
        double[][] goals = new double[dstPorts.size()][];
        int g = 0;
        for (Port p : dstPorts) {
            int inward = dir(p.side()) ^ 2;
            int s = state(index(xs, p.at().x()), index(ys, p.at().y()), inward);
            double c = sideCost(p.side(), dst, src);
            m.goal(s, c);
            goals[g++] = new double[] {p.at().x(), p.at().y(), inward};
        }
        Heap open = m.heap;
        open.clear();
        for (Port p : srcPorts) {
            int s = state(index(xs, p.at().x()), index(ys, p.at().y()), dir(p.side()));
            double c = sideCost(p.side(), src, dst);
            if (c < m.cost(s)) {
                m.reach(s, c, -1);
                open.push(s, c + heuristic(p.at().x(), p.at().y(), dir(p.side()), goals) * TIE);
            }
        }
        while (!open.isEmpty()) {
            int s = open.pop();
            if (m.closed(s)) {
                continue;
            }
            m.close(s);
            if (m.isGoal(s) && m.parent[s] != -1) {
                return Optional.of(path(s, m.parent));
            }
            int d = s & 3;
            int p = s >> 2;
            int i = p % nx;
            int j = p / nx;
            for (int nd = 0; nd < 4; nd++) {
                if (nd == (d ^ 2)) {
                    continue;
                }
                int ni = i + DX[nd];
                int nj = j + DY[nd];
                if (ni < 0 || nj < 0 || ni >= nx || nj >= ny || blocked(i, j, nd)) {
                    continue;
                }
                int ns = state(ni, nj, nd);
                double c = m.cost(s) + Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (nd == d ? 0 : BEND);
                if (m.isGoal(ns)) {
                    c += m.goalCost[ns];
                }
                if (c < m.cost(ns)) {
                    m.reach(ns, c, s);
                    open.push(ns, c + heuristic(xs[ni], ys[nj], nd, goals) * TIE);
                }
            }
        }
        return Optional.empty();
    }

    private List<Point> path(int s, int[] parent) {
        List<Point> reversed = new ArrayList<>();
        for (int at = s; at != -1; at = parent[at]) {
            int p = at >> 2;
            reversed.add(new Point(xs[p % nx], ys[p / nx]));
        }
        java.util.Collections.reverse(reversed);
        return Route.simplified(reversed);
    }

    /**
     * A lower bound of what is left from a point reached in direction {@code d}: the distance to the nearest
     * goal plus the bends that must come before arriving there straight into the card.
     */
    private static double heuristic(double x, double y, int d, double[][] goals) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] g : goals) {
            int in = (int) g[2];
            double ahead = (g[0] - x) * DX[in] + (g[1] - y) * DY[in];
            boolean aligned = DX[in] == 0 ? Math.abs(x - g[0]) < 1e-6 : Math.abs(y - g[1]) < 1e-6;
            int bends;
            if (d == in) {
                bends = aligned && ahead >= 0 ? 0 : 2;
            } else if (d == (in ^ 2)) {
                bends = 2;
            } else {
                double side = (g[0] - x) * DX[d] + (g[1] - y) * DY[d]; // is the goal's line ahead?
                bends = side > 0 || aligned ? 1 : 3;
            }
            best = Math.min(best, Math.abs(x - g[0]) + Math.abs(y - g[1]) + bends * BEND);
        }
        return best;
    }

    private int state(int i, int j, int d) {
        return ((j * nx + i) << 2) | d;
    }

    private static int dir(Side s) {
        return switch (s) {
            case RIGHT -> 0;
            case BOTTOM -> 1;
            case LEFT -> 2;
            case TOP -> 3;
        };
    }

    // ---- small helpers -------------------------------------------------------------------------------------------

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static List<Port> concat(List<Port> a, List<Port> b) {
        List<Port> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The index of a value that is one of the lines. */
    private static int index(double[] lines, double v) {
        int i = Arrays.binarySearch(lines, v);
        if (i >= 0) {
            return i;
        }
        int at = -i - 1; // nearest, for a value within rounding of a line
        if (at >= lines.length || (at > 0 && v - lines[at - 1] < lines[at] - v)) {
            at--;
        }
        return at;
    }

    /** The first index whose line is above {@code v} (lines.length if none). */
    private static int firstAbove(double[] lines, double v) {
        int lo = 0;
        int hi = lines.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines[mid] > v) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The last index whose line is below {@code v} (-1 if none). */
    private static int lastBelow(double[] lines, double v) {
        int lo = 0;
        int hi = lines.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lines[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Distinct coordinates (values within a hundredth of a pixel are one). */
    private static final class DoubleSet {
        private double[] values = new double[32];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = Math.round(v * 100) / 100.0;
        }

        double[] sorted() {
            double[] s = Arrays.copyOf(values, size);
            Arrays.sort(s);
            int n = 0;
            for (int i = 0; i < s.length; i++) {
                if (n == 0 || s[i] != s[n - 1]) {
                    s[n++] = s[i];
                }
            }
            return Arrays.copyOf(s, n);
        }
    }

    /**
     * Working memory for searches, reused from one to the next: each array entry is valid only when its stamp is
     * the current search's, so nothing needs clearing between searches. Not thread-safe.
     */
    static final class Scratch {
        int gen;
        int[] hBlocked = new int[0];
        int[] vBlocked = new int[0];
        private int[] reached = new int[0];
        private int[] closedAt = new int[0];
        private int[] goalAt = new int[0];
        private double[] costs = new double[0];
        int[] parent = new int[0];
        double[] goalCost = new double[0];
        final Heap heap = new Heap();

        void begin(int points) {
            if (hBlocked.length < points) {
                int n = Math.max(points, hBlocked.length * 2);
                hBlocked = new int[n];
                vBlocked = new int[n];
                reached = new int[4 * n];
                closedAt = new int[4 * n];
                goalAt = new int[4 * n];
                costs = new double[4 * n];
                parent = new int[4 * n];
                goalCost = new double[4 * n];
                gen = 0;
            }
            gen++;
        }

        double cost(int s) {
            return reached[s] == gen ? costs[s] : Double.POSITIVE_INFINITY;
        }

        void reach(int s, double c, int from) {
            reached[s] = gen;
            costs[s] = c;
            parent[s] = from;
        }

        boolean closed(int s) {
            return closedAt[s] == gen;
        }

        void close(int s) {
            closedAt[s] = gen;
        }

        boolean isGoal(int s) {
            return goalAt[s] == gen;
        }

        void goal(int s, double c) {
            goalCost[s] = isGoal(s) ? Math.min(goalCost[s], c) : c;
            goalAt[s] = gen;
        }
    }

    /** A binary min-heap of states by priority. */
    private static final class Heap {
        private int[] items = new int[64];
        private double[] keys = new double[64];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void clear() {
            size = 0;
        }

        void push(int item, double key) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int at = size++;
            while (at > 0) {
                int up = (at - 1) / 2;
                if (keys[up] <= key) {
                    break;
                }
                items[at] = items[up];
                keys[at] = keys[up];
                at = up;
            }
            items[at] = item;
            keys[at] = key;
        }

        int pop() {
            int top = items[0];
            int item = items[--size];
            double key = keys[size];
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                items[at] = items[child];
                keys[at] = keys[child];
                at = child;
            }
            items[at] = item;
            keys[at] = key;
            return top;
        }
    }
}
