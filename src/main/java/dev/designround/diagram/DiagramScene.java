package dev.designround.diagram;

import java.util.List;

/**
 * A design laid out for drawing: everything the SVG, PNG and PDF writers draw, in paint order, in a scene whose
 * top-left corner is (0, 0) and which holds the whole diagram (every card, edge, label, the title and the legend)
 * plus a margin. Computed once by {@link SceneBuilder}; immutable.
 *
 * @param width      scene width in pixels
 * @param height     scene height in pixels
 * @param background the colour behind everything
 * @param title      a plain-text name for the whole picture
 * @param items      what to draw, in order
 */
public record DiagramScene(double width, double height, Rgb background, String title, List<SceneItem> items) {

    public DiagramScene {
        items = List.copyOf(items);
    }
}
