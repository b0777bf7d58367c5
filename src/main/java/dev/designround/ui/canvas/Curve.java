package dev.designround.ui.canvas;

/**
 * The shape of an edge: a cubic Bézier from {@code start} to {@code end} (the arrow's tip) through two control
 * points. A straight edge has its control points on the line. Plain Java.
 */
public record Curve(double startX, double startY, double c1x, double c1y, double c2x, double c2y, double endX,
                    double endY) {

    public double xAt(double t) {
        double u = 1 - t;
        return u * u * u * startX + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * endX;
    }

    public double yAt(double t) {
        double u = 1 - t;
        return u * u * u * startY + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * endY;
    }

    /** Where the label goes: the middle of the curve. */
    public double midX() {
        return xAt(0.5);
    }

    public double midY() {
        return yAt(0.5);
    }

    /** The direction the curve arrives at its end, in radians (for the arrowhead). */
    public double endAngle() {
        double dx = endX - c2x;
        double dy = endY - c2y;
        if (Math.hypot(dx, dy) < 1e-6) {
            dx = endX - startX;
            dy = endY - startY;
        }
        return Math.atan2(dy, dx);
    }

    /** The same curve with its end pulled back along the arrival direction (so a line stops at an arrow's base). */
    public Curve shortenedBy(double length) {
        double a = endAngle();
        return new Curve(startX, startY, c1x, c1y, c2x, c2y, endX - Math.cos(a) * length,
                endY - Math.sin(a) * length);
    }
}
