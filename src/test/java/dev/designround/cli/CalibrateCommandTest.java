package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.JsonValue.JsonArray;
import dev.designround.json.JsonValue.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate}: a set of two labelled reference designs, the strong one labelled right and the weak one
 * labelled Strong Hire with the ethical walls as a defence, so that it disagrees in verdict and in a flag.
 */
class CalibrateCommandTest {

    static final String MANIFEST = """
            [
              {"file": "strong.json", "scenario": "legal-doc-qa", "kind": "strong",
               "expect": {"verdict": ["STRONG_HIRE"], "flags": [], "not_flags": ["retrieval-acl"]}},
              {"file": "weak.json", "scenario": "legal-doc-qa", "kind": "lean",
               "expect": {"verdict": ["STRONG_HIRE"], "flags": [], "not_flags": ["retrieval-acl"]},
               "why": "deliberately mislabelled"}
            ]
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void aSetOfTwo() throws Exception {
        Files.copy(Path.of("scenarios/designs/legal-doc-qa.strong.json"), dir.resolve("strong.json"));
        Files.copy(Path.of("scenarios/designs/legal-doc-qa.weak.json"), dir.resolve("weak.json"));
        write(dir, "manifest.json", MANIFEST);
    }

    static JsonObject json(String text) throws Exception {
        return (JsonObject) new JsonTreeReader().parse(text.getBytes(StandardCharsets.UTF_8), "stdout");
    }

    static double number(JsonObject o, String key) {
        assertThat(o.members()).as(key).containsKey(key);
        return ((JsonValue.JsonNumber) o.get(key)).value();
    }

    static String string(JsonObject o, String key) {
        return ((JsonValue.JsonString) o.get(key)).value();
    }

    static List<String> strings(JsonObject o, String key) {
        return ((JsonArray) o.get(key)).elements().stream().map(v -> ((JsonValue.JsonString) v).value()).toList();
    }

    @Test
    void jsonIsOneObjectWithTheTotalsTheSetsAndACasePerDesign() throws Exception {
        CliRunner.Result r = CliRunner.run("calibrate", dir.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonObject o = json(r.out());
        assertThat(o.members().keySet()).containsExactly("total", "agree", "verdictAgree", "inversions",
                "wronglyFlagged", "notFlags", "missed", "flags", "lean", "leanGradedLean", "confusion", "sets",
                "cases");
        assertThat(number(o, "total")).isEqualTo(2);
        assertThat(number(o, "agree")).isEqualTo(1);
        assertThat(number(o, "inversions")).isEqualTo(1);
        assertThat(number(o, "wronglyFlagged")).isEqualTo(1);
        assertThat(number(o, "notFlags")).isEqualTo(2);
        assertThat(number(o, "missed")).isZero();
        assertThat(number(o, "lean")).isEqualTo(1);
        assertThat(number(o, "leanGradedLean")).isZero();
        JsonObject row = (JsonObject) ((JsonArray) o.get("confusion")).elements().get(0);
        assertThat(strings(row, "expected")).containsExactly("STRONG_HIRE");
        assertThat(number((JsonObject) row.get("given"), "STRONG_HIRE")).isEqualTo(1);
        assertThat(number((JsonObject) row.get("given"), "NO_HIRE")).isEqualTo(1);

        List<JsonValue> sets = ((JsonArray) o.get("sets")).elements();
        assertThat(sets).hasSize(1);
        assertThat(string((JsonObject) sets.get(0), "set")).isEqualTo(dir.toString());
        assertThat(number((JsonObject) sets.get(0), "total")).isEqualTo(2);

        List<JsonValue> cases = ((JsonArray) o.get("cases")).elements();
        assertThat(cases).hasSize(2);
        JsonObject strong = (JsonObject) cases.get(0);
        assertThat(strong.members().keySet()).containsExactly("file", "set", "scenario", "kind", "expected", "given",
                "score", "agree", "verdictAgrees", "inversion", "wronglyFlagged", "missed", "rules");
        assertThat(string(strong, "file")).isEqualTo(dir.resolve("strong.json").toString());
        assertThat(string(strong, "given")).isEqualTo("STRONG_HIRE");
        assertThat(strong.get("agree")).isEqualTo(new JsonValue.JsonBoolean(true, strong.get("agree").position()));
        assertThat(((JsonArray) strong.get("rules")).elements()).isEmpty();

        JsonObject weak = (JsonObject) cases.get(1);
        assertThat(string(weak, "scenario")).isEqualTo("legal-doc-qa");
        assertThat(strings(weak, "expected")).containsExactly("STRONG_HIRE");
        assertThat(string(weak, "given")).isEqualTo("NO_HIRE");
        assertThat(number(weak, "score")).isLessThan(45);
        assertThat(strings(weak, "wronglyFlagged")).containsExactly("retrieval-acl");
        assertThat(strings(weak, "missed")).isEmpty();
        List<JsonObject> rules = ((JsonArray) weak.get("rules")).elements().stream().map(v -> (JsonObject) v)
                .toList();
        assertThat(rules).anySatisfy(rule -> {
            assertThat(string(rule, "reason")).isEqualTo("wrongly-flagged");
            assertThat(string(rule, "failureMode")).isEqualTo("retrieval-acl");
            assertThat(string(rule, "rule")).isEqualTo("legal.matter-walls");
            assertThat(string(rule, "status")).isEqualTo("failed");
            assertThat(string(rule, "message")).isNotBlank();
        });
        assertThat(rules).anySatisfy(rule -> {
            assertThat(string(rule, "reason")).isEqualTo("verdict");
            assertThat(string(rule, "rule")).isEqualTo("legal.matter-walls");
        });
    }

    @Test
    void textShowsTheTotalsTheConfusionTableAndEachDisagreementWithItsRules() {
        CliRunner.Result r = CliRunner.run("calibrate", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("Calibration: 2 labelled designs in " + dir)
                .containsPattern("  " + java.util.regex.Pattern.quote(dir.toString())
                        + " +2 +1 \\(50 %\\) +1 \\(50 %\\) +1 +0 of 1 \\(0 %\\) +1 of 2 \\(50.0 %\\) +0 of 0")
                .contains("Verdicts labelled (rows) against given (columns):")
                .containsPattern("  Strong Hire +1 +0 +1")
                .contains("Defences wrongly flagged: 1 of 2 (50.0 %): retrieval-acl 1")
                .contains("Gaps missed: 0 of 0")
                .contains("Disagreements: 1 of 2")
                .contains("  " + dir.resolve("weak.json") + " — legal-doc-qa, lean")
                .containsPattern("    labelled Strong Hire, given No Hire \\(score \\d+\\.\\d\\)")
                .contains("    wrongly flagged retrieval-acl by legal.matter-walls (failed): ")
                .contains("    verdict held down by legal.matter-walls (failed): ")
                .doesNotContain(dir.resolve("strong.json").toString());
    }

    @Test
    void twoSetsGetARowEachAndOneInAll() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        Files.copy(dir.resolve("strong.json"), other.resolve("strong.json"));
        write(other, "manifest.json", "[{\"file\": \"strong.json\", \"scenario\": \"legal-doc-qa\", "
                + "\"expect\": {\"verdict\": \"STRONG_HIRE\"}}]");
        CliRunner.Result r = CliRunner.run("calibrate", dir.toString(), other.toString(), dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Calibration: 3 labelled designs in 2 sets").containsPattern("  all +3 +2 ");
        JsonObject o = json(CliRunner.run("calibrate", dir.toString(), other.toString(), "--format", "json").out());
        assertThat(number(o, "total")).isEqualTo(3);
        assertThat(((JsonArray) o.get("sets")).elements()).hasSize(2);
    }

    @Test
    void aBadManifestIsOneLineNamingItAndExit2() {
        write(dir, "manifest.json", "[{\"file\": \"strong.json\", \"scenario\": \"legal-doc-qa\", "
                + "\"expect\": {\"verdict\": \"STRONG\"}}]");
        CliRunner.Result r = CliRunner.run("calibrate", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(dir.resolve("manifest.json")
                + ":1:76: entry 1 (strong.json), expect: unknown verdict \"STRONG\" (did you mean \"STRONG_HIRE\"?) "
                + "(one of STRONG_HIRE, LEAN_HIRE, NO_HIRE)");
    }

    @Test
    void aFolderWithoutAManifestIsExit2() {
        CliRunner.Result r = CliRunner.run("calibrate", dir.resolve("nope").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(dir.resolve("nope") + ": no such folder" + System.lineSeparator());
    }

    @Test
    void aBrokenDesignOrOneForAnotherScenarioIsNamedAndNothingIsPrinted() throws Exception {
        write(dir, "weak.json", "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [");
        Files.copy(Path.of("scenarios/designs/enterprise-rag.weak.json"), dir.resolve("strong.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRunner.Result r = CliRunner.run("calibrate", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(dir.resolve("strong.json") + ": the design answers scenario "
                + "\"enterprise-rag\" but manifest.json labels it for \"legal-doc-qa\"");
        assertThat(lines.get(1)).startsWith(dir.resolve("weak.json") + ":1:").contains("broken JSON");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badJobsAreAUsageError() {
        CliRunner.Result r = CliRunner.run("calibrate", dir.toString(), "--jobs", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--jobs must be at least 1, not 0");
    }
}
