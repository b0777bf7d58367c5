package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code check} over folders and many files: the text summary, JSON Lines, exit codes, broken files among good. */
class CheckManyDesignsTest extends ClassOfTwo {

    static final String PACK = CheckCommandTest.PACK;
    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRunner.Result check(String... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        all.addAll(List.of("--pack", PACK));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void eachDesignIsPrintedAsASingleCheckPrintsItInTheOrderGiven() {
        CliRunner.Result one = check(weak.toString());
        CliRunner.Result two = check(weak.toString(), strong.toString());
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.out()).startsWith(one.out() + System.lineSeparator() + strong + " — Test support bot");
        assertThat(one.out()).doesNotContain("Summary");
    }

    @Test
    void textEndsWithASummaryTableAndTheRulesFailedMostOften() {
        CliRunner.Result r = check(dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String summary = r.out().substring(r.out().indexOf("Summary: "));
        assertThat(summary.lines().toList()).startsWith(
                "Summary: 2 designs graded",
                "",
                "  FILE" + " ".repeat(dir.resolve("alice.json").toString().length() - 4)
                        + "  SCENARIO          VERDICT      SCORE  FAILED BLOCKERS",
                "  " + strong + "  test-support-bot  Strong Hire  100.0  –",
                "  " + weak + "    test-support-bot  No Hire       20.0  "
                        + "hallucination.grounded-answers, excessive-agency.actions-gated",
                "",
                "Verdicts: Strong Hire 1 (50 %), Lean Hire 0 (0 %), No Hire 1 (50 %); median score 60.0",
                "",
                "Failed most often:");
        assertThat(summary).contains("     1 of 2     50%  BLOCKER  hallucination.grounded-answers — Model answers "
                + "are checked for grounding before they reach anyone");
    }

    @Test
    void jsonOverAFolderIsOneObjectPerLineTheSingleCheckObjectWithItsFile() {
        CliRunner.Result r = check(dir.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(r.out()).endsWith("}\n").doesNotContain("\r");
        JsonNode first = parse(lines.get(0));
        assertThat(first.fieldNames().next()).isEqualTo("file");
        assertThat(first.get("file").asText()).isEqualTo(strong.toString());
        ObjectNode withoutFile = ((ObjectNode) parse(lines.get(1))).deepCopy();
        withoutFile.remove("file");
        assertThat(withoutFile).isEqualTo(parse(check(weak.toString(), "--format", "json").out()));
        assertThat(parse(lines.get(1)).get("verdict").asText()).isEqualTo("NO_HIRE");
    }

    @Test
    void jsonlForOneFileIsThatSameObjectOnOneLine() {
        CliRunner.Result r = check(weak.toString(), "--format", "jsonl");
        assertThat(r.out().lines().toList()).hasSize(1);
        ObjectNode line = (ObjectNode) parse(r.out());
        assertThat(line.remove("file").asText()).isEqualTo(weak.toString());
        assertThat(line).isEqualTo(parse(check(weak.toString(), "--format", "json").out()));
    }

    @Test
    void aFolderWithBrokenFilesAmongGoodOnesGradesTheGoodAndReportsEachBrokenOnceThenExits2() {
        write(dir, "carol.json", "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [");
        write(dir, "dave.json", "{\"format\": \"design-round.design\", \"version\": 1, \"scenario\": "
                + "\"test-support-bot\", \"nodes\": [{\"id\": \"u\", \"type\": \"usr\"}]}");
        write(dir, "erin.json", "{\"format\": \"design-round.design\", \"version\": 1, \"scenario\": \"nope\"}");
        write(dir, "frank.json", new String(new char[] {'{', '"', 0xfffd}));
        write(dir, "sub/scenario.json", "{\"format\": \"design-round.scenario\", \"version\": 1}");
        CliRunner.Result r = check(dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                dir.resolve("carol.json") + ":1:59: broken JSON: the file ends before the array opened at line "
                        + "1, column 58 is closed",
                dir.resolve("dave.json") + ":1:111: node \"u\": unknown component type \"usr\" (did you mean "
                        + "\"user\"?)",
                dir.resolve("erin.json") + ": unknown scenario \"nope\" (the 'scenarios' command lists them)",
                dir.resolve("frank.json") + ":1:6: broken JSON: the file ends inside a string");
        assertThat(r.out()).contains("Summary: 2 designs graded, 4 files could not be graded (the reasons are on "
                + "stderr), 1 file skipped in the folders");
        assertThat(r.out()).contains("  " + dir.resolve("carol.json")
                + "  –                 not graded       –  –");
        assertThat(r.out()).contains("Verdict: Strong Hire").contains("Verdict: No Hire");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void brokenFilesAreLinesWithAnErrorInJsonLines() {
        write(dir, "carol.json", "[");
        CliRunner.Result r = check(dir.toString(), "--format", "jsonl");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode carol = parse(lines.get(2));
        assertThat(carol.get("file").asText()).isEqualTo(dir.resolve("carol.json").toString());
        assertThat(carol.get("error").asText()).startsWith(dir.resolve("carol.json") + ":1:2: broken JSON");
        assertThat(carol.has("verdict")).isFalse();
    }

    @Test
    void minVerdictExits3WhenADesignGradesBelowIt() {
        CliRunner.Result r = check(dir.toString(), "--min-verdict", "LEAN_HIRE", "--format", "csv");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).isEqualTo(weak + ": No Hire is below Lean Hire (--min-verdict)" + System.lineSeparator());
        assertThat(check(strong.toString(), "--min-verdict", "strong_hire").exitCode()).isZero();
        assertThat(check(weak.toString(), "--min-verdict", "STRONG_HIRE").exitCode()).isEqualTo(3);
        assertThat(check(dir.toString(), "--min-verdict", "NO_HIRE").exitCode()).isZero();
        assertThat(check(dir.toString()).exitCode()).as("without --min-verdict any verdict is 0").isZero();
    }

    @Test
    void aBadFileWinsOverAVerdictBelowTheMinimum() {
        write(dir, "carol.json", "[");
        CliRunner.Result r = check(dir.toString(), "--min-verdict", "LEAN_HIRE");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("Below Lean Hire (--min-verdict): 1 of 2");
    }

    @Test
    void aSingleBadFileIsReportedAsBefore() {
        Path bad = write(dir, "carol.json", "[");
        CliRunner.Result r = check(bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(bad + ":1:2: broken JSON: the file ends before the array opened at line 1, "
                + "column 1 is closed" + System.lineSeparator());
    }

    @Test
    void missingPathsAndBadOptionsAreBadInput() {
        CliRunner.Result missing = check(strong.toString(), dir.resolve("nobody.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo(dir.resolve("nobody.json") + ": no such file" + System.lineSeparator());
        assertThat(missing.out()).contains("Verdict: Strong Hire");
        CliRunner.Result jobs = check(dir.toString(), "--jobs", "0");
        assertThat(jobs.exitCode()).isEqualTo(2);
        assertThat(jobs.err()).isEqualTo("design-round: --jobs must be at least 1, not 0" + System.lineSeparator());
        assertThat(check(dir.toString(), "--min-verdict", "MAYBE").exitCode()).isEqualTo(2);
    }

    @Test
    void aFolderWithoutDesignsIsBadInputNotAnEmptyPass() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRunner.Result r = check(empty.toString(), "--format", "junit");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(empty + ": no design files in this folder or its subfolders (looked for "
                + "Design Round JSON, *.json, diagrams, *.drawio, *.mmd, *.excalidraw)" + System.lineSeparator());
    }

    @Test
    void oneJobGivesTheSameOutputAsMany() {
        for (int i = 0; i < 12; i++) {
            write(dir, "more/" + i + ".json", i % 2 == 0 ? read(strong) : read(weak));
        }
        CliRunner.Result serial = check(dir.toString(), "--format", "csv", "--jobs", "1");
        CliRunner.Result parallel = check(dir.toString(), "--format", "csv", "--jobs", "4");
        assertThat(parallel.out()).isEqualTo(serial.out());
        assertThat(parallel.out().lines()).hasSize(15);
    }

    @Test
    void nothingButResultsIsPrintedWhenOutputIsNotATerminal() {
        CliRunner.Result r = check(dir.toString(), "--format", "jsonl");
        assertThat(r.out() + r.err()).doesNotContain("\r").doesNotContain("Grading");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
