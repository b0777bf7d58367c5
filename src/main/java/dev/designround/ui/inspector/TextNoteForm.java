package dev.designround.ui.inspector;

import dev.designround.model.TextNote;
import dev.designround.ui.edit.Editor;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inspector for one text note: what it says (kept when the area loses the focus). */
final class TextNoteForm extends VBox {

    TextNoteForm(Editor editor, TextNote note) {
        getStyleClass().add("inspector");
        Label title = new Label("Text note", new FontIcon("mdi2t-text-box-outline"));
        title.getStyleClass().add("inspector-title");
        TextArea text = new TextArea(note.text());
        text.setId("inspector-text-note");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        String[] committed = {note.text()};
        text.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !text.getText().equals(committed[0])) {
                committed[0] = text.getText();
                editor.editText(note.id(), text.getText());
            }
        });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                text.setText(committed[0]);
                e.consume();
            }
        });
        getChildren().addAll(title, Fields.section("Text"), text, Fields.hint(
                "Free text on the canvas, drawn in every export. Emptying it removes the note. Grading does not read "
                        + "text notes: write what you want graded in the round's notes or on the cards."));
    }
}
