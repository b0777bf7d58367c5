package dev.designround.ui.canvas;

import java.util.ArrayList;
import java.util.List;

/**
 * An arrow's curve as a short polyline, for the questions the canvas asks in world coordinates without drawing
 * anything: is it near a point (a click), does it cross a rectangle (the view, a cell of the spatial index).
 * Plain Java.
 */
final class CurveShape {

    /** Straight pieces a curve is cut into; enough for the gentle bends of parallel arrows and loops. */
    static final int SEGMENTS = 12;

    private CurveShape() {
    }

    /** The polyline's points: x0, y0, x1, y1, ... ({@link #SEGMENTS} + 1 points). */
    static double[] points(Curve c) {
        double[] p = new double[(SEGMENTS + 1) * 2];
        for (int i = 0; i <= SEGMENTS; i++) {
            double t = (double) i / SEGMENTS;
            p[2 * i] = c.xAt(t);
            p[2 * i + 1] = c.yAt(t);
        }
        return p;
    }

    /** A box around each piece, grown by {@code pad} on every side (for filing in the spatial index). */
    static List<Box> pieces(Curve c, double pad) {
        double[] p = points(c);
        List<Box> out = new ArrayList<>(SEGMENTS);
        for (int i = 0; i < SEGMENTS; i++) {
            Box b = Box.spanning(p[2 * i], p[2 * i + 1], p[2 * i + 2], p[2 * i + 3]);
            out.add(new Box(b.x() - pad, b.y() - pad, b.width() + 2 * pad, b.height() + 2 * pad));
        }
        return out;
    }

    /** The shortest distance from a point to the curve. */
    static double distance(Curve c, double px, double py) {
        double[] p = points(c);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < SEGMENTS; i++) {
            best = Math.min(best, segmentDistance(p[2 * i], p[2 * i + 1], p[2 * i + 2], p[2 * i + 3], px, py));
        }
        return best;
    }

    /** Whether any part of the curve lies in the rectangle. */
    static boolean crosses(Curve c, Box area) {
        double[] p = points(c);
        for (int i = 0; i < SEGMENTS; i++) {
            if (segmentCrosses(p[2 * i], p[2 * i + 1], p[2 * i + 2], p[2 * i + 3], area)) {
                return true;
            }
        }
        return false;
    }

    static double segmentDistance(double ax, double ay, double bx, double by, double px, double py) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 < 1e-12 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(ax + t * dx - px, ay + t * dy - py);
    }

    /** Liang–Barsky: clips the segment to the rectangle and sees whether anything is left. */
    static boolean segmentCrosses(double ax, double ay, double bx, double by, Box r) {
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - r.x(), r.maxX() - ax, ay - r.y(), r.maxY() - ay};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (Math.abs(p[i]) < 1e-12) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }
}
