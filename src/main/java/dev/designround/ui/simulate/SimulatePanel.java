package dev.designround.ui.simulate;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import dev.designround.sim.SimUnits;
import dev.designround.sim.SimulationResult;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.edit.Editor;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Simulate tab: settings ({@link SimulationForm}), Run, and the last run's results ({@link SimulationResults})
 * with their overlay on the canvas ({@link SimulationOverlay}). A run simulates a copy of the design in the
 * background ({@link SimulationRunner}), so the window never waits; a new run, or an edit that changes what the
 * simulation depends on (anything but moving cards and the title or notes), cancels the run under way, clears the
 * overlay and marks the results as stale. Ids: {@code sim-run}, {@code sim-state}, {@code sim-stale},
 * {@code sim-overlay}, {@code sim-results}.
 */
public final class SimulatePanel extends ScrollPane {

    private final SimulationForm form = new SimulationForm();
    private final SimulationRunner runner;
    private final SimulationOverlay overlay;
    private final SimulationResults results;
    private final Button run = new Button("Run", new FontIcon("mdi2p-play"));
    private final Label state = new Label();
    private final Label stale = new Label("The design changed since this run: run it again to see the effect.");
    private final CheckBox showOverlay = new CheckBox("Show load, failures and caught faults on the cards");
    private final VBox resultBox = new VBox();
    private final Label noDesign = new Label("Open or start a design to simulate it.");
    private final DesignListener designWatch = this::designChanged;
    private Editor editor;
    private Optional<SimulationResult> last = Optional.empty();

    public SimulatePanel(Catalog catalog, DiagramCanvas canvas) {
        this.runner = new SimulationRunner(new Simulator(catalog));
        this.overlay = new SimulationOverlay(canvas, catalog);
        this.results = new SimulationResults(catalog, canvas::reveal);
        getStyleClass().addAll("simulate-panel", "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = new Label("Simulate", new FontIcon("mdi2f-flask-outline"));
        title.getStyleClass().add("inspector-title");
        Label intro = new Label("Sends synthetic requests, with the faults you pick, through the design as drawn.");
        intro.setWrapText(true);
        intro.getStyleClass().add("inspector-hint");
        run.setId("sim-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(false);
        run.setOnAction(e -> run());
        run.disableProperty().bind(form.settingsProperty().map(Optional::isEmpty));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(runner.runningProperty());
        spinner.managedProperty().bind(runner.runningProperty());
        state.setId("sim-state");
        state.setWrapText(true);
        state.getStyleClass().add("inspector-hint");
        HBox runRow = new HBox(8, run, spinner, state);
        runRow.getStyleClass().add("simulation-run-row");
        stale.setId("sim-stale");
        stale.setWrapText(true);
        stale.getStyleClass().add("simulation-stale");
        setShown(stale, false);
        showOverlay.setId("sim-overlay");
        showOverlay.setWrapText(true);
        showOverlay.setSelected(true);
        overlay.visibleProperty().bind(showOverlay.selectedProperty());
        resultBox.setId("sim-results");
        resultBox.getStyleClass().add("simulation-result-box");
        resultBox.getChildren().addAll(stale, showOverlay, legend(), results);
        setShown(resultBox, false);
        noDesign.getStyleClass().add("inspector-hint");
        VBox content = new VBox(title, intro, form, runRow, noDesign, resultBox);
        content.getStyleClass().addAll("inspector", "simulate-content");
        setContent(content);
        show(Optional.empty());
    }

    /** Follows another design (or none): whatever ran before is cancelled and cleared. */
    public void show(Optional<Editor> next) {
        if (editor != null) {
            editor.design().removeListener(designWatch);
        }
        runner.cancel();
        overlay.clear();
        last = Optional.empty();
        setShown(resultBox, false);
        state.setText("");
        editor = next.orElse(null);
        next.ifPresent(e -> e.design().addListener(designWatch));
        setShown(noDesign, editor == null);
        run.setVisible(editor != null);
    }

    /** Runs the simulation with the settings in the form, in the background (the Run button). */
    public void run() {
        Optional<SimulationSettings> settings = form.settings();
        if (editor == null || settings.isEmpty()) {
            return;
        }
        Design copy = editor.design().copy();
        Editor runFor = editor;
        state.setText("Simulating " + SimUnits.count(settings.get().requests()) + " requests…");
        runner.run(copy, settings.get(), result -> showResult(runFor, copy, result), error -> {
            state.setText("The simulation failed: " + (error.getMessage() == null ? error : error.getMessage()));
            throw error; // also to the window's handler, which logs it and tells the user
        });
    }

    private void showResult(Editor runFor, Design simulated, SimulationResult result) {
        if (runFor != editor) {
            return;
        }
        last = Optional.of(result);
        state.setText("");
        results.show(result, simulated);
        setShown(resultBox, true);
        setShown(stale, false);
        overlay.show(result);
    }

    private void designChanged(DesignChange change) {
        if (!affectsSimulation(change)) {
            return;
        }
        if (runner.runningProperty().get()) {
            runner.cancel();
            state.setText("Cancelled: the design changed. Run again to simulate it as it is now.");
        }
        overlay.clear();
        if (last.isPresent()) {
            setShown(stale, true);
        }
    }

    /** Moving cards, and the title or notes, change nothing the simulator looks at. */
    static boolean affectsSimulation(DesignChange change) {
        if (change instanceof DesignChange.InfoChanged) {
            return false;
        }
        if (change instanceof DesignChange.NodeUpdated u) {
            return !u.before().withPosition(u.after().x(), u.after().y()).equals(u.after());
        }
        return true;
    }

    /** What the badges' icons mean. */
    private static javafx.scene.Node legend() {
        Label load = new Label("calls per request", new FontIcon(SimulationOverlay.LOAD_ICON));
        load.getStyleClass().addAll("sim-legend", "sim-legend-load");
        Label failed = new Label("of its calls failed", new FontIcon(SimulationOverlay.FAILED_ICON));
        failed.getStyleClass().addAll("sim-legend", "sim-legend-failed");
        Label caught = new Label("faults caught", new FontIcon(SimulationOverlay.CAUGHT_ICON));
        caught.getStyleClass().addAll("sim-legend", "sim-legend-caught");
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(12, 4, load, failed, caught);
        row.getStyleClass().add("sim-legend-row");
        return row;
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    // ---- for tests -------------------------------------------------------------------------------------------

    /** The result shown now, if any (stale or not). */
    public Optional<SimulationResult> result() {
        return last;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }
}
