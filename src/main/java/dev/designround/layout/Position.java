package dev.designround.layout;

/** A node's new top-left corner on the canvas, in canvas pixels. */
public record Position(double x, double y) {
}
