package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    static final String PACK = "src/test/resources/packs/test-pack";
    static final String STRONG = PACK + "/designs/strong.json";
    static final String WEAK = PACK + "/designs/weak.json";

    @TempDir
    Path dir;

    @Test
    void textReportLeadsWithVerdictAndScoreThenFailedFindingsWithFixes() {
        CliRunner.Result r = CliRunner.run("check", WEAK, "--pack", PACK);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().toList().get(1)).isEqualTo("Verdict: No Hire   score 20.0/100   (2 blockers failed)");
        assertThat(r.out()).contains("  BLOCKER  Model answers are checked for grounding before they reach anyone — "
                + "hallucination.grounded-answers\n           GPT-4 reaches User without passing a grounding check "
                + "(there is none on the canvas): GPT-4 → User.");
        assertThat(r.out()).contains("Fix: Route every path from the model to the action API through something the "
                + "model cannot talk its way past: policy code (budget caps, eligibility), an approval, or the user's "
                + "explicit confirmation.");
        assertThat(r.out()).contains("Passed (2): The slowest request path meets the latency budget; The user cannot "
                + "call refunds");
    }

    @Test
    void jsonReportHasTheFieldsTheProductContractFixes() {
        CliRunner.Result r = CliRunner.run("check", STRONG, "--pack", PACK, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\n  \"scenario\": \"test-support-bot\",\n  \"verdict\": \"STRONG_HIRE\",\n"
                + "  \"score\": 100.0,\n  \"findings\": [\n    {\n      \"rule\": \"requirements.asked-first\",");
        for (String field : new String[] {"passed", "severity", "category", "failureModes", "nodes", "message",
                "fix"}) {
            assertThat(r.out()).contains("\"" + field + "\": ");
        }
    }

    @Test
    void everyRuleEvaluatedIsListedPassedOrNot() {
        CliRunner.Result r = CliRunner.run("check", WEAK, "--pack", PACK, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode report = parse(r.out());
        List<String> rules = new ArrayList<>();
        List<String> statuses = new ArrayList<>();
        report.get("findings").forEach(f -> {
            rules.add(f.get("rule").asText());
            statuses.add(f.get("status").asText());
        });
        // One finding per rule of the pack's rubric, in rubric order, passed or not.
        assertThat(rules).containsExactly("requirements.asked-first", "hallucination.grounded-answers",
                "excessive-agency.actions-gated", "provider-outage.survives-one-provider",
                "latency-budget.within-budget", "no-observability.monitored", "test.kb-ingested",
                "test.retrieval-wired", "test.no-direct-refunds", "test.escalation");
        assertThat(statuses).containsExactly("failed", "failed", "failed", "failed", "passed", "unwired", "unwired",
                "unwired", "passed", "failed");
        assertThat(r.out()).contains("\"path\": [\n        \"llm\",\n        \"refund\"\n      ]");
    }

    @Test
    void theScenarioOptionOverridesTheFile() {
        Path design = write(dir, "d.json", "{\"format\": \"design-round.design\", \"version\": 1, \"scenario\": \"nope\","
                + " \"nodes\": [{\"id\": \"u\", \"type\": \"user\"}]}");
        CliRunner.Result unknown = CliRunner.run("check", design.toString(), "--pack", PACK);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo(design + ": unknown scenario \"nope\" (the 'scenarios' command lists them)"
                + System.lineSeparator());
        CliRunner.Result given = CliRunner.run("check", design.toString(), "--pack", PACK, "--scenario",
                "test-support-bot");
        assertThat(given.exitCode()).isZero();
        assertThat(given.out()).contains("Verdict: No Hire");
    }

    @Test
    void aDesignWithoutAScenarioNeedsTheOption() {
        Path design = write(dir, "d.json", "{\"format\": \"design-round.design\", \"version\": 1}");
        CliRunner.Result r = CliRunner.run("check", design.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith(design + ": the design names no scenario: give --scenario ID");
    }

    @Test
    void scenariosListsPacksToo() {
        CliRunner.Result r = CliRunner.run("scenarios", "--pack", PACK);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("test-support-bot\\s+Test support bot\\s+Testing\\s+easy\\s+20 m\\s+10");
    }

    @Test
    void validateChecksScenarioAndRuleFiles() {
        CliRunner.Result r = CliRunner.run("validate", PACK + "/support-bot.json", "components/rules.json");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains(PACK + "/support-bot.json: OK (scenario test-support-bot: 10 rules, 2 questions, "
                + "strong reference Strong Hire, weak reference No Hire)");
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
