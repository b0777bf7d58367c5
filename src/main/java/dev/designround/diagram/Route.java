package dev.designround.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The line an arrow is drawn along: from a point on its source card's border, through its bends, to its tip on the
 * target card's border. Routed arrows are orthogonal (every segment horizontal or vertical); an arrow between
 * overlapping cards, or one no route was found for, is a single straight segment. Immutable.
 *
 * @param points at least two points; the last is the arrow's tip
 */
public record Route(List<Point> points) {

    public Route {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a route needs two points, got " + points.size());
        }
        points = List.copyOf(points);
    }

    public static Route of(Point... points) {
        return new Route(List.of(points));
    }

    public Point start() {
        return points.get(0);
    }

    /** Where the arrowhead's tip is: the last point. */
    public Point tip() {
        return points.get(points.size() - 1);
    }

    public int segmentCount() {
        return points.size() - 1;
    }

    /** How many times the route turns. */
    public int bends() {
        return points.size() - 2;
    }

    /** The direction of arrival at the tip, as a unit vector (for the arrowhead). */
    public Point arrival() {
        Point tip = tip();
        for (int i = points.size() - 2; i >= 0; i--) {
            Point p = points.get(i);
            double len = Math.hypot(tip.x() - p.x(), tip.y() - p.y());
            if (len > 1e-9) {
                return new Point((tip.x() - p.x()) / len, (tip.y() - p.y()) / len);
            }
        }
        return new Point(1, 0);
    }

    /** The middle of the arrowhead's base, for an arrowhead of the given length. */
    public Point arrowBase(double arrowLength) {
        Point d = arrival();
        return new Point(tip().x() - d.x() * arrowLength, tip().y() - d.y() * arrowLength);
    }

    /** The points of the line drawn under an arrowhead of the given length: the route with its end pulled back. */
    public List<Point> shaft(double arrowLength) {
        List<Point> out = new ArrayList<>(points);
        out.set(out.size() - 1, arrowBase(arrowLength));
        return out;
    }

    /** The middle of the longest segment: where a label goes when nothing is in the way. */
    public Point middle() {
        int best = 1;
        double longest = -1;
        for (int k = 1; k < points.size(); k++) {
            Point a = points.get(k - 1);
            Point b = points.get(k);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (len > longest) {
                longest = len;
                best = k;
            }
        }
        Point a = points.get(best - 1);
        Point b = points.get(best);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    public double length() {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
        }
        return sum;
    }

    /** The smallest rectangle holding the route. */
    public Rect bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return Rect.spanning(minX, minY, maxX, maxY);
    }

    public Route moved(double dx, double dy) {
        return new Route(points.stream().map(p -> p.moved(dx, dy)).toList());
    }

    /** The shortest distance from a point to the route. */
    public double distance(double px, double py) {
        double best = Double.MAX_VALUE;
        for (int i = 1; i < points.size(); i++) {
            best = Math.min(best, segmentDistance(points.get(i - 1), points.get(i), px, py));
        }
        return best;
    }

    /** Whether some part of the route passes through a rectangle's inside or along its border. */
    public boolean touches(Rect area) {
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (area.contains(a.x(), a.y()) || area.contains(b.x(), b.y()) || area.grown(1e-6).crossedBy(a, b)) {
                return true;
            }
        }
        return false;
    }

    static double segmentDistance(Point a, Point b, double px, double py) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / len2));
        return Math.hypot(a.x() + t * dx - px, a.y() + t * dy - py);
    }

    /** The same points without repeats and without points in the middle of a straight run. */
    static List<Point> simplified(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (!out.isEmpty() && near(out.get(out.size() - 1), p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                boolean collinear = (Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - p.x()) < 1e-6)
                        || (Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - p.y()) < 1e-6);
                if (collinear) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        if (out.size() == 1) {
            out.add(out.get(0));
        }
        return out;
    }

    private static boolean near(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }
}
