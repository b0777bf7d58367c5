package dev.designround.ui.canvas;

/**
 * Where an edge runs: from card border to card border, bent sideways when several edges join the same two cards
 * so that none hides another, and as a loop out of the card's top-right corner for an edge from a card to
 * itself. Plain Java.
 */
public final class EdgeRouting {

    /** Sideways distance between neighbouring parallel edges at their middle, in world pixels. */
    public static final double LANE_WIDTH = 26;
    /** How far the first self-loop reaches out of its card. */
    static final double LOOP_SIZE = 44;
    /** How much further each further self-loop reaches. */
    static final double LOOP_STEP = 20;

    private EdgeRouting() {
    }

    /**
     * An edge between two different cards.
     *
     * @param lane sideways position among the edges joining the same two cards, in lanes: 0 is straight, ±0.5,
     *             ±1, ... bend to the left or right of the direction {@code from -> to}
     */
    public static Curve between(Box from, Box to, double lane) {
        double ax = from.centerX();
        double ay = from.centerY();
        double bx = to.centerX();
        double by = to.centerY();
        double dx = bx - ax;
        double dy = by - ay;
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            dx = 1;
            dy = 0;
            len = 1;
        }
        double nx = -dy / len;
        double ny = dx / len;
        // A quadratic curve's middle lies halfway to its control point, so the control point goes twice as far.
        double qx = (ax + bx) / 2 + nx * lane * LANE_WIDTH * 2;
        double qy = (ay + by) / 2 + ny * lane * LANE_WIDTH * 2;
        double[] s = from.borderToward(qx, qy);
        double[] e = to.borderToward(qx, qy);
        return new Curve(s[0], s[1], s[0] + (qx - s[0]) * 2 / 3, s[1] + (qy - s[1]) * 2 / 3,
                e[0] + (qx - e[0]) * 2 / 3, e[1] + (qy - e[1]) * 2 / 3, e[0], e[1]);
    }

    /** The {@code index}-th (0, 1, ...) edge from a card to itself: a loop out of the top-right corner. */
    public static Curve loop(Box box, int index) {
        double reach = LOOP_SIZE + LOOP_STEP * index;
        double inset = 24 + 6 * index;
        double sx = box.maxX() - inset;
        double sy = box.y();
        double ex = box.maxX();
        double ey = box.y() + Math.min(box.height() / 2, inset);
        return new Curve(sx, sy, sx, sy - reach, ex + reach, ey, ex, ey);
    }

    /**
     * The lane of the {@code index}-th of {@code count} edges joining two cards, for an edge drawn in the pair's
     * reference direction; an edge drawn the other way takes the negated lane, so that edges in both directions
     * spread apart instead of crossing.
     */
    public static double lane(int index, int count, boolean referenceDirection) {
        double lane = index - (count - 1) / 2.0;
        return referenceDirection ? lane : -lane;
    }
}
