package dev.designround.model;

/**
 * The size of a node's card on the canvas, shared by the whiteboard and every diagram export so that a design
 * looks the same everywhere. A node's {@code x}, {@code y} is the card's top-left corner.
 */
public final class CardGeometry {

    /** Card width in canvas pixels. */
    public static final double WIDTH = 176;
    /** Card height in canvas pixels. */
    public static final double HEIGHT = 64;
    /**
     * How far from (0, 0) a card may be, in canvas pixels, either way on either axis: far beyond any real design
     * (10,000 cards in a square grid span about 25,000 pixels), near enough that a picture of the design can still
     * be drawn (a card at 10^20 made a 16384 x 1 PNG).
     */
    public static final double MAX_COORDINATE = 1_000_000;
    /** The snapping grid of the whiteboard, in canvas pixels. */
    public static final double GRID = 16;

    private CardGeometry() {
    }

    public static double centerX(Node node) {
        return node.x() + WIDTH / 2;
    }

    public static double centerY(Node node) {
        return node.y() + HEIGHT / 2;
    }
}
