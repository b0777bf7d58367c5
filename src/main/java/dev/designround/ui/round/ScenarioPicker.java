package dev.designround.ui.round;

import dev.designround.scenario.Scenario;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * For a design that answers no installed scenario: says so, and lets the user give it one (an undoable edit of
 * the design, made by {@code choose}).
 */
final class ScenarioPicker extends VBox {

    ScenarioPicker(String message, List<Scenario> scenarios, Consumer<Scenario> choose) {
        super(10);
        getStyleClass().add("round-note");
        setId("scenario-picker");
        Label title = new Label("No scenario", new FontIcon("mdi2t-timer-off-outline"));
        title.getStyleClass().add("round-heading");
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("round-text");
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<Scenario> box = new ComboBox<>();
        box.setId("scenario-choice");
        box.getItems().setAll(scenarios);
        box.setPromptText("Choose a round…");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> new Cell());
        box.setButtonCell(new Cell());
        Button use = new Button("Use this scenario", new FontIcon("mdi2c-check"));
        use.setId("scenario-use");
        use.getStyleClass().add("accent");
        use.disableProperty().bind(box.valueProperty().isNull());
        use.setOnAction(e -> choose.accept(box.getValue()));
        getChildren().addAll(title, text, box, use);
    }

    private static final class Cell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.title() + "  ·  " + s.domain() + ", " + s.timeMinutes() + " min");
        }
    }
}
