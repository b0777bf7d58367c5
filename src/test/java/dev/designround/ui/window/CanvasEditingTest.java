package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.ui.canvas.NodeCard;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Editing on the canvas with the mouse and keyboard, as a user does. */
class CanvasEditingTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private Design twoNodes() {
        return design().node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0)).build();
    }

    @Test
    void draggingAPaletteItemOntoTheCanvasAddsANode(FxRobot robot) {
        newWhiteboard(robot);
        robot.clickOn("#palette-search").write("vector");

        robot.drag("#palette-vector-db").dropTo(screenAtCanvas(0.5, 0.5));

        assertThat(model().nodes()).singleElement().satisfies(n -> assertThat(n.type()).isEqualTo("vector-db"));
        assertThat(editor().selection().nodes()).containsExactly("vector-db");
    }

    @Test
    void doubleClickingAPaletteItemAddsItInTheMiddle(FxRobot robot) {
        newWhiteboard(robot);
        robot.clickOn("#palette-search").write("rank");

        robot.doubleClickOn("#palette-reranker");

        assertThat(model().nodes()).extracting(Node::type).containsExactly("reranker");
    }

    @Test
    void addingSeveralFromThePaletteInARowPutsEachBesideTheOthersNotOnTop(FxRobot robot) {
        newWhiteboard(robot);
        robot.clickOn("#palette-search").write("rank");

        for (int i = 0; i < 3; i++) {
            robot.doubleClickOn("#palette-reranker");
            // away and back: a click where the last one was would count as the third and fourth of one series
            robot.moveTo("#palette-search");
        }

        List<Node> added = List.copyOf(model().nodes());
        assertThat(added).hasSize(3);
        for (Node a : added) {
            for (Node b : added) {
                if (a != b) {
                    assertThat(Math.abs(a.x() - b.x()) >= CardGeometry.WIDTH
                            || Math.abs(a.y() - b.y()) >= CardGeometry.HEIGHT).as(a.id() + " and " + b.id())
                            .isTrue();
                }
            }
        }
        Point2D middle = canvas().centerInWorld();
        assertThat(added.get(0).x() + CardGeometry.WIDTH / 2.0).isCloseTo(middle.getX(),
                org.assertj.core.api.Assertions.within((double) CardGeometry.GRID));
    }

    @Test
    void zoomedInEachCardAddedByDoubleClickIsWhollyInView(FxRobot robot) {
        newWhiteboard(robot);
        robot.interact(() -> canvas().setViewport(new dev.designround.ui.canvas.Viewport(3, 0, 0)));
        robot.clickOn("#palette-search").write("rank");

        for (int i = 0; i < 4; i++) {
            robot.doubleClickOn("#palette-reranker").sleep(600); // apart, or they would count as one long click
            assertWhollyInView(editor().selection().nodes().iterator().next());
        }
        assertThat(model().nodes()).hasSize(4);
    }

    @Test
    void searchingThePaletteFiltersItAndEnterAddsTheFirstMatch(FxRobot robot) {
        newWhiteboard(robot);

        robot.clickOn("#palette-search").write("guardrail");
        assertThat(robot.lookup("#palette-llm").query().isVisible()).isFalse();
        assertThat(robot.lookup("#palette-input-guardrail").query().isVisible()).isTrue();
        robot.type(KeyCode.ENTER);

        assertThat(model().nodes()).extracting(Node::type).containsExactly("input-guardrail");
    }

    @Test
    void searchShowsTheNameMatchFirstAndEnterAddsIt(FxRobot robot) {
        newWhiteboard(robot);

        robot.clickOn("#palette-search").write("audit");
        assertThat(workbench.palette().shownItems()).first().extracting(i -> i.type().id()).isEqualTo("audit-log");
        robot.doubleClickOn("#palette-search").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("retriev");
        assertThat(robot.lookup("#palette-auth").query().isVisible()).isTrue(); // "retrieval" in its description
        robot.type(KeyCode.ENTER);

        assertThat(model().nodes()).extracting(Node::type).containsExactly("retriever");
    }

    @Test
    void connectingTwoNodesByDraggingFromAHandleAddsAnEdge(FxRobot robot) {
        open(robot, twoNodes());

        robot.moveTo(card("u"));
        robot.drag(card("u").handles().get(1)).dropTo(card("llm"));

        assertThat(model().edges()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("u");
            assertThat(e.to()).isEqualTo("llm");
        });
    }

    @Test
    void undoAndRedoRestoreAnAddedNodeAndEdge(FxRobot robot) {
        newWhiteboard(robot);
        robot.doubleClickOn("#palette-user");
        robot.interact(() -> canvas().setViewport(canvas().viewport().panBy(-300, 0)));
        robot.doubleClickOn("#palette-api-gateway");
        robot.moveTo(card("user"));
        robot.drag(card("user").handles().get(1)).dropTo(card("api-gateway"));
        Design built = model().copy();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model().edgeCount()).isZero();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model().nodes()).extracting(Node::id).containsExactly("user");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(model()).isEqualTo(built);
        assertThat(canvas().edge("e1")).isPresent();
    }

    @Test
    void draggingACardMovesItOnTheGridAsOneUndoableStep(FxRobot robot) {
        open(robot, twoNodes());
        Point2D from = robot.point(card("llm")).query();

        robot.drag(from).dropTo(from.add(103, 61));

        Node moved = model().node("llm").orElseThrow();
        assertThat(moved.x() % 16).isZero();
        assertThat(moved.y() % 16).isZero();
        assertThat(moved.x()).isGreaterThan(320);
        assertThat(editor().stack().undoName()).contains("Move node");
        robot.interact(() -> workbench.run("undo"));
        assertThat(model().node("llm").orElseThrow().x()).isEqualTo(320);
    }

    @Test
    void draggingACardInALargeDesignMovesItAndRestoresTheLiveDrawing(FxRobot robot) {
        dev.designround.testing.DesignBuilder big = design();
        for (int i = 0; i < 200; i++) {
            big.node(Node.of("n" + i, "llm", (i % 20) * 224, (i / 20) * 112));
        }
        open(robot, big.chain("n0", "n1", "n21").build());
        robot.interact(() -> canvas().setViewport(new dev.designround.ui.canvas.Viewport(1, 40, 40)));
        Point2D from = robot.point(card("n1")).query();

        robot.drag(from).dropTo(from.add(64, 130));

        Node moved = model().node("n1").orElseThrow();
        assertThat(moved.x()).isEqualTo(224 + 64);
        assertThat(moved.y()).isEqualTo(128);
        assertThat(card("n1").getParent()).isSameAs(card("n2").getParent());
        assertThat(card("n1").getParent().isVisible()).isTrue();
        assertThat(canvas().edge("e1").orElseThrow().getParent().isVisible()).isTrue();
    }

    @Test
    void aRubberBandSelectsTheCardsInside(FxRobot robot) {
        open(robot, design().node(Node.of("a", "user", 0, 0)).node(Node.of("b", "llm", 240, 0))
                .node(Node.of("c", "cache", 0, 400)).flow("a", "b").flow("b", "c").build());

        robot.drag(screenAtWorld(-20, -20)).dropTo(screenAtWorld(440, 100));

        assertThat(editor().selection().nodes()).containsExactlyInAnyOrder("a", "b");
        assertThat(editor().selection().edges()).containsExactly("e1");
    }

    @Test
    void deleteRemovesTheSelectionAndUndoBringsItBack(FxRobot robot) {
        open(robot, design().node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0))
                .chain("u", "llm", "u").build());
        Design before = model().copy();

        robot.clickOn(card("llm")).type(KeyCode.DELETE);

        assertThat(model().hasNode("llm")).isFalse();
        assertThat(model().edgeCount()).isZero();
        assertThat(canvas().card("llm")).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model()).isEqualTo(before);
        assertThat(canvas().card("llm")).isPresent();
    }

    @Test
    void copyAndPasteAddsACopyWithFreshIdsNextToTheOriginal(FxRobot robot) {
        open(robot, twoNodes());

        robot.clickOn(card("llm"));
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);

        Node copy = model().node("llm-2").orElseThrow();
        assertThat(copy.type()).isEqualTo("llm");
        assertThat(copy.x()).isEqualTo(352);
        assertThat(editor().selection().nodes()).containsExactly("llm-2");
    }

    @Test
    void duplicateCopiesTheSelectionWithItsEdges(FxRobot robot) {
        open(robot, design().node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0))
                .chain("u", "llm").build());
        robot.clickOn(card("u"));

        robot.press(KeyCode.CONTROL).type(KeyCode.A).type(KeyCode.D).release(KeyCode.CONTROL);

        assertThat(model().nodeCount()).isEqualTo(4);
        assertThat(model().edges()).extracting(Edge::from).contains("u-2");
    }

    @Test
    void doubleClickingACardEditsItsLabelInPlace(FxRobot robot) {
        open(robot, twoNodes());

        robot.interact(() -> editor().selection().selectNode("llm"));

        robot.doubleClickOn(card("llm"), MouseButton.PRIMARY);
        robot.write("Claude").type(KeyCode.ENTER);

        assertThat(model().node("llm").orElseThrow().label()).isEqualTo("Claude");
        assertThat(card("llm").shownLabel()).isEqualTo("Claude");
    }

    @Test
    void f2EditsTheSelectedEdgesLabelAndEscapeKeepsTheOldOne(FxRobot robot) {
        open(robot, design().node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0))
                .chain("u", "llm").build());
        robot.interact(() -> editor().selection().selectEdge("e1"));

        robot.type(KeyCode.F2).write("question").type(KeyCode.ENTER);
        assertThat(model().edge("e1").orElseThrow().label()).isEqualTo("question");

        robot.type(KeyCode.F2).write("nope").type(KeyCode.ESCAPE);
        assertThat(model().edge("e1").orElseThrow().label()).isEqualTo("question");
    }

    @Test
    void clickingAnArrowSelectsTheEdge(FxRobot robot) {
        open(robot, twoNodes());
        robot.interact(() -> editor().connect("u", "llm"));
        robot.interact(() -> editor().selection().clear());

        robot.clickOn(screenAtWorld(250, 32));

        assertThat(editor().selection().edges()).containsExactly("e1");
    }

    @Test
    void autoArrangeIsOneUndoableStep(FxRobot robot) throws Exception {
        open(robot, design().node(Node.of("u", "user", 500, 500)).node(Node.of("llm", "llm", 0, 0))
                .chain("u", "llm").build());

        robot.interact(() -> workbench.run("arrange"));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> editor().stack().canUndo());

        assertThat(model().node("u").orElseThrow().x()).isLessThan(model().node("llm").orElseThrow().x());
        robot.interact(() -> workbench.run("undo"));
        assertThat(model().node("u").orElseThrow().x()).isEqualTo(500);
    }

    @Test
    void theInspectorEditsTheSelectedNode(FxRobot robot) {
        open(robot, twoNodes());
        robot.clickOn(card("llm"));

        robot.clickOn("#inspector-label").write("Claude").type(KeyCode.ENTER);
        robot.clickOn("#inspector-latency").write("1200").type(KeyCode.ENTER);

        Node llm = model().node("llm").orElseThrow();
        assertThat(llm.label()).isEqualTo("Claude");
        assertThat(llm.props().latencyMs()).isEqualTo(1200);
    }

    @Test
    void typingDeleteInTheInspectorEditsTextAndKeepsTheNode(FxRobot robot) {
        open(robot, twoNodes());
        robot.clickOn(card("llm"));

        robot.clickOn("#inspector-label").write("ab").type(KeyCode.LEFT).type(KeyCode.DELETE).type(KeyCode.ENTER);

        assertThat(model().node("llm").orElseThrow().label()).isEqualTo("a");
    }

    @Test
    void theInspectorChangesAnEdgesKind(FxRobot robot) {
        open(robot, twoNodes());
        robot.interact(() -> editor().connect("u", "llm"));

        robot.clickOn("#inspector-kind-fallback");

        assertThat(model().edge("e1").orElseThrow().kind()).isEqualTo(dev.designround.model.EdgeKind.FALLBACK);
        assertThat(canvas().edge("e1").orElseThrow().getStyleClass()).contains("fallback");
    }

    @Test
    void rightClickingACardOffersToDeleteIt(FxRobot robot) {
        open(robot, twoNodes());

        robot.rightClickOn(card("llm"));
        robot.clickOn("Delete");

        assertThat(model().hasNode("llm")).isFalse();
    }

    @Test
    void rightClickingAnArrowChangesItsKind(FxRobot robot) {
        open(robot, twoNodes());
        robot.interact(() -> editor().connect("u", "llm"));

        robot.rightClickOn(screenAtWorld(250, 32));
        robot.clickOn("#menu-kind-async");

        assertThat(model().edge("e1").orElseThrow().kind()).isEqualTo(dev.designround.model.EdgeKind.ASYNC);
    }

    @Test
    void rightClickingAnArrowReversesItAndCtrlShiftRTurnsItBack(FxRobot robot) {
        open(robot, twoNodes());
        robot.interact(() -> editor().connect("u", "llm"));

        robot.rightClickOn(screenAtWorld(250, 32));
        robot.clickOn("#menu-reverse-arrow");
        assertThat(model().edge("e1").orElseThrow()).extracting(Edge::from, Edge::to).containsExactly("llm", "u");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(model().edge("e1").orElseThrow()).extracting(Edge::from, Edge::to).containsExactly("u", "llm");
        robot.interact(() -> workbench.run("undo"));
        assertThat(model().edge("e1").orElseThrow().from()).isEqualTo("llm");
    }

    @Test
    void theArrangeMenuAlignsAndDistributesTheSelectedCardsAsOneUndoableStep(FxRobot robot) {
        open(robot, design().node(Node.of("a", "llm", 0, 0)).node(Node.of("b", "cache", 320, 96))
                .node(Node.of("c", "retriever", 800, 48)).build());
        robot.clickOn(card("a")).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);

        clickInAlignMenu(robot, "#menu-align-top");
        assertThat(model().nodes()).extracting(Node::y).containsOnly(0.0);
        clickInAlignMenu(robot, "#menu-align-spread-horizontally");
        assertThat(model().nodes()).extracting(Node::x).containsExactly(0.0, 400.0, 800.0);

        robot.interact(() -> workbench.run("undo"));
        assertThat(model().node("b").orElseThrow().x()).isEqualTo(320);
        robot.interact(() -> workbench.run("undo"));
        assertThat(model().node("b").orElseThrow().y()).isEqualTo(96);
    }

    /** Arrange → Align and distribute → an item, fired as a click on it would (submenus defeat the robot). */
    private static void clickInAlignMenu(FxRobot robot, String itemId) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu arrange = bar.getMenus().stream().filter(m -> m.getText().equals("Arrange"))
                .findFirst().orElseThrow();
        javafx.scene.control.Menu align = (javafx.scene.control.Menu) arrange.getItems().stream()
                .filter(i -> "Align and distribute".equals(i.getText())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem item = align.getItems().stream().filter(i -> itemId.equals("#" + i.getId()))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void aligningOneCardSaysToSelectMore(FxRobot robot) {
        open(robot, twoNodes());
        robot.clickOn(card("llm"));

        robot.interact(() -> workbench.run("align-left"));

        assertThat(robot.lookup("#status-message").queryLabeled().getText())
                .isEqualTo("Align left: select 2 or more cards first");
        assertThat(editor().stack().canUndo()).isFalse();
    }

    @Test
    void cardsOfACategoryShareItsColourClass(FxRobot robot) {
        open(robot, design().node(Node.of("a", "llm", 0, 0)).node(Node.of("b", "embedding-model", 240, 0))
                .node(Node.of("c", "vector-db", 480, 0)).build());

        NodeCard a = card("a");
        assertThat(a.getStyleClass()).containsAnyElementsOf(card("b").getStyleClass().filtered(
                c -> c.startsWith("category-")));
        assertThat(card("c").getStyleClass()).doesNotContainAnyElementsOf(a.getStyleClass().filtered(
                c -> c.startsWith("category-")));
    }
}
