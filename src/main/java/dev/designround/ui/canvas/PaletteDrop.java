package dev.designround.ui.canvas;

import dev.designround.model.CardGeometry;
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
        return canvas.requireEditor().addNode(typeId, canvas.snap(world.getX() - CardGeometry.WIDTH / 2),
                canvas.snap(world.getY() - CardGeometry.HEIGHT / 2));
    }

    private void addCentredAt(String typeId, Point2D world) {
        addCentredAt(canvas, typeId, world);
    }
}
