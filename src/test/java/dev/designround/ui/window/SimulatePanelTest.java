package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.sim.Fault;
import dev.designround.sim.SimulationResult;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import dev.designround.ui.simulate.SimulatePanel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Simulate tab and its overlay on the canvas, driven as a user would. */
class SimulatePanelTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private void openExample(FxRobot robot, String name) throws Exception {
        Path copy = dir.resolve(name + ".json");
        Files.copy(Path.of("examples", "customer-support-" + name + ".json"), copy);
        robot.interact(() -> workbench.open(copy));
    }

    /** Shows the Simulate tab (selected as its header would select it, whether it shows its name or its icon). */
    private void openTab(FxRobot robot) {
        robot.interact(() -> workbench.sidePanel().getSelectionModel().select(workbench.sidePanel().getTabs()
                .stream().filter(t -> "tab-simulate".equals(t.getId())).findFirst().orElseThrow()));
    }

    private SimulatePanel panel() {
        return workbench.tools().simulate();
    }

    /** Opens the Simulate tab, ticks the faults, clicks Run and waits for the results. */
    private void simulate(FxRobot robot, Fault... faults) throws Exception {
        openTab(robot);
        for (Fault f : faults) {
            robot.clickOn("#sim-fault-" + f.id());
        }
        robot.clickOn("#sim-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel().result().isPresent()
                && !panel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shown(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static SimulationResult expected(String example, Fault... faults) throws Exception {
        var design = new dev.designround.io.DesignReader(CatalogLoader.bundled())
                .read(Path.of("examples", "customer-support-" + example + ".json"));
        return new Simulator(CatalogLoader.bundled()).run(design,
                SimulationSettings.defaults().withFaults(faults));
    }

    /** Shows a node's card at 100 % in the middle of the view: badges exist for the cards in view. */
    private void inView(FxRobot robot, String nodeId) {
        robot.interact(() -> {
            canvas().actualSize();
            canvas().reveal(nodeId);
        });
    }

    /** Where a badge is in world coordinates (it sits in a group that follows its card). */
    private static double worldX(Node badge) {
        return badge.getParent().getLayoutX() + badge.getLayoutX();
    }

    private static double worldY(Node badge) {
        return badge.getParent().getLayoutY() + badge.getLayoutY();
    }

    private List<String> badgeTexts(FxRobot robot, String nodeId) {
        inView(robot, nodeId);
        HBox badge = robot.lookup("#sim-badge-" + nodeId).queryAs(HBox.class);
        return badge.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void underAProviderOutageTheFragileDesignFailsWhileTheRobustOneFallsBack(FxRobot robot) throws Exception {
        openExample(robot, "fragile");
        simulate(robot, Fault.PROVIDER_OUTAGE);
        String fragileFailed = shown(robot, "#outcome-failed");
        String fragileFallback = shown(robot, "#outcome-fallback");

        openExample(robot, "robust");
        openTab(robot); // opening a round's design shows its Scenario tab
        robot.clickOn("#sim-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel().result().isPresent()
                && !panel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fragileFailed).isEqualTo("100.0%");
        assertThat(fragileFallback).isEqualTo("0.0%");
        assertThat(shown(robot, "#outcome-failed")).isEqualTo("0.7%");
        assertThat(shown(robot, "#outcome-fallback")).isEqualTo("51.3%");
        assertThat(shown(robot, "#sim-summary")).contains("10,000 requests", "injected: provider-outage");
    }

    @Test
    void theResultsShowLatencyPercentilesAndCost(FxRobot robot) throws Exception {
        openExample(robot, "robust");

        simulate(robot, Fault.HALLUCINATION);

        SimulationResult r = expected("robust", Fault.HALLUCINATION);
        assertThat(shown(robot, "#sim-latency")).isEqualTo("p50 2.7 s   p95 8.2 min   p99 12.2 min");
        assertThat(shown(robot, "#latency-p95")).isEqualTo("p95 8.2 min");
        assertThat(shown(robot, "#sim-cost")).isEqualTo("$1.1186 per request   $1,118.65 per 1,000 requests");
        assertThat(shown(robot, "#outcome-unsafe")).isEqualTo(String.format("%.1f%%",
                100.0 * r.fraction(dev.designround.sim.RequestOutcome.UNSAFE)));
        assertThat(shown(robot, "#sim-caught-grounding")).isEqualTo("Grounding check: hallucination 1,906");
    }

    @Test
    void withTheOutageAndHallucinationsOnItSaysEveryRequestFailedBeforeSayingNothingWasCaught(FxRobot robot)
            throws Exception {
        openExample(robot, "fragile");

        simulate(robot, Fault.PROVIDER_OUTAGE, Fault.HALLUCINATION);

        assertThat(shown(robot, "#sim-caught-none")).isEqualTo("Nowhere: every request failed before any check "
                + "could see a fault (most failures at LLM agent; injected: provider-outage, hallucination).");
    }

    @Test
    void theOverlayShowsLoadFailuresAndCaughtFaultsOnTheRightCards(FxRobot robot) throws Exception {
        openExample(robot, "robust");

        simulate(robot, Fault.HALLUCINATION);

        SimulationResult r = expected("robust", Fault.HALLUCINATION);
        assertThat(badgeTexts(robot, "grounding")).containsExactly(
                String.format("%.2f/req", r.visitsPerRequest("grounding")),
                String.format("%.1f%%", 100.0 * r.nodes().get("grounding").failureRate()),
                String.format("%,d", r.nodes().get("grounding").totalCaught()));
        assertThat(badgeTexts(robot, "cdc")).containsExactly("not reached");
        assertThat(robot.lookup("#sim-badge-user").tryQuery()).isEmpty();
        inView(robot, "grounding");
        HBox badge = robot.lookup("#sim-badge-grounding").queryAs(HBox.class);
        assertThat(worldX(badge)).isEqualTo(card("grounding").getLayoutX() + 4);
        assertThat(worldY(badge) + badge.getHeight()).isLessThan(card("grounding").getLayoutY());
        assertThat(badge.isVisible() && badge.getParent().isVisible()).isTrue();
    }

    @Test
    void anEditClearsTheOverlayAndMarksTheResultsAsStale(FxRobot robot) throws Exception {
        openExample(robot, "robust");
        simulate(robot, Fault.HALLUCINATION);
        assertThat(robot.lookup("#sim-stale").query().isVisible()).isFalse();

        robot.interact(() -> {
            editor().selection().selectNode("grounding");
            editor().deleteSelection();
        });

        assertThat(robot.lookup(".sim-badge").queryAll()).isEmpty();
        assertThat(robot.lookup("#sim-stale").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sim-results").query().isVisible()).isTrue();
    }

    @Test
    void movingACardKeepsTheOverlayAndTheBadgeFollows(FxRobot robot) throws Exception {
        openExample(robot, "robust");
        simulate(robot, Fault.HALLUCINATION);

        robot.interact(() -> editor().moveTo(Map.of("grounding", new dev.designround.layout.CanvasPoint(2504, 800))));
        inView(robot, "grounding");

        HBox badge = robot.lookup("#sim-badge-grounding").queryAs(HBox.class);
        assertThat(worldX(badge)).isEqualTo(2504 + 4);
        assertThat(robot.lookup("#sim-stale").query().isVisible()).isFalse();
    }

    @Test
    void theToggleHidesAndShowsTheOverlay(FxRobot robot) throws Exception {
        openExample(robot, "fragile");
        simulate(robot, Fault.STALE_INDEX);
        inView(robot, "llm");
        assertThat(robot.lookup("#sim-badge-llm").tryQuery()).isPresent();

        robot.clickOn("#sim-overlay");
        assertThat(robot.lookup("#sim-badge-llm").tryQuery()).isEmpty();

        robot.clickOn("#sim-overlay");
        Node badge = robot.lookup("#sim-badge-llm").query();
        assertThat(badge.isVisible() && badge.getParent().isVisible()).isTrue();
    }

    @Test
    void anEditDuringARunCancelsItAndItsResultNeverShows(FxRobot robot) throws Exception {
        openExample(robot, "robust");
        openTab(robot);
        robot.doubleClickOn("#sim-requests").eraseText(10).write("2000000");

        Set<Thread> before = simulationThreads();
        robot.clickOn("#sim-run");
        assertThat(panel().runningProperty().get()).isTrue(); // the click returned while it runs
        Set<Thread> run = simulationThreads();
        run.removeAll(before);
        robot.interact(() -> editor().renameNode("llm", "Claude"));

        assertThat(panel().runningProperty().get()).isFalse();
        assertThat(shown(robot, "#sim-state")).startsWith("Cancelled: the design changed");
        waitUntil(() -> run.stream().noneMatch(Thread::isAlive)); // the run gave up; whatever it handed on is handled
        assertThat(run).as("the run's thread").isNotEmpty();
        assertThat(panel().result()).isEmpty();
        assertThat(robot.lookup("#sim-results").query().isVisible()).isFalse();
    }

    /** The simulator's background threads alive now. */
    private static Set<Thread> simulationThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("simulation"))
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void aRequestCountThatIsNotANumberDisablesRunAndSaysWhatIsAccepted(FxRobot robot) throws Exception {
        openExample(robot, "fragile");
        openTab(robot);

        robot.doubleClickOn("#sim-requests").eraseText(10).write("lots");

        assertThat(robot.lookup("#sim-run").query().isDisabled()).isTrue();
        assertThat(robot.lookup(".simulation-problem").queryLabeled().getText())
                .isEqualTo("Requests: a whole number from 1 to 2,000,000.");
    }
}
