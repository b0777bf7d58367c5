package dev.designround.diagram;

import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.TextLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places arrow labels, the same way on the canvas and in every export: a label is fitted into at most two lines
 * of {@link #MAX_WIDTH} pixels, and its box goes on its arrow's longest segment, at the middle unless that would
 * cover a card, an arrowhead or a label placed before; then further along that segment, then on the other segments
 * (longest first), then beside them, then up to three label heights away from the longest; when every spot is
 * taken, the one that covers least.
 */
public final class LabelPlacer {

    public static final double SIZE = 10.5;
    private static final double LEADING = 13;
    public static final double MAX_WIDTH = 150;
    private static final double[] POSITIONS = {0.5, 0.35, 0.65, 0.2, 0.8};
    private static final double[] BESIDE = {0.5, 0.3, 0.7};
    private static final int FAR_STEPS = 3;

    /** A label's fitted lines and the size of its box. */
    public record Fitted(List<String> lines, double width, double height) {
        public boolean isEmpty() {
            return lines.stream().allMatch(String::isBlank);
        }
    }

    private final TextFit fit;
    private final TextMeasure font;
    private final SpatialGrid<Rect> obstacles = new SpatialGrid<>(256);

    /** @param cards the cards' rectangles, which labels keep clear of */
    public LabelPlacer(TextMeasure font, Iterable<Rect> cards) {
        this.font = font;
        this.fit = new TextFit(font);
        cards.forEach(r -> avoid(r.grown(3)));
    }

    /** Keeps labels off an area (an arrowhead, another shape). */
    public void avoid(Rect area) {
        Rect copy = new Rect(area.x(), area.y(), area.width(), area.height()); // filed by identity
        obstacles.put(copy, copy);
    }

    /** Keeps labels off every route's arrowhead. */
    public void avoidArrowheads(Iterable<Route> routes) {
        for (Route r : routes) {
            avoid(Rect.centered(r.tip().x(), r.tip().y(), 2 * Arrows.LENGTH, 2 * Arrows.LENGTH));
        }
    }

    /** A label's lines and box size. */
    public Fitted fit(String label) {
        List<String> lines = fit.fit(label, SIZE, MAX_WIDTH, 2);
        double width = lines.stream().mapToDouble(l -> font.width(l, SIZE)).max().orElse(0) + 8;
        return new Fitted(lines, width, lines.size() * LEADING + 5);
    }

    /** Where a label of this size goes on a route; the spot is then taken. */
    public Rect place(Route route, double width, double height) {
        Rect chosen = best(candidates(route, width, height));
        avoid(chosen);
        return chosen;
    }

    /** The label's box and lines on a route, for a scene; nothing for an empty label. */
    public List<SceneItem> draw(String label, Route route, Theme theme) {
        Fitted f = fit(label);
        if (f.isEmpty()) {
            return List.of();
        }
        Rect chosen = place(route, f.width(), f.height());
        List<SceneItem> items = new ArrayList<>();
        items.add(new Box(chosen.x(), chosen.y(), chosen.width(), chosen.height(), 4, theme.labelBackground(),
                theme.labelBackground(), 0));
        double baseline = chosen.y() + 2 + LEADING - 3;
        for (String line : f.lines()) {
            items.add(new TextLine(chosen.centerX(), baseline, line, SIZE, theme.mutedText(), Anchor.MIDDLE,
                    font.width(line, SIZE)));
            baseline += LEADING;
        }
        return items;
    }

    /** On the segments, longest first, at several positions; then beside them; in order of preference. */
    private static List<Rect> candidates(Route route, double width, double height) {
        List<Point> p = route.points();
        List<Integer> segments = new ArrayList<>();
        for (int k = 1; k < p.size(); k++) {
            segments.add(k);
        }
        segments.sort(Comparator.comparingDouble((Integer k) -> -dist(p.get(k - 1), p.get(k))));
        List<Rect> out = new ArrayList<>();
        for (int k : segments) {
            Point a = p.get(k - 1);
            Point b = p.get(k);
            for (double t : POSITIONS) {
                out.add(Rect.centered(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t, width, height));
            }
        }
        for (int k : segments) {
            Point a = p.get(k - 1);
            Point b = p.get(k);
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.max(Math.hypot(dx, dy), 1e-9);
            // Far enough sideways that the box clears the line, whatever the line's direction.
            double shift = Math.abs(dy / len) * (width / 2 + 3) + Math.abs(dx / len) * (height / 2 + 3);
            double nx = -dy / len;
            double ny = dx / len;
            for (double t : BESIDE) {
                for (int side : new int[] {-1, 1}) {
                    out.add(Rect.centered(a.x() + dx * t + side * nx * shift, a.y() + dy * t + side * ny * shift,
                            width, height));
                }
            }
        }
        // Last, further out beside the longest segment: clear of the cards a short arrow runs between.
        Point a = p.get(segments.get(0) - 1);
        Point b = p.get(segments.get(0));
        boolean vertical = Math.abs(b.x() - a.x()) < Math.abs(b.y() - a.y());
        double step = vertical ? width / 2 + 6 : height + 6;
        for (int k = 1; k <= FAR_STEPS; k++) {
            for (int side : new int[] {-1, 1}) {
                double off = side * (step * k + (vertical ? width / 2 : height / 2));
                out.add(Rect.centered((a.x() + b.x()) / 2 + (vertical ? off : 0),
                        (a.y() + b.y()) / 2 + (vertical ? 0 : off), width, height));
            }
        }
        return out;
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    /** The first candidate that touches nothing, else the one that covers the least. */
    private Rect best(List<Rect> candidates) {
        Rect best = candidates.get(0);
        double least = Double.POSITIVE_INFINITY;
        for (Rect r : candidates) {
            double[] covered = {0};
            obstacles.forEachNear(r, o -> covered[0] += overlap(r, o));
            if (covered[0] == 0) {
                return r;
            }
            if (covered[0] < least) {
                least = covered[0];
                best = r;
            }
        }
        return best;
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
