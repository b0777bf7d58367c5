package dev.designround.ui.canvas;

import dev.designround.model.CardGeometry;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The background grid, drawn in screen space for the current viewport: fine lines every grid step (hidden when
 * zoomed out so far that they would blur into grey) and stronger lines every four steps. Redrawn only when the
 * viewport or the size changes.
 */
final class GridLayer extends Region {

    private static final int MAJOR_EVERY = 4;
    private static final double MIN_SPACING = 7;

    private final Path minor = new Path();
    private final Path major = new Path();
    private Viewport viewport = Viewport.IDENTITY;
    /** What the lines were last drawn for: a layout pass with the same size and viewport leaves them alone. */
    private Viewport drawnFor;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    GridLayer() {
        getStyleClass().add("grid");
        minor.getStyleClass().add("grid-minor");
        major.getStyleClass().add("grid-major");
        minor.setManaged(false);
        major.setManaged(false);
        setMouseTransparent(true);
        getChildren().addAll(minor, major);
        // drawn once into a bitmap and reused until the viewport changes, so dragging a card does not redraw it
        setCache(true);
        setCacheHint(javafx.scene.CacheHint.QUALITY);
    }

    void setViewport(Viewport next) {
        viewport = next;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    private void redraw() {
        double w = getWidth();
        double h = getHeight();
        if (viewport.equals(drawnFor) && w == drawnWidth && h == drawnHeight) {
            return; // new path elements, even equal ones, would throw away the cached bitmap and redraw every line
        }
        drawnFor = viewport;
        drawnWidth = w;
        drawnHeight = h;
        double step = CardGeometry.GRID * viewport.scale();
        java.util.List<PathElement> fine = new java.util.ArrayList<>();
        java.util.List<PathElement> strong = new java.util.ArrayList<>();
        double majorStep = step * MAJOR_EVERY;
        while (majorStep < MIN_SPACING * 2) {
            majorStep *= MAJOR_EVERY;
        }
        boolean showMinor = step >= MIN_SPACING;
        long firstX = (long) Math.floor(viewport.toWorldX(0) / CardGeometry.GRID);
        long firstY = (long) Math.floor(viewport.toWorldY(0) / CardGeometry.GRID);
        long majorCells = Math.round(majorStep / step);
        for (long i = firstX; ; i++) {
            double x = Math.round(viewport.toScreenX(i * CardGeometry.GRID)) + 0.5;
            if (x > w) {
                break;
            }
            boolean isMajor = Math.floorMod(i, majorCells) == 0;
            if (isMajor || showMinor) {
                line(isMajor ? strong : fine, x, 0, x, h);
            }
            if (!showMinor) {
                i += majorCells - 1 - Math.floorMod(i, majorCells);
            }
        }
        for (long j = firstY; ; j++) {
            double y = Math.round(viewport.toScreenY(j * CardGeometry.GRID)) + 0.5;
            if (y > h) {
                break;
            }
            boolean isMajor = Math.floorMod(j, majorCells) == 0;
            if (isMajor || showMinor) {
                line(isMajor ? strong : fine, 0, y, w, y);
            }
            if (!showMinor) {
                j += majorCells - 1 - Math.floorMod(j, majorCells);
            }
        }
        minor.getElements().setAll(fine);
        major.getElements().setAll(strong);
    }

    private static void line(java.util.List<PathElement> into, double x1, double y1, double x2, double y2) {
        into.add(new MoveTo(x1, y1));
        into.add(new LineTo(x2, y2));
    }
}
