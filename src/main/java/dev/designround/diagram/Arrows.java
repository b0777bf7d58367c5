package dev.designround.diagram;

import java.util.List;

/** The arrowhead every arrow ends in, on the canvas and in every export. */
public final class Arrows {

    /** From the tip to the middle of the base. */
    public static final double LENGTH = 11;
    /** Half the base's width. */
    public static final double HALF_WIDTH = 5;

    private Arrows() {
    }

    /** The arrowhead of a route: tip, then the two corners of the base. */
    public static List<Point> head(Route route) {
        return head(route, LENGTH, HALF_WIDTH);
    }

    /** The arrowhead of a route at another size (the zoomed-out view scales it). */
    public static List<Point> head(Route route, double length, double halfWidth) {
        Point tip = route.tip();
        Point d = route.arrival();
        double bx = tip.x() - d.x() * length;
        double by = tip.y() - d.y() * length;
        return List.of(tip, new Point(bx - d.y() * halfWidth, by + d.x() * halfWidth),
                new Point(bx + d.y() * halfWidth, by - d.x() * halfWidth));
    }
}
