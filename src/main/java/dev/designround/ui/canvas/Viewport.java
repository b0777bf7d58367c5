package dev.designround.ui.canvas;

/**
 * Which part of the (unbounded) canvas the view shows: {@code screen = world * scale + translate}. Immutable;
 * zooming and panning give a new viewport. Plain Java.
 */
public record Viewport(double scale, double translateX, double translateY) {

    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 4;
    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        scale = clamp(scale);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }

    public double toWorldX(double screenX) {
        return (screenX - translateX) / scale;
    }

    public double toWorldY(double screenY) {
        return (screenY - translateY) / scale;
    }

    public double toScreenX(double worldX) {
        return worldX * scale + translateX;
    }

    public double toScreenY(double worldY) {
        return worldY * scale + translateY;
    }

    /** Shifts the view by screen pixels (the content follows the mouse). */
    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, translateX + dx, translateY + dy);
    }

    /** Zooms by a factor, keeping the world point under the screen point where it is. */
    public Viewport zoomAt(double factor, double screenX, double screenY) {
        double next = clamp(scale * factor);
        double wx = toWorldX(screenX);
        double wy = toWorldY(screenY);
        return new Viewport(next, screenX - wx * next, screenY - wy * next);
    }

    /**
     * Shows a world rectangle whole and centred in a view of the given size, with a margin in screen pixels,
     * never zooming in beyond {@code maxScale}.
     */
    public static Viewport fit(double minX, double minY, double maxX, double maxY, double viewWidth,
                               double viewHeight, double margin, double maxScale) {
        double w = Math.max(1, maxX - minX);
        double h = Math.max(1, maxY - minY);
        double availableW = Math.max(1, viewWidth - 2 * margin);
        double availableH = Math.max(1, viewHeight - 2 * margin);
        double s = clamp(Math.min(maxScale, Math.min(availableW / w, availableH / h)));
        double tx = (viewWidth - w * s) / 2 - minX * s;
        double ty = (viewHeight - h * s) / 2 - minY * s;
        return new Viewport(s, tx, ty);
    }

    /** Centres a world point in a view of the given size at this scale. */
    public Viewport centeredOn(double worldX, double worldY, double viewWidth, double viewHeight) {
        return new Viewport(scale, viewWidth / 2 - worldX * scale, viewHeight / 2 - worldY * scale);
    }
}
