package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.canvas.NodeCard;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The strong answer beside the design: read-only, with what the design lacks marked. */
class StrongAnswerTest extends RoundFixture {

    private static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private DiagramCanvas reference() {
        return workbench.round().referenceCanvas();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(query).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Design referenceDesign() {
        return reference().editor().orElseThrow().design();
    }

    private void openStrongAnswerWithAUserAndAModel(FxRobot robot) {
        startRound(robot, "legal-doc-qa");
        dragFromPalette(robot, "user", "user", 0.2, 0.3);
        dragFromPalette(robot, "llm", "llm", 0.6, 0.3);
        showTab(robot, "feedback");
        robot.clickOn("#show-strong-answer");
        waitUntil(() -> !workbench.round().markedAsLacking().isEmpty());
    }

    @Test
    void theReferenceOpensBesideTheDesignWithTheComponentsYoursLacksMarked(FxRobot robot) {
        openStrongAnswerWithAUserAndAModel(robot);

        assertThat(reference().getScene()).isSameAs(stage.getScene());
        assertThat(canvas().getScene()).isSameAs(stage.getScene());
        robot.interact(() -> reference().actualSize()); // cards exist at readable zoom, for what is in view
        for (Node n : referenceDesign().nodes()) {
            boolean lacking = workbench.round().markedAsLacking().contains(n.id());
            assertThat(lacking).as(n.id()).isEqualTo(!n.type().equals("user") && !n.type().equals("llm"));
            assertThat(reference().highlightedNodes().contains(n.id())).as(n.id()).isEqualTo(lacking);
            robot.interact(() -> reference().reveal(n.id()));
            NodeCard card = onFx(() -> reference().card(n.id())).orElseThrow();
            assertThat(card.getPseudoClassStates().contains(HIGHLIGHTED)).as(n.id()).isEqualTo(lacking);
        }
        assertThat(robot.lookup("#reference-missed").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .isNotEmpty();
    }

    @Test
    void theReferenceOpensAtAZoomWhereItsLabelsAreWhole(FxRobot robot) {
        openStrongAnswerWithAUserAndAModel(robot);
        waitUntil(() -> reference().viewport().scale() != 1 || reference().card("dms").isPresent());

        assertThat(reference().isOverview()).isFalse();
        assertThat(reference().viewport().scale()).isGreaterThanOrEqualTo(0.6);
        NodeCard files = onFx(() -> reference().card("dms")).orElseThrow();
        assertThat(files.shownLabel()).isEqualTo("Case files (DMS, 50k)");
        var box = reference().nodeBox("dms").orElseThrow();
        assertThat(reference().viewport().toScreenX(box.x())).isBetween(0.0, reference().getWidth());
    }

    @Test
    void theReferenceCannotBeChanged(FxRobot robot) {
        openStrongAnswerWithAUserAndAModel(robot);
        Design before = referenceDesign().copy();
        String first = referenceDesign().nodes().iterator().next().id();
        robot.interact(() -> reference().actualSize());
        robot.interact(() -> reference().reveal(first));
        NodeCard card = onFx(() -> reference().card(first)).orElseThrow();
        Point2D at = robot.point(card).query();

        robot.drag(at).dropTo(at.add(80, 60));
        robot.clickOn(at).type(KeyCode.DELETE).type(KeyCode.BACK_SPACE).type(KeyCode.RIGHT);
        robot.doubleClickOn(at);

        assertThat(referenceDesign()).isEqualTo(before);
        assertThat(reference().isEditable()).isFalse();
        assertThat(model().nodeCount()).isEqualTo(2);
    }

    @Test
    void closingItReturnsToTheDesignAlone(FxRobot robot) {
        openStrongAnswerWithAUserAndAModel(robot);

        robot.clickOn("#close-strong-answer");

        assertThat(workbench.round().isStrongAnswerOpen()).isFalse();
        assertThat(reference().getScene()).isNull();
        assertThat(canvas().getScene()).isSameAs(stage.getScene());
        assertThat(robot.lookup("#show-strong-answer").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).isFalse();
    }

    @Test
    void openingItRevealsWhatAStrongAnswerCovers(FxRobot robot) {
        openStrongAnswerWithAUserAndAModel(robot);

        assertThat(workbench.round().progress().strongAnswerListVisible()).isTrue();
        assertThat(robot.lookup("#strong-answer-list").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(7);
    }
}
