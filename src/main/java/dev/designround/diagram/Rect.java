package dev.designround.diagram;

/** An axis-aligned rectangle in diagram coordinates (world pixels, y down): a card, a label's box, a view. */
public record Rect(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether the two rectangles overlap in more than an edge. */
    public boolean intersects(Rect o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Whether the two rectangles share any point (touching edges count). */
    public boolean touches(Rect o) {
        return x <= o.right() && o.x <= right() && y <= o.bottom() && o.y <= bottom();
    }

    public Rect grown(double by) {
        return new Rect(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    public Rect moved(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** The smallest rectangle holding both. */
    public Rect union(Rect o) {
        return spanning(Math.min(x, o.x), Math.min(y, o.y), Math.max(right(), o.right()),
                Math.max(bottom(), o.bottom()));
    }

    /**
     * Whether the segment from {@code a} to {@code b} passes through the rectangle's inside (running along its
     * border, or touching a corner, does not count). Liang–Barsky clipping against the open rectangle.
     */
    public boolean crossedBy(Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x, right() - a.x(), a.y() - y, bottom() - a.y()};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (Math.abs(p[i]) < 1e-12) {
                if (q[i] <= 0) {
                    return false; // parallel to this side and on or outside it
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 >= t1) {
            return false;
        }
        // Inside for a stretch of positive length, or at least not only on the border.
        double mx = a.x() + dx * (t0 + t1) / 2;
        double my = a.y() + dy * (t0 + t1) / 2;
        return mx > x && mx < right() && my > y && my < bottom();
    }

    public static Rect centered(double cx, double cy, double width, double height) {
        return new Rect(cx - width / 2, cy - height / 2, width, height);
    }

    /** The rectangle spanned by two corners given in any order. */
    public static Rect spanning(double x1, double y1, double x2, double y2) {
        return new Rect(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
}
