package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.testing.DesignBuilder;
import dev.designround.ui.canvas.NodeCard;
import dev.designround.ui.canvas.Viewport;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A design far larger than the view: only the cards near the view exist as JavaFX nodes, the zoomed-out view is
 * drawn on one canvas, and every gesture still works on nodes that have no card.
 */
class LargeDesignCanvasTest extends WhiteboardFixture {

    private static final int COLUMNS = 50;
    private static final int NODES = 2000;
    private static final double DX = 224;
    private static final double DY = 112;

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    /** 2,000 nodes in a grid of 50 columns, each row a chain. */
    private static Design grid() {
        DesignBuilder b = design();
        for (int i = 0; i < NODES; i++) {
            b.node(Node.of("n" + i, i % 3 == 0 ? "llm" : i % 3 == 1 ? "retriever" : "cache", (i % COLUMNS) * DX,
                    (i / COLUMNS) * DY));
        }
        for (int i = 0; i < NODES - 1; i++) {
            if ((i + 1) % COLUMNS != 0) {
                b.flow("n" + i, "n" + (i + 1));
            }
        }
        return b.build();
    }

    private int cardsShown() {
        WaitForAsyncUtils.waitForFxEvents();
        return (int) canvas().lookupAll(".card").stream().filter(n -> n instanceof NodeCard).count();
    }

    /** Opens the grid zoomed out (to 20 %, or as given), its top-left corner in view. */
    private void openZoomedOut(FxRobot robot) {
        openZoomedOut(robot, 0.2);
    }

    private void openZoomedOut(FxRobot robot, double scale) {
        open(robot, grid());
        robot.interact(() -> canvas().setViewport(new Viewport(scale, 40, 40)));
        assertThat(canvas().isOverview()).isTrue();
    }

    private Point2D centreOf(int i) {
        return screenAtWorld((i % COLUMNS) * DX + CardGeometry.WIDTH / 2.0,
                (i / COLUMNS) * DY + CardGeometry.HEIGHT / 2.0);
    }

    @Test
    void atFullSizeOnlyTheCardsNearTheViewExistAndPanningBringsTheOthers(FxRobot robot) {
        open(robot, grid());
        robot.interact(() -> canvas().setViewport(new Viewport(1, 40, 40)));

        assertThat(cardsShown()).isBetween(1, 200);
        assertThat(canvas().card("n0")).isPresent();
        assertThat(canvas().card("n1999")).isEmpty();

        robot.interact(() -> canvas().reveal("n1999"));

        assertThat(cardsShown()).isBetween(1, 200);
        assertThat(canvas().card("n1999")).isPresent();
        assertThat(canvas().card("n0")).isEmpty();
    }

    @Test
    void zoomedOutThereAreNoCardsAndAClickStillSelectsTheNodeUnderTheMouse(FxRobot robot) {
        open(robot, grid());
        assertThat(canvas().isOverview()).isTrue(); // opened to fit: about 10 %
        assertThat(cardsShown()).isZero();
        robot.interact(() -> canvas().setViewport(new Viewport(0.2, 40, 40)));
        assertThat(cardsShown()).isZero();

        robot.clickOn(centreOf(103));

        assertThat(editor().selection().nodes()).containsExactly("n103");
    }

    @Test
    void zoomedOutDraggingACardMovesItAsOneUndoableStep(FxRobot robot) {
        openZoomedOut(robot, 0.1); // the hovered card's handles, grown to stay grabbable, cover it: it still moves
        double scale = canvas().viewport().scale();

        robot.drag(centreOf(60)).dropTo(centreOf(60).add(0, 3 * DY * scale));

        Node moved = model().node("n60").orElseThrow();
        assertThat(moved.x()).isEqualTo(10 * DX);
        assertThat(moved.y()).isBetween(3 * DY, 5 * DY); // one row down, plus three rows' worth, snapped
        assertThat(moved.y() % CardGeometry.GRID).isZero();
        assertThat(cardsShown()).isLessThanOrEqualTo(1);
        robot.interact(() -> workbench.run("undo"));
        assertThat(model().node("n60").orElseThrow().y()).isEqualTo(DY);
    }

    @Test
    void zoomedOutARubberBandSelectsTheNodesInsideThoughTheyHaveNoCards(FxRobot robot) {
        openZoomedOut(robot);
        // the band starts in empty canvas, clear of the reading guide's button in the canvas's top-left corner
        robot.interact(() -> canvas().setViewport(new Viewport(0.2, 150, 150)));

        robot.drag(screenAtWorld(-100, -100)).dropTo(screenAtWorld(3 * DX - 10, 2 * DY - 10));

        assertThat(editor().selection().nodes()).containsExactlyInAnyOrder("n0", "n1", "n2", "n50", "n51", "n52");
        assertThat(editor().selection().edges()).hasSize(4); // n0→n1, n1→n2, n50→n51, n51→n52
    }

    @Test
    void zoomedOutHoveringACardGivesItHandlesToConnectFrom(FxRobot robot) {
        openZoomedOut(robot);
        int edges = model().edgeCount();

        robot.moveTo(centreOf(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cardsShown()).isEqualTo(1);
        Point2D rightHandle = robot.point(card("n0").handles().get(1)).query();
        robot.drag(rightHandle.add(2, 0)).dropTo(centreOf(COLUMNS + 1)); // just off the card, on the handle

        assertThat(model().edgeCount()).isEqualTo(edges + 1);
        assertThat(model().edges()).anyMatch(e -> e.from().equals("n0") && e.to().equals("n51"));
    }

    @Test
    void aHighlightOnANodeOutOfViewIsOnItsCardWhenItScrollsIn(FxRobot robot) {
        open(robot, grid());
        robot.interact(() -> {
            canvas().setViewport(new Viewport(1, 40, 40));
            canvas().setHighlighted(List.of("n1999"), List.of());
        });
        assertThat(canvas().card("n1999")).isEmpty();

        robot.interact(() -> canvas().reveal("n1999"));

        assertThat(card("n1999").getPseudoClassStates()).contains(PseudoClass.getPseudoClass("highlighted"));
        assertThat(card("n1998").getPseudoClassStates()).doesNotContain(PseudoClass.getPseudoClass("highlighted"));
    }
}
