package dev.designround.ui.window;

import dev.designround.ui.look.Themes;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The whiteboard's message boxes: errors with their details, and the unsaved-changes question. */
final class Dialogs {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    /** The answer to "save changes?". */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    /** Shows an error and waits; {@code details} (every problem of a file, say) go in an expandable area. */
    static void error(Window owner, String header, String message, List<String> details) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, owner, "Design Round", header);
        if (details.size() > 1) {
            TextArea area = new TextArea(String.join("\n", details));
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, details.size() + 1));
            alert.getDialogPane().setExpandableContent(area);
        }
        alert.showAndWait();
    }

    static Unsaved askToSave(Window owner, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Your changes will be lost if you don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        prepare(alert, owner, "Unsaved changes", "Save the changes to " + name + "?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Unsaved.CANCEL;
        }
        return answer.get() == SAVE ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    private static void prepare(Alert alert, Window owner, String title, String header) {
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        alert.getDialogPane().setMinWidth(460);
        alert.getDialogPane().setId("dialog");
    }
}
