package dev.designround.ui.canvas;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Theme;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.model.Zone;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A zone on the canvas, drawn as the exports draw it ({@link ZoneDrawing}): a dashed rounded box and its title in
 * the top-left corner. Its title band is where the mouse grabs it (style class {@code zone-grab}); selected
 * (pseudo-class {@code selected}) it shows a square handle on each corner for resizing. Colours come from the style
 * sheet: {@code zone}, {@code zone-title}, {@code zone-handle}.
 */
final class ZoneView extends Group {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    /** Measures and cuts titles as the exports do; its colours are not used. */
    private static final ZoneDrawing DRAWING = new ZoneDrawing(Theme.LIGHT, DiagramFont.get());

    private final Rectangle box = new Rectangle();
    private final Rectangle grab = new Rectangle();
    private final Text title = new Text();
    private final List<Rectangle> handles = List.of(new Rectangle(), new Rectangle(), new Rectangle(),
            new Rectangle());
    private Zone model;
    private Zone shown;
    private double handleSize = ZoneLayer.HANDLE;

    ZoneView(Zone zone) {
        getStyleClass().add("zone-view");
        box.getStyleClass().add("zone");
        box.setArcWidth(2 * ZoneDrawing.RADIUS);
        box.setArcHeight(2 * ZoneDrawing.RADIUS);
        box.setMouseTransparent(true);
        grab.getStyleClass().add("zone-grab");
        title.getStyleClass().add("zone-title");
        title.setTextOrigin(VPos.BASELINE);
        title.setMouseTransparent(true);
        getChildren().addAll(box, grab, title);
        for (Rectangle h : handles) {
            h.getStyleClass().add("zone-handle");
            h.setVisible(false);
            getChildren().add(h);
        }
        setPickOnBounds(false);
        setModel(zone);
    }

    String zoneId() {
        return model.id();
    }

    /** The zone as the design has it. */
    Zone model() {
        return model;
    }

    /** The zone as drawn now: where a drag or resize has it, else the model. */
    Zone shown() {
        return shown;
    }

    void setModel(Zone zone) {
        model = zone;
        show(zone);
    }

    /** Draws it somewhere the design does not have it yet (a drag or resize under way). */
    void show(Zone zone) {
        shown = zone;
        box.setX(zone.x());
        box.setY(zone.y());
        box.setWidth(zone.width());
        box.setHeight(zone.height());
        grab.setX(zone.x());
        grab.setY(zone.y());
        grab.setWidth(zone.width());
        grab.setHeight(Math.min(ZoneDrawing.TITLE_HEIGHT, zone.height()));
        title.setText(DRAWING.title(zone));
        title.setX(zone.x() + ZoneDrawing.INSET);
        title.setY(ZoneDrawing.titleBaseline(zone));
        placeHandles();
    }

    void setSelected(boolean selected, boolean resizable) {
        pseudoClassStateChanged(SELECTED, selected);
        handles.forEach(h -> h.setVisible(selected && resizable));
    }

    /** Handles keep their size on screen: {@code size} is in world pixels at the current zoom. */
    void setHandleSize(double size) {
        handleSize = size;
        placeHandles();
    }

    private void placeHandles() {
        double[][] corners = {{shown.x(), shown.y()}, {shown.right(), shown.y()}, {shown.x(), shown.bottom()},
                {shown.right(), shown.bottom()}};
        for (int i = 0; i < 4; i++) {
            Rectangle h = handles.get(i);
            h.setX(corners[i][0] - handleSize / 2);
            h.setY(corners[i][1] - handleSize / 2);
            h.setWidth(handleSize);
            h.setHeight(handleSize);
            h.setStrokeWidth(Math.max(1, handleSize / ZoneLayer.HANDLE * 1.5));
        }
    }
}
