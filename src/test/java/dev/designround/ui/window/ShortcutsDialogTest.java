package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Help → Keyboard shortcuts shows every entry whole, however long its keys or its text. */
class ShortcutsDialogTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    @Test
    void noEntryIsCutShort(FxRobot robot) {
        newWhiteboard(robot);
        robot.type(KeyCode.F1);
        GridPane grid = robot.lookup("#shortcuts").queryAs(GridPane.class);
        List<Label> labels = grid.getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n)
                .toList();

        assertThat(labels).extracting(Label::getText).contains("Click / Shift+click / Ctrl+click",
                "Reverse arrow");
        for (Label l : labels) {
            String shown = l.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertThat(shown).as("what the dialog shows of \"%s\"", l.getText()).isEqualTo(l.getText());
        }
        robot.clickOn("Close");
    }
}
