package dev.designround.layout;

/**
 * A rectangle a layout places, in canvas pixels: a card, a zone or a text note. Where it is depends on who reads
 * it: {@link Placement} keeps positions relative to the zone the box is in.
 */
record Box(double x, double y, double width, double height) {

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    Box at(double newX, double newY) {
        return new Box(newX, newY, width, height);
    }

    /** Whether the two share any point (touching borders count). */
    boolean touches(Box o) {
        return x <= o.right() && o.x <= right() && y <= o.bottom() && o.y <= bottom();
    }
}
