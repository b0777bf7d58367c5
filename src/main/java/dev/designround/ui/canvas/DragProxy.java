package dev.designround.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * Keeps dragging smooth in large designs: while cards are dragged, everything that does not move is shown as one
 * picture of the view taken when the drag began, and only the dragged cards, their edges and the edges' labels
 * are drawn live on top of it. Redrawing a thousand cards and two thousand arrows for every mouse move is what
 * would make a drag stutter. Small designs do not need it and are drawn live throughout.
 */
final class DragProxy {

    /** From this many nodes on, drags use a picture of the still parts. */
    static final int MIN_NODES = 150;

    /** A lifted node and the layer it goes back to. */
    private record Lifted(javafx.scene.Node node, Group home) {
    }

    private final DiagramCanvas canvas;
    private final java.util.function.Predicate<javafx.scene.Node> alive;
    private final List<Group> layers;
    private final Group dragLayer;
    private final ImageView picture = new ImageView();
    private final List<Lifted> lifted = new ArrayList<>();
    private boolean active;
    private boolean warm;

    /**
     * @param layers    the layers the picture replaces, bottom to top
     * @param dragLayer where the moving parts are drawn meanwhile, above those layers
     * @param alive     whether a lifted card, edge or label is still shown (an undo during the drag may remove it)
     */
    DragProxy(DiagramCanvas canvas, List<Group> layers, Group dragLayer,
              java.util.function.Predicate<javafx.scene.Node> alive) {
        this.canvas = canvas;
        this.alive = alive;
        this.layers = List.copyOf(layers);
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

    /**
     * Takes a picture of one pixel, once, so that the first drag in a large design does not also pay for setting up
     * JavaFX's snapshots: the first snapshot of a run takes half a second to a second in software rendering, the
     * next ones a tenth of that. Done when a large design is shown (the window must be showing).
     */
    void warmUp() {
        if (warm || active || canvas.getScene() == null || canvas.getScene().getWindow() == null
                || !canvas.getScene().getWindow().isShowing()) {
            return;
        }
        warm = true;
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setViewport(new Rectangle2D(0, 0, 1, 1));
        dragLayer.getParent().snapshot(params, null);
    }

    /** Whether {@link #warmUp} has taken its picture. */
    boolean isWarm() {
        return warm;
    }

    /**
     * Lifts the moving cards and arrows (with the arrows' labels) out of the drawing and freezes the rest as a
     * picture.
     */
    void begin(Collection<? extends javafx.scene.Node> moving) {
        if (active || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        active = true;
        lifted.clear();
        moving.stream().filter(n -> n instanceof EdgeView).forEach(this::lift);
        moving.stream().filter(n -> n instanceof EdgeView).forEach(e -> ((EdgeView) e).label().ifPresent(this::lift));
        moving.stream().filter(n -> !(n instanceof EdgeView)).forEach(this::lift);
        picture.setImage(snapshot());
        picture.setFitWidth(canvas.getWidth());
        picture.setFitHeight(canvas.getHeight());
        picture.relocate(0, 0);
        picture.setVisible(true);
        layers.forEach(l -> l.setVisible(false));
        lifted.forEach(l -> dragLayer.getChildren().add(l.node()));
    }

    private void lift(javafx.scene.Node node) {
        Parent parent = node.getParent();
        if (parent instanceof Group home && layers.contains(home)) {
            home.getChildren().remove(node);
            lifted.add(new Lifted(node, home));
        }
    }

    /** A picture of the layers as the view shows them now (a snapshot includes the world's pan and zoom). */
    private WritableImage snapshot() {
        double pixels = canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : canvas.getScene().getWindow().getOutputScaleX();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(pixels, pixels));
        params.setViewport(new Rectangle2D(0, 0, canvas.getWidth() * pixels, canvas.getHeight() * pixels));
        Parent world = dragLayer.getParent();
        boolean dragVisible = dragLayer.isVisible();
        dragLayer.setVisible(false);
        try {
            return world.snapshot(params, null);
        } finally {
            dragLayer.setVisible(dragVisible);
        }
    }

    /** Puts the lifted parts back in their layers and shows the live drawing again. */
    void end() {
        if (!active) {
            return;
        }
        active = false;
        dragLayer.getChildren().clear();
        lifted.stream().filter(l -> alive.test(l.node())).forEach(l -> l.home().getChildren().add(l.node()));
        lifted.clear();
        layers.forEach(l -> l.setVisible(true));
        picture.setVisible(false);
        picture.setImage(null);
    }
}
