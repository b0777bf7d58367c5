package dev.designround.diagram;

/** A point in diagram coordinates (the whiteboard's world pixels, y down). */
public record Point(double x, double y) {

    public Point moved(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
