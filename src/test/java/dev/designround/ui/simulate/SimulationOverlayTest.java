package dev.designround.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.sim.Fault;
import dev.designround.sim.NodeStats;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Zoomed out, each card's pill takes the colour of what matters most about it in the simulation. */
class SimulationOverlayTest {

    @Test
    void aFewFailedCallsAreNotAlarmingANotableShareIs() {
        assertThat(SimulationOverlay.pillLook(new NodeStats(10_000, 10, Map.of()))).isEqualTo("sim-load");
        assertThat(SimulationOverlay.pillLook(new NodeStats(10_000, 100, Map.of()))).isEqualTo("sim-failed");
        assertThat(SimulationOverlay.pillLook(new NodeStats(10_000, 9_000, Map.of(Fault.HALLUCINATION, 50L))))
                .isEqualTo("sim-failed");
    }

    @Test
    void caughtFaultsShowGreenAndANodeNoRequestReachedGrey() {
        assertThat(SimulationOverlay.pillLook(new NodeStats(10_000, 3, Map.of(Fault.HALLUCINATION, 1_906L))))
                .isEqualTo("sim-caught");
        assertThat(SimulationOverlay.pillLook(new NodeStats(0, 0, Map.of()))).isEqualTo("sim-idle");
    }
}
