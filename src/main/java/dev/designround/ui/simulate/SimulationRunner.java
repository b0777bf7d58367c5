package dev.designround.ui.simulate;

import dev.designround.model.Design;
import dev.designround.sim.SimulationResult;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs simulations off the FX thread, one at a time: starting a run, or {@link #cancel() cancelling}, stops the run
 * under way (its thread is interrupted and the simulator gives up) and makes sure its result is never shown. Use
 * from the FX thread only; results and errors are handed back on it.
 */
final class SimulationRunner {

    private final Simulator simulator;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private Thread worker;
    /** Grows with every run and cancel; a result is shown only if no run or cancel came after it started. */
    private long generation;

    SimulationRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    /**
     * Simulates in the background; {@code design} must be a copy nobody edits.
     *
     * @param done   gets the result, on the FX thread, unless the run was cancelled meanwhile
     * @param failed gets what went wrong inside the simulator, on the FX thread
     */
    void run(Design design, SimulationSettings settings, Consumer<SimulationResult> done,
             Consumer<RuntimeException> failed) {
        cancel();
        long mine = generation;
        Thread t = new Thread(() -> {
            try {
                SimulationResult result = simulator.run(design, settings);
                Platform.runLater(() -> finish(mine, () -> done.accept(result)));
            } catch (CancellationException stale) {
                // a newer run or an edit replaced this one; nothing to show
            } catch (RuntimeException e) {
                Platform.runLater(() -> finish(mine, () -> failed.accept(e)));
            }
        }, "simulation");
        t.setDaemon(true);
        worker = t;
        running.set(true);
        t.start();
    }

    /** Stops the run under way, if any; its result will not be shown. */
    void cancel() {
        generation++;
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
        running.set(false);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void finish(long run, Runnable show) {
        if (run == generation) {
            worker = null;
            running.set(false);
            show.run();
        }
    }
}
