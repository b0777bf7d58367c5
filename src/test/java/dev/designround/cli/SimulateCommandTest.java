package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.JsonValue.JsonNumber;
import dev.designround.json.JsonValue.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final String ROBUST = "examples/customer-support-robust.json";
    private static final String FRAGILE = "examples/customer-support-fragile.json";

    @TempDir
    Path dir;

    private static JsonObject json(String text) throws Exception {
        return (JsonObject) new JsonTreeReader().parse(text.getBytes(StandardCharsets.UTF_8), "stdout");
    }

    private static List<String> fields(JsonValue object) {
        return List.copyOf(((JsonObject) object).members().keySet());
    }

    private static double number(JsonValue object, String key) {
        return ((JsonNumber) ((JsonObject) object).get(key)).value();
    }

    @Test
    void jsonHasExactlyTheShapeTheProductContractFixes() throws Exception {
        CliRunner.Result r = CliRunner.run("simulate", ROBUST, "--requests", "2000", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject root = json(r.out());
        assertThat(fields(root)).containsExactly("requests", "latencyMs", "costUsd", "outcomes");
        assertThat(number(root, "requests")).isEqualTo(2000);
        assertThat(fields(root.get("latencyMs"))).containsExactly("p50", "p95", "p99");
        assertThat(fields(root.get("costUsd"))).containsExactly("perRequest");
        assertThat(fields(root.get("outcomes"))).containsExactly("answered", "escalated", "fallback", "failed",
                "unsafe");
        double sum = 0;
        for (JsonValue fraction : ((JsonObject) root.get("outcomes")).members().values()) {
            assertThat(fraction).isInstanceOf(JsonNumber.class);
            sum += ((JsonNumber) fraction).value();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
        assertThat(number(root.get("latencyMs"), "p50")).isPositive()
                .isLessThanOrEqualTo(number(root.get("latencyMs"), "p95"));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theSameSeedPrintsTheSameJson() {
        String[] args = {"simulate", ROBUST, "--seed", "7", "--inject", "hallucination", "--inject",
                "provider-outage", "--format", "json"};
        CliRunner.Result one = CliRunner.run(args);
        CliRunner.Result two = CliRunner.run(args);
        assertThat(one.exitCode()).isZero();
        assertThat(one.out()).isEqualTo(two.out());
        assertThat(CliRunner.run("simulate", ROBUST, "--seed", "8", "--inject", "hallucination", "--inject",
                "provider-outage", "--format", "json").out()).isNotEqualTo(one.out());
    }

    @Test
    void injectTakesCommaSeparatedFaultsToo() {
        CliRunner.Result repeated = CliRunner.run("simulate", FRAGILE, "--inject", "hallucination", "--inject",
                "stale-index", "--format", "json");
        CliRunner.Result commas = CliRunner.run("simulate", FRAGILE, "--inject", "stale-index,hallucination",
                "--format", "json");
        assertThat(commas.out()).isEqualTo(repeated.out());
    }

    @Test
    void anUnknownFaultIsAUsageErrorListingTheValidOnes() {
        CliRunner.Result r = CliRunner.run("simulate", ROBUST, "--inject", "hallucinations");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("unknown fault \"hallucinations\" (valid: provider-outage, hallucination, "
                + "prompt-injection, sensitive-data, stale-index, tool-failure, traffic-spike)");
    }

    @Test
    void requestsOutOfRangeAreAUsageError() {
        CliRunner.Result r = CliRunner.run("simulate", ROBUST, "--requests", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("design-round: --requests must be between 1 and 2000000, not 0"
                + System.lineSeparator());
    }

    @Test
    void aBrokenDesignIsReportedWithItsPlace() {
        Path bad = write(dir, "bad.json", "{\"format\": \"design-round.design\", \"version\": 1,\n \"nodes\": [{\"id\": "
                + "\"u\", \"type\": \"usr\"}], \"edges\": []}");
        CliRunner.Result r = CliRunner.run("simulate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(bad + ":2:").contains("unknown component type \"usr\"");
    }

    @Test
    void textShowsOutcomeBarsLatencyCostNodesAndWhereFaultsWereCaught() {
        CliRunner.Result r = CliRunner.run("simulate", ROBUST, "--inject", "hallucination");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Simulated 10,000 requests through " + ROBUST + " (seed 1)")
                .contains("Injected: hallucination")
                .containsPattern("(?m)^  answered   #+\\.* +\\d+\\.\\d% +[\\d,]+$")
                .containsPattern("(?m)^  unsafe     #+\\.* +\\d+\\.\\d% +[\\d,]+$")
                .containsPattern("Latency +p50 [\\d.,]+ (ms|s|min) +p95 .+ +p99 .+")
                .containsPattern("Cost +\\$[\\d.]+ per request +\\$[\\d,.]+ per 1,000 requests")
                .contains("Busiest nodes")
                .containsPattern("(?m)^  grounding \\(Grounding check\\) +hallucination [\\d,]+$")
                .contains("Notes");
        List<String> bars = r.out().lines().filter(l -> l.matches("  [a-z]+ +[#.]{40} .*")).toList();
        assertThat(bars).hasSize(5);
    }

    @Test
    void textOfADesignThatCatchesNothingSaysSo() {
        CliRunner.Result r = CliRunner.run("simulate", FRAGILE, "--inject", "prompt-injection");
        assertThat(r.out()).contains("Where faults were caught" + System.lineSeparator()
                + "  Nowhere: no check on the canvas caught a fault in this run.");
    }

    @Test
    void theCommandListShowsSimulateInOneLine() {
        CliRunner.Result r = CliRunner.run("--help");
        assertThat(r.out()).contains("  simulate    Sends synthetic traffic and injected faults through a design."
                + System.lineSeparator());
    }

    @Test
    void helpListsTheFaultModes() {
        CliRunner.Result r = CliRunner.run("simulate", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--inject=MODE").contains("Fault modes (--inject):")
                .containsPattern("traffic-spike +5x the normal load");
    }

    private static final String TINY = """
            {"format": "design-round.design", "version": 1, "title": "tiny",
             "nodes": [{"id": "u", "type": "user"},
                       {"id": "llm", "type": "llm", "label": "Claude", "props": {"latencyMs": 1000, "costUsd": 0.01}},
                       {"id": "g", "type": "grounding-checker"}],
             "edges": [{"id": "e1", "from": "u", "to": "llm"}, {"id": "e2", "from": "llm", "to": "g"},
                       {"id": "e3", "from": "g", "to": "u"}]}
            """;

    @Test
    void jsonOfATinyDesignIsExactlyThis() {
        Path tiny = write(dir, "tiny.json", TINY);
        CliRunner.Result r = CliRunner.run("simulate", tiny.toString(), "--requests", "1000", "--inject",
                "hallucination", "--format", "json");
        assertThat(r.out().replace("\r\n", "\n")).isEqualTo("""
                {
                  "requests": 1000,
                  "latencyMs": {
                    "p50": 1459.8,
                    "p95": 2775.5,
                    "p99": 3839.1
                  },
                  "costUsd": {
                    "perRequest": 0.01197
                  },
                  "outcomes": {
                    "answered": 0.669,
                    "escalated": 0.0,
                    "fallback": 0.0,
                    "failed": 0.302,
                    "unsafe": 0.029
                  }
                }
                """);
    }

    @Test
    void textOfATinyDesignIsExactlyThis() {
        Path tiny = write(dir, "tiny.json", TINY);
        CliRunner.Result r = CliRunner.run("simulate", tiny.toString(), "--requests", "1000", "--inject",
                "hallucination");
        assertThat(r.out().replace("\r\n", "\n")).isEqualTo("""
                Simulated 1,000 requests through FILE (seed 1)
                Injected: hallucination    30% more model answers are wrong (on top of each model's own \
                hallucinationRate)

                Outcomes
                  answered   ###########################.............   66.9%       669
                  escalated  ........................................    0.0%         0
                  fallback   ........................................    0.0%         0
                  failed     ############............................   30.2%       302
                  unsafe     #.......................................    2.9%        29

                Latency    p50 1.5 s   p95 2.8 s   p99 3.8 s
                Cost       $0.0120 per request   $11.97 per 1,000 requests

                Busiest nodes                               calls/request   failed
                  llm (Claude)                                      1.00   15 (1.5%)
                  g (Grounding checker)                             0.99   5 (0.5%)

                Most failing nodes                          calls/request   failed
                  llm (Claude)                                      1.00   15 (1.5%)
                  g (Grounding checker)                             0.99   5 (0.5%)

                Where faults were caught
                  g (Grounding checker)                    hallucination 282

                Notes
                  - hallucination: model answers are checked at g
                """.replace("FILE", tiny.toString()));
    }

    /** A chain of 2,000 calls from a user back to it, each at the largest latency and cost a file may hold. */
    private Path slowestAndDearestDesign() {
        StringBuilder nodes = new StringBuilder("{\"id\": \"u\", \"type\": \"user\"}");
        StringBuilder edges = new StringBuilder();
        String previous = "u";
        for (int i = 0; i < 2_000; i++) {
            nodes.append(",{\"id\": \"n").append(i).append("\", \"type\": \"tool-api\", \"props\": "
                    + "{\"latencyMs\": 1e9, \"costUsd\": 1e6, \"errorRate\": 0, \"timeoutMs\": 1e300}}");
            edges.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\", \"from\": \"")
                    .append(previous).append("\", \"to\": \"n").append(i).append("\"}");
            previous = "n" + i;
        }
        edges.append(",{\"id\": \"back\", \"from\": \"").append(previous).append("\", \"to\": \"u\"}");
        return write(dir, "extreme.json", "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": ["
                + nodes + "], \"edges\": [" + edges + "]}");
    }

    @Test
    void theLargestLatenciesAndCostsAFileMayHoldGiveFiniteFigures() throws Exception {
        Path file = slowestAndDearestDesign();
        CliRunner.Result r = CliRunner.run("simulate", file.toString(), "--requests", "20", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonObject root = json(r.out());
        assertThat(((JsonObject) root.get("latencyMs")).get("p99")).isInstanceOf(JsonNumber.class);
        assertThat(number(root.get("latencyMs"), "p50")).isGreaterThan(1e12);
        assertThat(number(root.get("costUsd"), "perRequest")).isGreaterThan(1e9);

        CliRunner.Result text = CliRunner.run("simulate", file.toString(), "--requests", "20");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Latency    p50 ").contains(" years").doesNotContain("Infinity")
                .doesNotContain("NaN");
    }

    @Test
    void aLatencyTooLargeToAddUpIsABadInputNotACrash() {
        Path file = write(dir, "huge.json", """
                {"format": "design-round.design", "version": 1,
                 "nodes": [{"id": "u", "type": "user", "props": {"latencyMs": 1e308}}, {"id": "llm", "type": "llm"}],
                 "edges": [{"id": "e1", "from": "u", "to": "llm"}, {"id": "e2", "from": "llm", "to": "u"}]}
                """);
        CliRunner.Result r = CliRunner.run("simulate", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(file + ":2:63: node \"u\" props: \"latencyMs\" must be between 0 and "
                + "1000000000, not 1.0E308" + System.lineSeparator());
    }
}
