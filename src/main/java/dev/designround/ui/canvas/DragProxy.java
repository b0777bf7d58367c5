package dev.designround.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Keeps dragging smooth in large designs: while cards are dragged, everything that does not move is shown as one
 * picture of the view taken when the drag began, and only the dragged cards and their edges are drawn live on top
 * of it. Redrawing a thousand cards and two thousand arrows for every mouse move is what would make a drag stutter.
 * Small designs do not need it and are drawn live throughout.
 */
final class DragProxy {

    /** From this many nodes on, drags use a picture of the still parts. */
    static final int MIN_NODES = 150;

    private final DiagramCanvas canvas;
    private final Group edgeLayer;
    private final Group nodeLayer;
    private final Group dragLayer;
    private final ImageView picture = new ImageView();
    private final List<javafx.scene.Node> moved = new ArrayList<>();
    private boolean active;

    DragProxy(DiagramCanvas canvas, Group edgeLayer, Group nodeLayer, Group dragLayer) {
        this.canvas = canvas;
        this.edgeLayer = edgeLayer;
        this.nodeLayer = nodeLayer;
        this.dragLayer = dragLayer;
        picture.setManaged(false);
        picture.setMouseTransparent(true);
        picture.setVisible(false);
    }

    ImageView picture() {
        return picture;
    }

    boolean isActive() {
        return active;
    }

    /** Lifts the moving cards and edges out of the drawing and freezes the rest as a picture. */
    void begin(Collection<NodeCard> cards, Collection<EdgeView> edges) {
        if (active || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        active = true;
        moved.clear();
        edgeLayer.getChildren().removeAll(edges);
        nodeLayer.getChildren().removeAll(cards);
        moved.addAll(edges);
        moved.addAll(cards);

        double pixels = canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : canvas.getScene().getWindow().getOutputScaleX();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        // a snapshot includes the node's own transforms: the world's pan and zoom put the view at 0, 0
        params.setTransform(new Scale(pixels, pixels));
        params.setViewport(new Rectangle2D(0, 0, canvas.getWidth() * pixels, canvas.getHeight() * pixels));
        WritableImage image = snapshotOf(params);
        picture.setImage(image);
        picture.setFitWidth(canvas.getWidth());
        picture.setFitHeight(canvas.getHeight());
        picture.relocate(0, 0);
        picture.setVisible(true);
        edgeLayer.setVisible(false);
        nodeLayer.setVisible(false);
        dragLayer.getChildren().setAll(moved);
    }

    private WritableImage snapshotOf(SnapshotParameters params) {
        Group layers = (Group) edgeLayer.getParent();
        boolean dragVisible = dragLayer.isVisible();
        dragLayer.setVisible(false);
        try {
            return layers.snapshot(params, null);
        } finally {
            dragLayer.setVisible(dragVisible);
        }
    }

    /** Puts the moved cards and edges back and shows the live drawing again. */
    void end() {
        if (!active) {
            return;
        }
        active = false;
        dragLayer.getChildren().clear();
        for (javafx.scene.Node n : moved) {
            if (n instanceof NodeCard) {
                nodeLayer.getChildren().add(n);
            } else {
                edgeLayer.getChildren().add(n);
            }
        }
        moved.clear();
        edgeLayer.setVisible(true);
        nodeLayer.setVisible(true);
        picture.setVisible(false);
        picture.setImage(null);
    }
}
