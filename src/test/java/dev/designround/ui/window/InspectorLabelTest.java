package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The inspector says what a card's label makes it count as, follows the label as it is typed, and can ignore it. */
class InspectorLabelTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private void openRetriever(FxRobot robot) {
        open(robot, design().node(Node.of("u", "user", 0, 0))
                .node(Node.of("r", "retriever", 320, 0).withLabel("Retriever (ACL pre-filter)")).build());
        robot.clickOn(card("r"));
    }

    private static String countsAs(FxRobot robot) {
        return robot.lookup("#inspector-label-capabilities").queryAs(Label.class).getText();
    }

    @Test
    void aSelectedCardShowsWhatItsLabelCountsAs(FxRobot robot) {
        openRetriever(robot);

        assertThat(countsAs(robot)).isEqualTo("Counts as: access control — from its label");
        assertThat(robot.lookup("#inspector-read-label").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    @Test
    void whatItCountsAsFollowsTheLabelAsItIsTyped(FxRobot robot) {
        openRetriever(robot);

        robot.clickOn("#inspector-label").write(", PII redaction");

        assertThat(countsAs(robot)).isEqualTo("Counts as: access control, PII redaction — from its label");
        assertThat(model().node("r").orElseThrow().label()).isEqualTo("Retriever (ACL pre-filter)"); // not yet
    }

    @Test
    void untickingReadTheLabelIgnoresItAndUndoBringsItBack(FxRobot robot) {
        openRetriever(robot);

        robot.clickOn("#inspector-read-label");

        assertThat(model().node("r").orElseThrow().readsLabel()).isFalse();
        waitUntil(() -> countsAs(robot).startsWith("Its label is not read"));
        assertThat(editor().stack().undoName()).contains("Ignore the label");

        robot.interact(() -> workbench.run("undo"));

        assertThat(model().node("r").orElseThrow().readsLabel()).isTrue();
        waitUntil(() -> countsAs(robot).startsWith("Counts as: access control"));
        assertThat(robot.lookup("#inspector-read-label").queryAs(CheckBox.class).isSelected()).isTrue();
    }
}
