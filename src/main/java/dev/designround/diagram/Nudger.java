package dev.designround.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps arrows that share a stretch apart: routes are found one by one, so two arrows through the same gap, or
 * into the same side of a card, come back on the same line. Segments of different routes that lie on one line and
 * overlap are moved sideways into lanes {@link #LANE} apart, centred on the line, ordered by where their routes
 * come from and go to (so that the lanes do not cross), each kept inside its channel (clear of cards), on its
 * card's side when it ends at a port, and with the arrow's last segment long enough for its head. A route that a
 * move would push through a card keeps its found shape.
 */
final class Nudger {

    /** Distance between neighbouring lanes. */
    static final double LANE = 8;
    /** How near a lane may come to a card. */
    private static final double MARGIN = 5;
    /** The shortest first segment (out of the source) and last one (into the target, under the arrowhead). */
    private static final double MIN_FIRST = 8;
    private static final double MIN_LAST = Arrows.LENGTH + 4;
    /** How far around a segment cards are looked for when finding its channel. */
    private static final double LOOK = 80;

    /** A route to tidy: its edge, its end cards and its points. */
    record Item(String id, Rect from, Rect to, List<Point> points, boolean orthogonal) {
    }

    /** One segment of a route; {@code coord} is its x (vertical) or y (horizontal). */
    private static final class Segment {
        final Item item;
        final int k;
        final boolean horizontal;
        final double coord;
        final double lo;
        final double hi;
        double moved;

        Segment(Item item, int k) {
            this.item = item;
            this.k = k;
            Point a = item.points().get(k);
            Point b = item.points().get(k + 1);
            horizontal = Math.abs(a.y() - b.y()) < 1e-9;
            coord = horizontal ? a.y() : a.x();
            lo = horizontal ? Math.min(a.x(), b.x()) : Math.min(a.y(), b.y());
            hi = horizontal ? Math.max(a.x(), b.x()) : Math.max(a.y(), b.y());
            moved = coord;
        }

        boolean first() {
            return k == 0;
        }

        boolean last() {
            return k == item.points().size() - 2;
        }
    }

    private final CardIndex cards;

    Nudger(CardIndex cards) {
        this.cards = cards;
    }

    /** The tidied points of every route (routes that are not orthogonal are returned as they are). */
    Map<String, List<Point>> tidy(List<Item> items) {
        List<Segment> horizontal = new ArrayList<>();
        List<Segment> vertical = new ArrayList<>();
        Map<Item, Segment[]> byItem = new HashMap<>();
        for (Item item : items) {
            if (!item.orthogonal() || item.points().size() < 2) {
                continue;
            }
            Segment[] segs = new Segment[item.points().size() - 1];
            for (int k = 0; k < segs.length; k++) {
                segs[k] = new Segment(item, k);
                (segs[k].horizontal ? horizontal : vertical).add(segs[k]);
            }
            byItem.put(item, segs);
        }
        spread(horizontal);
        spread(vertical);
        Map<String, List<Point>> out = new HashMap<>();
        for (Item item : items) {
            Segment[] segs = byItem.get(item);
            List<Point> points = segs == null ? item.points() : rebuild(item, segs);
            if (segs != null && !points.equals(item.points()) && !clear(points)) {
                points = item.points();
            }
            out.put(item.id(), points);
        }
        return out;
    }

    /** Finds the segments that share a line and moves them into lanes. */
    private void spread(List<Segment> segments) {
        segments.sort(Comparator.comparingDouble((Segment s) -> s.coord).thenComparingDouble(s -> s.lo));
        int start = 0;
        while (start < segments.size()) {
            int end = start + 1;
            double reach = segments.get(start).hi;
            while (end < segments.size() && Math.abs(segments.get(end).coord - segments.get(start).coord) < 0.01
                    && segments.get(end).lo < reach - 0.5) {
                reach = Math.max(reach, segments.get(end).hi);
                end++;
            }
            if (end - start > 1) {
                lanes(new ArrayList<>(segments.subList(start, end)));
            }
            start = end;
        }
    }

    private void lanes(List<Segment> group) {
        group.sort(Comparator.comparingDouble(Nudger::side).thenComparing(s -> s.item.id()).thenComparingInt(s -> s.k));
        double line = group.get(0).coord;
        int n = group.size();
        for (int i = 0; i < n; i++) {
            Segment s = group.get(i);
            double[] range = range(s);
            double want = line + (i - (n - 1) / 2.0) * LANE;
            if (range[0] <= range[1]) {
                s.moved = Math.max(range[0], Math.min(range[1], want));
            }
        }
    }

    /**
     * Where a segment's route goes at its ends, relative to its line: negative when it turns towards lower
     * coordinates, so that it takes a lane on that side.
     */
    private static double side(Segment s) {
        List<Point> p = s.item.points();
        double sum = 0;
        if (s.k > 0) {
            sum += Math.signum(along(p.get(s.k - 1), s.horizontal) - s.coord);
        }
        if (s.k + 2 < p.size()) {
            sum += Math.signum(along(p.get(s.k + 2), s.horizontal) - s.coord);
        }
        return sum;
    }

    /** The coordinate across a segment's line: y for a horizontal segment, x for a vertical one. */
    private static double along(Point p, boolean horizontal) {
        return horizontal ? p.y() : p.x();
    }

    /** Where the segment may move: its channel, its card's side, and no shorter ends or turned-back neighbours. */
    private double[] range(Segment s) {
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        Rect band = s.horizontal ? new Rect(s.lo, s.coord - LOOK, s.hi - s.lo, 2 * LOOK)
                : new Rect(s.coord - LOOK, s.lo, 2 * LOOK, s.hi - s.lo);
        List<Rect> around = new ArrayList<>();
        cards.forEachIn(band, c -> around.add(c.rect()));
        for (Rect r : around) {
            double cLo = s.horizontal ? r.x() : r.y();
            double cHi = s.horizontal ? r.right() : r.bottom();
            if (cHi <= s.lo || cLo >= s.hi) {
                continue; // beside the segment, not across it
            }
            double near = s.horizontal ? r.bottom() : r.right();
            double far = s.horizontal ? r.y() : r.x();
            if (near <= s.coord) {
                lo = Math.max(lo, near + MARGIN);
            } else if (far >= s.coord) {
                hi = Math.min(hi, far - MARGIN);
            }
        }
        List<Point> p = s.item.points();
        if (s.first()) {
            double[] side = sideRange(s.item.from(), s.horizontal);
            lo = Math.max(lo, side[0]);
            hi = Math.min(hi, side[1]);
        }
        if (s.last()) {
            double[] side = sideRange(s.item.to(), s.horizontal);
            lo = Math.max(lo, side[0]);
            hi = Math.min(hi, side[1]);
        }
        if (s.k > 0) {
            double other = along(p.get(s.k - 1), s.horizontal);
            double min = s.k - 1 == 0 ? MIN_FIRST : 2;
            if (s.k - 1 == p.size() - 2) {
                min = Math.max(min, MIN_LAST);
            }
            if (other < s.coord) {
                lo = Math.max(lo, other + min);
            } else {
                hi = Math.min(hi, other - min);
            }
        }
        if (s.k + 2 < p.size()) {
            double other = along(p.get(s.k + 2), s.horizontal);
            double min = s.k + 1 == p.size() - 2 ? MIN_LAST : 2;
            if (other < s.coord) {
                lo = Math.max(lo, other + min);
            } else {
                hi = Math.min(hi, other - min);
            }
        }
        return new double[] {lo, hi};
    }

    /** The stretch of a card's side a segment ending at a port may slide along. */
    private static double[] sideRange(Rect card, boolean horizontalSegment) {
        // A horizontal segment ends on a left or right side: it slides in y.
        return horizontalSegment ? new double[] {card.y() + RouteSearch.CORNER / 2, card.bottom() - RouteSearch.CORNER / 2}
                : new double[] {card.x() + RouteSearch.CORNER, card.right() - RouteSearch.CORNER};
    }

    private static List<Point> rebuild(Item item, Segment[] segs) {
        List<Point> p = item.points();
        List<Point> out = new ArrayList<>(p.size());
        for (int k = 0; k < p.size(); k++) {
            double x = p.get(k).x();
            double y = p.get(k).y();
            for (int s = Math.max(0, k - 1); s <= Math.min(segs.length - 1, k); s++) {
                if (segs[s].horizontal) {
                    y = segs[s].moved;
                } else {
                    x = segs[s].moved;
                }
            }
            out.add(new Point(x, y));
        }
        return out;
    }

    /** Whether no segment passes through a card. */
    private boolean clear(List<Point> points) {
        for (int k = 1; k < points.size(); k++) {
            Point a = points.get(k - 1);
            Point b = points.get(k);
            boolean[] crossed = {false};
            cards.forEachIn(Rect.spanning(a.x(), a.y(), b.x(), b.y()), c -> crossed[0] |= c.rect().crossedBy(a, b));
            if (crossed[0]) {
                return false;
            }
        }
        return true;
    }
}
