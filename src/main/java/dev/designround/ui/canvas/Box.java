package dev.designround.ui.canvas;

import dev.designround.diagram.Rect;
import dev.designround.model.CardGeometry;

/** An axis-aligned rectangle on the canvas, in world pixels: where a card is. */
public record Box(double x, double y, double width, double height) {

    /** The card of a node whose top-left corner is at {@code x, y}. */
    public static Box card(double x, double y) {
        return new Box(x, y, CardGeometry.WIDTH, CardGeometry.HEIGHT);
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether the two boxes share any point (touching edges count). */
    public boolean intersects(Box other) {
        return x <= other.maxX() && other.x <= maxX() && y <= other.maxY() && other.y <= maxY();
    }

    /** The box grown by {@code d} on every side. */
    public Box grow(double d) {
        return new Box(x - d, y - d, width + 2 * d, height + 2 * d);
    }

    /** Whether this box lies wholly inside {@code other}. */
    public boolean isInside(Box other) {
        return x >= other.x && y >= other.y && maxX() <= other.maxX() && maxY() <= other.maxY();
    }

    /** The box spanned by two corners given in any order. */
    public static Box spanning(double x1, double y1, double x2, double y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /**
     * Where a ray from the centre towards {@code (px, py)} leaves the box; the centre itself when the point is
     * the centre.
     */
    public double[] borderToward(double px, double py) {
        double dx = px - centerX();
        double dy = py - centerY();
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return new double[] {centerX(), centerY()};
        }
        double tx = Math.abs(dx) < 1e-9 ? Double.MAX_VALUE : (width / 2) / Math.abs(dx);
        double ty = Math.abs(dy) < 1e-9 ? Double.MAX_VALUE : (height / 2) / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new double[] {centerX() + dx * t, centerY() + dy * t};
    }

    /** The same rectangle in the diagram model's terms. */
    public Rect rect() {
        return new Rect(x, y, width, height);
    }

    public static Box of(Rect r) {
        return new Box(r.x(), r.y(), r.width(), r.height());
    }
}
