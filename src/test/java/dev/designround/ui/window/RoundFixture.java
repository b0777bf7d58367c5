package dev.designround.ui.window;

import dev.designround.rules.Finding;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.canvas.EdgeView;
import dev.designround.ui.feedback.FeedbackPanel;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The main window with helpers for a round: start one, build with the palette, wait for the live grading. */
abstract class RoundFixture extends WhiteboardFixture {

    /** Starts a scenario's round as the gallery does, and waits until its tabs show it. */
    void startRound(FxRobot robot, String scenarioId) {
        robot.interact(() -> workbench.files().startScenario(ScenarioLibrary.bundled().find(scenarioId)
                .orElseThrow()));
        waitUntil(() -> workbench.round().scenario().isPresent());
    }

    /** Finds a component in the palette by searching, and drags it onto the canvas at a fraction of its size. */
    void dragFromPalette(FxRobot robot, String query, String typeId, double fx, double fy) {
        robot.doubleClickOn("#palette-search").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(query);
        robot.drag("#palette-" + typeId).dropTo(screenAtCanvas(fx, fy));
    }

    /** Drags from a card's right handle onto another card. */
    void connect(FxRobot robot, String from, String to) {
        robot.moveTo(card(from));
        robot.drag(card(from).handles().get(1)).dropTo(card(to));
    }

    /** Clicks the middle of an arrow, selecting it. */
    void clickEdge(FxRobot robot, String edgeId) {
        EdgeView edge = canvas().edge(edgeId).orElseThrow();
        Point2D mid = screenAtWorld(edge.route().middle().x(), edge.route().middle().y());
        robot.clickOn(mid);
    }

    /** Scrolls the Scenario tab so that a node of it is near the top. */
    void scrollScenarioTo(FxRobot robot, String id) {
        scrollTo(robot, "#scenario-panel", id);
    }

    /**
     * Clicks a finding's row in the Feedback tab, scrolled into view first as a user would (the robot clicks only
     * what is on screen).
     */
    void clickFinding(FxRobot robot, String rule) {
        scrollTo(robot, "#feedback-panel", row(rule));
        robot.clickOn(row(rule));
    }

    /** Scrolls a scroll pane so that a node in it is near the top. */
    private static void scrollTo(FxRobot robot, String paneId, String id) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane pane = robot.lookup(paneId)
                    .queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node target = robot.lookup(id).query();
            double y = target.localToScene(0, 0).getY() - pane.getContent().localToScene(0, 0).getY();
            double room = pane.getContent().getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
        });
    }

    void showTab(FxRobot robot, String tab) {
        robot.clickOn("#tab-" + tab);
    }

    /** Waits until the feedback is of the design as it is now. */
    void waitForGrading() {
        waitUntil(() -> workbench.round().isGradingUpToDate());
    }

    /** The latest grading's finding for a rule. */
    Optional<Finding> finding(String rule) {
        return workbench.round().report().flatMap(r -> r.findings().stream().filter(f -> f.rule().equals(rule))
                .findFirst());
    }

    boolean failed(String rule) {
        return finding(rule).map(Finding::failed).orElse(false);
    }

    boolean passed(String rule) {
        return finding(rule).map(Finding::passed).orElse(false);
    }

    static String row(String rule) {
        return "#" + FeedbackPanel.rowId(rule);
    }
}
