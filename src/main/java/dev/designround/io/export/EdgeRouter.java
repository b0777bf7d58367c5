package dev.designround.io.export;

import dev.designround.io.export.SceneItem.Point;
import dev.designround.model.Edge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes edges between cards: a straight line from card border to card border (aimed at the centres), parallel
 * edges between the same two cards (in either direction) fanned apart, and a self-loop as a bracket over the
 * card's top-right corner. The line stops where the arrowhead starts, so the arrow's tip touches the target border.
 */
final class EdgeRouter {

    /** Length and half-width of an arrowhead. */
    static final double ARROW_LENGTH = 10;
    static final double ARROW_HALF_WIDTH = 4.5;
    private static final double PARALLEL_GAP = 18;
    private static final double LOOP = 22;

    /**
     * A routed edge.
     *
     * @param line       the points of the line, ending where the arrowhead starts
     * @param tip        the arrow's tip, on the target card's border
     * @param base       the middle of the arrowhead's base
     * @param labelFrom  start of the segment the label sits on
     * @param labelTo    end of that segment
     */
    record Route(List<Point> line, Point tip, Point base, Point labelFrom, Point labelTo) {
    }

    private final Map<String, Rect> cards;

    EdgeRouter(Map<String, Rect> cards) {
        this.cards = cards;
    }

    /** Routes every edge, in the order given. */
    Map<String, Route> route(List<Edge> edges) {
        Map<String, List<Edge>> byPair = new HashMap<>();
        for (Edge e : edges) {
            byPair.computeIfAbsent(pairKey(e), k -> new ArrayList<>()).add(e);
        }
        Map<String, Route> routes = new HashMap<>();
        for (List<Edge> group : byPair.values()) {
            for (int i = 0; i < group.size(); i++) {
                Edge e = group.get(i);
                routes.put(e.id(), e.from().equals(e.to()) ? loop(cards.get(e.from()), i)
                        : straight(e, (i - (group.size() - 1) / 2.0) * PARALLEL_GAP));
            }
        }
        return routes;
    }

    private static String pairKey(Edge e) {
        return e.from().compareTo(e.to()) <= 0 ? e.from() + "\u0000" + e.to() : e.to() + "\u0000" + e.from();
    }

    private Route straight(Edge e, double offset) {
        Rect a = cards.get(e.from());
        Rect b = cards.get(e.to());
        // Offsets are measured against one fixed direction per pair, so A->B and B->A fan to opposite sides.
        boolean forward = e.from().compareTo(e.to()) <= 0;
        double dx = (b.centerX() - a.centerX()) * (forward ? 1 : -1);
        double dy = (b.centerY() - a.centerY()) * (forward ? 1 : -1);
        double len = Math.hypot(dx, dy);
        double nx = len == 0 ? 0 : -dy / len;
        double ny = len == 0 ? 1 : dx / len;
        Point from = new Point(a.centerX() + nx * offset, a.centerY() + ny * offset);
        Point to = new Point(b.centerX() + nx * offset, b.centerY() + ny * offset);
        Point start = exit(a, to, from);
        Point tip = exit(b, from, to);
        double sx = tip.x() - start.x();
        double sy = tip.y() - start.y();
        double slen = Math.hypot(sx, sy);
        if (slen < ARROW_LENGTH + 2 || a.intersects(b)) {
            // Overlapping or touching cards: draw centre to centre so the edge stays visible.
            start = from;
            tip = to;
            sx = tip.x() - start.x();
            sy = tip.y() - start.y();
            slen = Math.max(Math.hypot(sx, sy), 1e-9);
        }
        Point base = new Point(tip.x() - sx / slen * ARROW_LENGTH, tip.y() - sy / slen * ARROW_LENGTH);
        return new Route(List.of(start, base), tip, base, start, tip);
    }

    /**
     * Where the segment from {@code inside} (a point in the card) towards {@code outside} leaves the card; the
     * point itself if it is not inside.
     */
    static Point exit(Rect card, Point outside, Point inside) {
        double dx = outside.x() - inside.x();
        double dy = outside.y() - inside.y();
        double t = 1;
        if (dx > 0) {
            t = Math.min(t, (card.right() - inside.x()) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (card.x() - inside.x()) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (card.bottom() - inside.y()) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (card.y() - inside.y()) / dy);
        }
        t = Math.max(0, t);
        return new Point(inside.x() + dx * t, inside.y() + dy * t);
    }

    private static Route loop(Rect card, int index) {
        double grow = index * 10;
        double x0 = card.right() - 40 - grow;
        double top = card.y() - LOOP - grow;
        double side = card.right() + LOOP + grow;
        double y1 = card.centerY() - Math.min(grow, card.height() / 2 - 4);
        Point tip = new Point(card.right(), y1);
        Point base = new Point(card.right() + ARROW_LENGTH, y1);
        Point a = new Point(x0, card.y());
        Point b = new Point(x0, top);
        Point c = new Point(side, top);
        Point d = new Point(side, y1);
        return new Route(List.of(a, b, c, d, base), tip, base, b, c);
    }
}
