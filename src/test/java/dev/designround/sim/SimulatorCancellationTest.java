package dev.designround.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.bench.GeneratedDesigns;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A run on an interrupted thread stops instead of finishing work nobody will look at. */
class SimulatorCancellationTest {

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aRunOnAnInterruptedThreadIsCancelled() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Sims.SIMULATOR.run(Sims.robust(), SimulationSettings.defaults()))
                .isInstanceOf(CancellationException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void aLargeDesignRunOnItsOwnStackIsCancelledToo() {
        var design = GeneratedDesigns.generate(Sims.CATALOG, 400, 7);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> Sims.SIMULATOR.run(design, SimulationSettings.defaults()))
                .isInstanceOf(CancellationException.class);
    }
}
