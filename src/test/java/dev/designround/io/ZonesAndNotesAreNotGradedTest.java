package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.rules.Grader;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Zones and text notes are drawn for people: the grader and the simulator read the graph, the design's notes and
 * the cards' labels, never the canvas section (docs/whiteboard.md says so). A design grades and simulates the same
 * with or without them, even when a note says what a rubric looks for.
 */
class ZonesAndNotesAreNotGradedTest {

    private final Catalog catalog = CatalogLoader.bundled();

    @Test
    void theZonesExampleGradesAndSimulatesTheSameWithoutItsZonesAndNotes() throws Exception {
        Design drawn = new DesignReader(catalog).read(Path.of("examples/medical-transcription-zones.json"));
        assertThat(drawn.zones()).isNotEmpty();
        assertThat(drawn.texts()).isNotEmpty();
        Design bare = drawn.copy();
        List.copyOf(bare.zones()).forEach(z -> bare.removeZone(z.id()));
        List.copyOf(bare.texts()).forEach(t -> bare.removeText(t.id()));
        Scenario scenario = ScenarioLibrary.bundled().find(drawn.info().scenarioId().orElseThrow()).orElseThrow();
        Grader grader = new Grader(catalog);

        assertThat(grader.grade(drawn, scenario.rubric())).isEqualTo(grader.grade(bare, scenario.rubric()));
        Simulator simulator = new Simulator(catalog);
        assertThat(simulator.run(drawn, SimulationSettings.defaults()))
                .isEqualTo(simulator.run(bare, SimulationSettings.defaults()));
    }

    @Test
    void aTextNoteSayingWhatTheRubricWantsEarnsNothing() throws Exception {
        Design drawn = new DesignReader(catalog).read(Path.of("examples/medical-transcription-zones.json"));
        Design withNotes = drawn.copy();
        withNotes.addText(new TextNote("said", "Evaluation: golden set, WER, critical-error rate, red-team, "
                + "audit log, human review, fallback, monitoring, cost budget, latency budget", 0, 900));
        withNotes.addZone(new Zone("boundary", "guardrail: injection filter", -64, 880, 640, 200));
        Scenario scenario = ScenarioLibrary.bundled().find(drawn.info().scenarioId().orElseThrow()).orElseThrow();
        Grader grader = new Grader(catalog);

        assertThat(grader.grade(withNotes, scenario.rubric())).isEqualTo(grader.grade(drawn, scenario.rubric()));
    }
}
