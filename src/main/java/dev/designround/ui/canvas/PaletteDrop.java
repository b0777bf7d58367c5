package dev.designround.ui.canvas;

import dev.designround.model.CardGeometry;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Accepts component types dragged from the palette: the new card is centred where it is dropped (on the grid when
 * snapping is on) and selected.
 */
public final class PaletteDrop {

    /** What a palette entry puts on the dragboard: the component type id. */
    public static final DataFormat COMPONENT_TYPE = format("application/x-design-round-component-type");
    /** Places around the middle tried for a new card, four rings of them, before giving up and stacking. */
    private static final java.util.List<int[]> SPOTS = spots(4);

    private final DiagramCanvas canvas;

    PaletteDrop(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    private static DataFormat format(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }

    void install() {
        canvas.setOnDragOver(this::over);
        canvas.setOnDragDropped(this::dropped);
    }

    private void over(DragEvent e) {
        if (canvas.editor().isPresent() && canvas.isEditable() && e.getDragboard().hasContent(COMPONENT_TYPE)) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Object type = e.getDragboard().getContent(COMPONENT_TYPE);
        boolean done = false;
        if (type instanceof String typeId && canvas.editor().isPresent() && canvas.isEditable()) {
            Point2D local = canvas.sceneToLocal(e.getSceneX(), e.getSceneY());
            addCentredAt(typeId, canvas.toWorld(local.getX(), local.getY()));
            canvas.requestFocus();
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    /** Adds a node of a type with its card centred on a world point; returns the new node's id. */
    public static String addCentredAt(DiagramCanvas canvas, String typeId, Point2D world) {
        return canvas.requireEditor().addNode(typeId, left(canvas, world), top(canvas, world));
    }

    /**
     * Adds a node of a type in the middle of the view (a palette entry double-clicked, or Enter in its search), or,
     * if a card is already there, at the nearest free place around it on a grid of card-and-gap steps (to the right
     * first, as designs read from left to right) where the whole card is in view, so that adding several in a row
     * never stacks them unseen nor leaves one half outside the view. When every free place is outside the view,
     * the nearest is taken and the view moves to show it. Returns the new node's id.
     */
    public static String addInView(DiagramCanvas canvas, String typeId) {
        String id = addCentredAt(canvas, typeId, freeSpot(canvas));
        canvas.bringIntoView(List.of(id)); // a free place only outside the view: the view goes to it
        return id;
    }

    /**
     * The middle of the nearest free place for a card around the middle of the view (see {@link #addInView}); a
     * text note added from the menu goes there too.
     */
    static Point2D freeSpot(DiagramCanvas canvas) {
        Point2D centre = canvas.centerInWorld();
        double stepX = CardGeometry.WIDTH + 48;
        double stepY = CardGeometry.HEIGHT + 48;
        List<Point2D> free = SPOTS.stream()
                .map(o -> new Point2D(centre.getX() + o[0] * stepX, centre.getY() + o[1] * stepY))
                .filter(p -> canvas.isFreeForCardAt(left(canvas, p), top(canvas, p)))
                .toList();
        return free.stream().filter(p -> canvas.isInViewForCardAt(left(canvas, p), top(canvas, p)))
                .findFirst().or(() -> free.stream().findFirst())
                .orElse(centre); // crowded all around: the middle after all
    }

    /** Where a card centred on a world point has its left edge (on the grid when snapping is on). */
    private static double left(DiagramCanvas canvas, Point2D centre) {
        return canvas.snap(centre.getX() - CardGeometry.WIDTH / 2);
    }

    private static double top(DiagramCanvas canvas, Point2D centre) {
        return canvas.snap(centre.getY() - CardGeometry.HEIGHT / 2);
    }

    /** Places around the middle in steps, nearest first; at the same distance right, below, left, above. */
    private static java.util.List<int[]> spots(int rings) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int dx = -rings; dx <= rings; dx++) {
            for (int dy = -rings; dy <= rings; dy++) {
                out.add(new int[] {dx, dy});
            }
        }
        out.sort(java.util.Comparator.<int[]>comparingDouble(o -> Math.hypot(o[0], o[1]))
                .thenComparing(o -> -Integer.signum(o[0])).thenComparing(o -> -Integer.signum(o[1])));
        return java.util.List.copyOf(out);
    }

    private void addCentredAt(String typeId, Point2D world) {
        addCentredAt(canvas, typeId, world);
    }
}
