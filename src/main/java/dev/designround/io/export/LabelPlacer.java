package dev.designround.io.export;

import dev.designround.io.export.SceneItem.Anchor;
import dev.designround.io.export.SceneItem.Box;
import dev.designround.io.export.SceneItem.Point;
import dev.designround.io.export.SceneItem.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Places edge labels: on their edge, on a small box in the background colour so that they stay readable where
 * lines cross, at the middle of the edge unless that box would cover a card or a label placed before, in which case
 * it slides along the edge to the first free spot (and stays in the middle when there is none).
 */
final class LabelPlacer {

    static final double SIZE = 10.5;
    private static final double LEADING = 13;
    private static final double MAX_WIDTH = 150;
    private static final double[] POSITIONS = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78};
    private static final double[] BESIDE = {0.5, 0.4, 0.6};

    private final Theme theme;
    private final DiagramFont font;
    private final TextFit fit;
    private final Obstacles obstacles = new Obstacles();

    /** @param cards the cards' rectangles, which labels keep clear of */
    LabelPlacer(Theme theme, DiagramFont font, List<Rect> cards) {
        this.theme = theme;
        this.font = font;
        this.fit = new TextFit(font);
        cards.forEach(r -> obstacles.add(r.grown(3)));
    }

    /** Keeps labels off an area (an arrowhead). */
    void avoid(Rect area) {
        obstacles.add(area);
    }

    /** The label's box and lines on the segment {@code from}–{@code to}; nothing for an empty label. */
    List<SceneItem> place(String label, Point from, Point to) {
        List<String> lines = fit.fit(label, SIZE, MAX_WIDTH, 2);
        if (lines.stream().allMatch(String::isBlank)) {
            return List.of();
        }
        double width = lines.stream().mapToDouble(l -> font.width(l, SIZE)).max().orElse(0) + 8;
        double height = lines.size() * LEADING + 5;
        Rect chosen = best(candidates(from, to, width, height));
        obstacles.add(chosen);
        List<SceneItem> items = new ArrayList<>();
        items.add(new Box(chosen.x(), chosen.y(), chosen.width(), chosen.height(), 4, theme.labelBackground(),
                theme.labelBackground(), 0));
        double baseline = chosen.y() + 2 + LEADING - 3;
        for (String line : lines) {
            items.add(new TextLine(chosen.centerX(), baseline, line, SIZE, theme.mutedText(), Anchor.MIDDLE,
                    font.width(line, SIZE)));
            baseline += LEADING;
        }
        return items;
    }

    /** On the edge at several positions first, then beside it (both sides), in order of preference. */
    private static List<Rect> candidates(Point from, Point to, double width, double height) {
        List<Rect> out = new ArrayList<>();
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        for (double t : POSITIONS) {
            out.add(Rect.centered(from.x() + dx * t, from.y() + dy * t, width, height));
        }
        double len = Math.max(Math.hypot(dx, dy), 1e-9);
        // Move far enough sideways that the box clears the line, whatever the line's direction.
        double shift = Math.abs(-dy / len) * (width / 2 + 3) + Math.abs(dx / len) * (height / 2 + 3);
        double nx = -dy / len;
        double ny = dx / len;
        for (double t : BESIDE) {
            for (int side : new int[] {-1, 1}) {
                out.add(Rect.centered(from.x() + dx * t + side * nx * shift, from.y() + dy * t + side * ny * shift,
                        width, height));
            }
        }
        return out;
    }

    /** The first candidate that touches nothing, else the one that covers the least. */
    private Rect best(List<Rect> candidates) {
        Rect best = candidates.get(0);
        double least = Double.POSITIVE_INFINITY;
        for (Rect r : candidates) {
            double covered = obstacles.covered(r);
            if (covered == 0) {
                return r;
            }
            if (covered < least) {
                least = covered;
                best = r;
            }
        }
        return best;
    }

    /**
     * The rectangles labels keep clear of, in a grid of cells so that a candidate is compared with its neighbours
     * only: comparing every label with every card, arrowhead and label before it took 9 minutes for a design of
     * 50,000 labelled edges. The sum is taken in the order the obstacles were added, so it is the same number as
     * summing over all of them (the others add nothing).
     */
    private static final class Obstacles {
        private static final double CELL = 128;
        private final List<Rect> all = new ArrayList<>();
        private final java.util.Map<Long, List<Integer>> cells = new java.util.HashMap<>();

        void add(Rect r) {
            int index = all.size();
            all.add(r);
            forCells(r, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(index));
        }

        double covered(Rect r) {
            java.util.TreeSet<Integer> near = new java.util.TreeSet<>();
            forCells(r, key -> near.addAll(cells.getOrDefault(key, List.of())));
            double sum = 0;
            for (int i : near) {
                sum += overlap(r, all.get(i));
            }
            return sum;
        }

        private static void forCells(Rect r, java.util.function.LongConsumer action) {
            long x0 = (long) Math.floor(r.x() / CELL);
            long x1 = (long) Math.floor(r.right() / CELL);
            long y0 = (long) Math.floor(r.y() / CELL);
            long y1 = (long) Math.floor(r.bottom() / CELL);
            for (long x = x0; x <= x1; x++) {
                for (long y = y0; y <= y1; y++) {
                    action.accept(x * 4_000_037L + y);
                }
            }
        }
    }

    private static double overlap(Rect a, Rect b) {
        double w = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
        double h = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
