package dev.designround.ui.palette;

import dev.designround.model.Category;
import dev.designround.model.ComponentType;
import dev.designround.ui.canvas.PaletteDrop;
import dev.designround.ui.look.Icons;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** One component type in the palette: drag it onto the canvas, or double-click it to add it at the centre. */
public final class PaletteItem extends HBox {

    private final ComponentType type;

    PaletteItem(ComponentType type, Category category, String categoryClass, Consumer<String> addAtCentre) {
        this.type = type;
        getStyleClass().addAll("palette-item", categoryClass);
        setId("palette-" + type.id());
        FontIcon icon = Icons.of(type.icon());
        StackPane tile = new StackPane(icon);
        tile.getStyleClass().add("palette-tile");
        Label name = new Label(type.name());
        getChildren().addAll(tile, name);
        Tooltip tip = new Tooltip(type.name() + "\n" + type.description());
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        tip.setShowDelay(Duration.millis(600));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(this, tip);
        setOnMousePressed(e -> tip.hide()); // a tooltip must not ride along with a drag
        setOnDragDetected(e -> {
            tip.hide();
            Dragboard board = startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(PaletteDrop.COMPONENT_TYPE, type.id());
            content.putString(type.id());
            board.setContent(content);
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            board.setDragView(snapshot(params, null), e.getX(), e.getY());
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                addAtCentre.accept(type.id());
                e.consume();
            }
        });
    }

    public ComponentType type() {
        return type;
    }

}
