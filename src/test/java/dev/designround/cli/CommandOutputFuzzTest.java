package dev.designround.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.layout.LayeredLayout;
import dev.designround.layout.CanvasPoint;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.sim.Fault;
import dev.designround.sim.SimulationResult;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * Whatever a design file holds, once it loads every command can use it: the simulator gives finite figures
 * (JSON has no infinity), the text of {@code simulate} and {@code check} carries no control character from the
 * file, and the layout keeps every card on the canvas. Runs the committed inputs in {@code mvn verify}; fuzz for
 * real with {@code JAZZER_FUZZ=1}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class CommandOutputFuzzTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final DesignReader READER = new DesignReader(CATALOG);
    private static final Scenario SCENARIO = ScenarioLibrary.bundled().find("legal-doc-qa").orElseThrow();
    private static final JsonTreeReader JSON = new JsonTreeReader();

    @FuzzTest(maxDuration = "10m")
    void loadedDesigns(byte[] data) throws IOException, InputException {
        Design design;
        try {
            design = READER.parse(data, "fuzz\u001b[31m.json");
        } catch (InputException e) {
            return;
        }
        SimulationResult result = new Simulator(CATALOG).run(design, SimulationSettings.defaults().withRequests(25)
                .withFaults(List.of(Fault.values())));
        JsonValue.JsonObject json = (JsonValue.JsonObject) JSON.parse(
                SimulationJson.toJson(result).getBytes(java.nio.charset.StandardCharsets.UTF_8), "simulate output");
        JsonValue.JsonObject latency = (JsonValue.JsonObject) json.get("latencyMs");
        JsonValue.JsonObject cost = (JsonValue.JsonObject) json.get("costUsd");
        for (JsonValue figure : List.of(latency.get("p50"), latency.get("p99"), cost.get("perRequest"))) {
            if (!(figure instanceof JsonValue.JsonNumber n) || !n.isFinite()) {
                throw new AssertionError("simulate --format json wrote " + figure + " for a design that loads");
            }
        }
        safe("simulate", new SimulationText(design, CATALOG).render("fuzz\u001b[31m.json", result));

        Report report = new Grader(CATALOG).grade(design, SCENARIO.rubric());
        StringWriter text = new StringWriter();
        ReportText.print(report, SCENARIO.title(), "fuzz\u001b[31m.json", new PrintWriter(text));
        safe("check", text.toString());

        if (design.nodeCount() <= 200) {
            for (Map.Entry<String, CanvasPoint> p : new LayeredLayout().arrange(design).nodes().entrySet()) {
                if (Math.abs(p.getValue().x()) > CardGeometry.MAX_COORDINATE
                        || Math.abs(p.getValue().y()) > CardGeometry.MAX_COORDINATE) {
                    throw new AssertionError("auto-arrange put " + p.getKey() + " off the canvas: " + p.getValue());
                }
            }
        }
    }

    /** Printable text and line ends only: nothing from the file reaches the terminal as a control. */
    private static void safe(String command, String out) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == 0x2028
                    || c == 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (control || (c == '\r' && (i + 1 == out.length() || out.charAt(i + 1) != '\n'))) {
                throw new AssertionError(command + " printed U+" + Integer.toHexString(c) + " at " + i);
            }
        }
    }
}
