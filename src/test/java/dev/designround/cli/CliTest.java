package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private static final String GOOD = """
            {"format": "design-round.design", "version": 1, "title": "t",
             "nodes": [{"id": "u", "type": "user"}, {"id": "llm", "type": "llm", "label": "Claude"}],
             "edges": [{"id": "e1", "from": "u", "to": "llm"}, {"id": "e2", "from": "llm", "to": "u"}]}
            """;

    @Test
    void noArgumentsPrintsTheUsage() {
        CliRunner.Result r = CliRunner.run();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: design-round").contains("validate").contains("export")
                .contains("components");
    }

    @Test
    void versionIsPrinted() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Design Round ");
    }

    @Test
    void componentsListsTheCatalogByCategory() {
        CliRunner.Result r = CliRunner.run("components");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Guardrails & policy (safety)").contains("grounding-checker").contains("vector-db");
    }

    @Test
    void componentsCanListFailureModesWithTheirOwaspEntry() {
        CliRunner.Result r = CliRunner.run("components", "--failure-modes");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("prompt-injection\\s+Prompt [Ii]njection\\s+LLM01:2025");
    }

    @Test
    void validatePrintsOneLinePerFileAndExits2IfAnyIsInvalid() {
        Path good = write(dir, "good.json", GOOD);
        Path broken = write(dir, "broken.json", "{\"format\": \"design-round.design\",\n \"version\": 1,,}");
        Path notOurs = write(dir, "other.json", "{\"name\": \"package\"}");
        CliRunner.Result r = CliRunner.run("validate", good.toString(), broken.toString(), notOurs.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines()).containsExactly(
                good + ": OK (design: 2 nodes, 2 edges)",
                broken + ":2:15: broken JSON: Unexpected character (',' (code 44)): was expecting double-quote to "
                        + "start field name",
                notOurs + ":1:1: not a Design Round file: missing \"format\" (one of design-round.design, "
                        + "design-round.capabilities, design-round.components, design-round.failure-modes, "
                        + "design-round.roles, design-round.label-phrases, design-round.label-types, "
                        + "design-round.rules, design-round.scenario)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateAcceptsTheBundledCatalogFiles() {
        CliRunner.Result r = CliRunner.run("validate", "components/components.json",
                "components/capabilities.json", "components/failure-modes.json", "components/roles.json",
                "components/label-phrases.json");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out().lines()).hasSize(5).allMatch(l -> l.contains(": OK ("));
    }

    @Test
    void validateNamesTheUnknownCapabilityOfALabelPhraseOrARole() {
        Path phrases = write(dir, "label-phrases.json", """
                {"format": "design-round.label-phrases", "version": 1,
                 "capabilities": [{"capability": "grounding-chek", "phrases": ["grounded"]}]}
                """);
        Path roles = write(dir, "roles.json", """
                {"format": "design-round.roles", "version": 1,
                 "roles": [{"id": "checker", "name": "a checker", "description": "checks",
                            "types": ["grounding-checker"], "capabilities": ["grounding-chek"]}]}
                """);

        CliRunner.Result r = CliRunner.run("validate", phrases.toString(), roles.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.contains("unknown capability \"grounding-chek\"")
                && l.contains("did you mean \"grounding-check\""));
    }

    @Test
    void validateSurvivesBinaryGarbageAndMissingFiles() {
        Path binary = write(dir, "bin.json", new byte[] {0, (byte) 0xff, 3, 4, (byte) 0x80});
        CliRunner.Result r = CliRunner.run("validate", binary.toString(), dir.resolve("nope.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().toList().get(1)).isEqualTo(dir.resolve("nope.json") + ": no such file");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void exportToJsonWritesTheCanonicalFile() throws Exception {
        Path in = write(dir, "in.json", GOOD);
        Path out = dir.resolve("out/canonical.json");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "json", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{\n  \"format\": \"design-round.design\",");
        CliRunner.Result again = CliRunner.run("validate", out.toString());
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void exportOfABrokenFileIsOneLineOnStderrWithExit2() {
        Path in = write(dir, "in.json", "{\"format\": \"design-round.design\", \"version\": 1, "
                + "\"nodes\": [{\"id\": \"a\", \"type\": \"lm\"}]}");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "json", "-o",
                dir.resolve("o.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(in + ":1:79: node \"a\": unknown component type \"lm\" (did you mean \"llm\"?)"
                + System.lineSeparator());
        assertThat(dir.resolve("o.json")).doesNotExist();
    }

    @Test
    void unknownFormatsAndOptionsAreUsageErrors() {
        Path in = write(dir, "in.json", GOOD);
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "visio", "-o", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("design-round: unknown export format \"visio\" (use one of: png, svg, pdf, "
                + "mermaid, drawio, dot, graphml, json, report-md, report-html)" + System.lineSeparator());
        CliRunner.Result missing = CliRunner.run("export", in.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required options").hasLineCount(1);
        CliRunner.Result unknown = CliRunner.run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument").hasLineCount(1);
    }

    @Test
    void checkingAnEndlessDeviceStopsAtTheSizeLimitAsABadInput() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")));
        CliRunner.Result r = CliRunner.run("check", "/dev/zero");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("/dev/zero: file is larger than the limit of 20.0 MB (reading stopped there)"
                + System.lineSeparator());
    }

    @Test
    void everyCommandInTheUsageIsSummedUpInWholeSentences() {
        // the list shows each command's first description line only: "also grade it against its" was all of export
        String usage = CliRunner.run("--help").out();
        String commands = usage.substring(usage.indexOf("Commands:"), usage.indexOf("Exit codes:"));
        List<String> summaries = new ArrayList<>();
        for (String line : commands.lines().skip(1).toList()) {
            if (line.startsWith("  ") && !line.startsWith("    ")) {
                summaries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else if (!line.isBlank()) {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        }
        assertThat(summaries).hasSize(7).allSatisfy(s -> assertThat(s).endsWith("."));
    }
}
