package dev.designround.model;

import java.util.Objects;

/**
 * A boundary drawn on the canvas around cards: a trust boundary, "HIPAA boundary", "customer tenancy",
 * "ingestion, nightly". Immutable: an edit makes a new zone with the same id.
 *
 * <p>What a zone holds is where things are, not a list kept beside them: a card belongs to the innermost zone its
 * centre lies in, a zone to the innermost zone that holds it whole, a text note to the innermost zone its top-left
 * corner lies in ({@link ZoneMap}). So a card dragged into a zone joins it, one dragged out leaves it, and a file
 * cannot say one thing and draw another. Grading does not read zones.
 *
 * @param id     unique among the design's zones
 * @param label  what the boundary is ("HIPAA boundary"); may be empty
 * @param x      canvas position of the top-left corner, pixels, within &plusmn;{@link CardGeometry#MAX_COORDINATE}
 * @param y      the same for the top edge
 * @param width  pixels, from {@link #MIN_SIZE} to {@link #MAX_SIZE}
 * @param height pixels, from {@link #MIN_SIZE} to {@link #MAX_SIZE}
 */
public record Zone(String id, String label, double x, double y, double width, double height) {

    /** The smallest side a zone may have, in canvas pixels (room for its title). */
    public static final double MIN_SIZE = 32;
    /** The largest side: the whole canvas. */
    public static final double MAX_SIZE = 2 * CardGeometry.MAX_COORDINATE;

    public Zone {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("zone id must not be blank");
        }
        label = label == null ? "" : label;
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("zone bounds must be finite: " + x + ", " + y + ", " + width + ", "
                    + height);
        }
        x = clamp(x, -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE) + 0.0;
        y = clamp(y, -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE) + 0.0;
        width = clamp(width, MIN_SIZE, MAX_SIZE) + 0.0;
        height = clamp(height, MIN_SIZE, MAX_SIZE) + 0.0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    public Zone withLabel(String newLabel) {
        return new Zone(id, newLabel, x, y, width, height);
    }

    public Zone withPosition(double newX, double newY) {
        return new Zone(id, label, newX, newY, width, height);
    }

    public Zone withBounds(double newX, double newY, double newWidth, double newHeight) {
        return new Zone(id, label, newX, newY, newWidth, newHeight);
    }

    public Zone withId(String newId) {
        return new Zone(newId, label, x, y, width, height);
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double area() {
        return width * height;
    }

    /** Whether a point lies inside or on the border. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** Whether another zone lies wholly inside this one (borders may touch). */
    public boolean holds(Zone other) {
        return other.x >= x && other.right() <= right() && other.y >= y && other.bottom() <= bottom();
    }
}
