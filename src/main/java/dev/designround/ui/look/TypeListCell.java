package dev.designround.ui.look;

import dev.designround.model.ComponentType;
import javafx.scene.control.ListCell;

/** A component type in a choice list: its icon and its name (the inspector's type box, the import dialog). */
public final class TypeListCell extends ListCell<ComponentType> {

    @Override
    protected void updateItem(ComponentType item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.name());
        setGraphic(empty || item == null ? null : Icons.of(item.icon()));
    }
}
