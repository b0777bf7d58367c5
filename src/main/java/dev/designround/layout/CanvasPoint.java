package dev.designround.layout;

/**
 * A point on the canvas, in canvas pixels (the units of a node's {@code x} and {@code y}): where a layout or a move
 * puts a node's top-left corner. Not to be confused with {@code json.Position}, a line and column
 * in a text file.
 */
public record CanvasPoint(double x, double y) {
}
