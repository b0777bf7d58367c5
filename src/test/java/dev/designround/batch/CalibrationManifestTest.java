package dev.designround.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.rules.Verdict;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.testing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a calibration folder's manifest.json: what it yields, and one clear line for each way it can be bad. */
class CalibrationManifestTest {

    private static final String ENTRY = """
            {"file": "a.json", "scenario": "legal-doc-qa", "kind": "lean",
             "expect": {"verdict": ["LEAN_HIRE", "NO_HIRE"], "flags": ["hallucination"],
                        "not_flags": ["retrieval-acl", "no-audit-trail"]},
             "why": "walls, no grounding"}""";

    @TempDir
    Path dir;

    private final CalibrationManifest manifest = new CalibrationManifest(CatalogLoader.bundled(),
            ScenarioLibrary.bundled(), new JsonTreeReader());

    private List<CalibrationCase> read(String json) throws InputException {
        TestFiles.write(dir, "a.json", "{}");
        TestFiles.write(dir, "b.json", "{}");
        TestFiles.write(dir, "manifest.json", json);
        return manifest.read(dir);
    }

    private String problem(String json) {
        try {
            read(json);
        } catch (InputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(dir.resolve("manifest.json").toString());
            return e.getMessage().substring(dir.resolve("manifest.json").toString().length());
        }
        throw new AssertionError("the manifest was accepted: " + json);
    }

    @Test
    void readsEveryFieldOfAnEntry() throws InputException {
        List<CalibrationCase> cases = read("[" + ENTRY + ", {\"file\": \"b.json\", \"scenario\": \"enterprise-rag\", "
                + "\"expect\": {\"verdict\": \"STRONG_HIRE\"}}]");
        assertThat(cases).hasSize(2);
        CalibrationCase a = cases.get(0);
        assertThat(a.set()).isEqualTo(dir.toString());
        assertThat(a.path()).isEqualTo(dir.resolve("a.json"));
        assertThat(a.display()).isEqualTo(dir.resolve("a.json").toString());
        assertThat(a.scenario()).isEqualTo("legal-doc-qa");
        assertThat(a.kind()).isEqualTo("lean");
        assertThat(a.lean()).isTrue();
        assertThat(a.expected()).containsExactly(Verdict.LEAN_HIRE, Verdict.NO_HIRE);
        assertThat(a.flags()).containsExactly("hallucination");
        assertThat(a.notFlags()).containsExactly("retrieval-acl", "no-audit-trail");
        assertThat(a.why()).isEqualTo("walls, no grounding");
        CalibrationCase b = cases.get(1);
        assertThat(b.expected()).containsExactly(Verdict.STRONG_HIRE);
        assertThat(b.kind()).isEmpty();
        assertThat(b.lean()).isFalse();
        assertThat(b.flags()).isEmpty();
        assertThat(b.notFlags()).isEmpty();
    }

    @Test
    void readsTheRepositorysOwnSet() throws InputException {
        List<CalibrationCase> cases = manifest.read(Path.of("calibration"));
        assertThat(cases).hasSize(60);
        assertThat(cases).allSatisfy(c -> assertThat(c.path()).exists());
        assertThat(cases.stream().filter(CalibrationCase::lean)).hasSize(15);
    }

    @Test
    void aFolderWithoutAManifestIsNamed() {
        assertThatThrownBy(() -> manifest.read(dir)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("manifest.json") + ": no such file: a calibration folder lists its "
                        + "labelled designs in manifest.json");
    }

    @Test
    void aMissingFolderOrAFileIsNamed() {
        Path file = TestFiles.write(dir, "x.json", "{}");
        assertThatThrownBy(() -> manifest.read(dir.resolve("nope"))).hasMessage(dir.resolve("nope")
                + ": no such folder");
        assertThatThrownBy(() -> manifest.read(file)).hasMessage(file + ": not a folder: calibrate reads folders "
                + "holding a manifest.json");
    }

    @Test
    void brokenJsonNamesTheLineAndColumn() {
        assertThat(problem("[{\"file\": ")).startsWith(":1:").contains("broken JSON");
    }

    @Test
    void theManifestMustBeANonEmptyArrayOfObjects() {
        assertThat(problem("{\"file\": \"a.json\"}"))
                .isEqualTo(":1:1: the manifest must be an array of labelled designs, not an object");
        assertThat(problem("[]")).isEqualTo(":1:1: the manifest lists no designs");
        assertThat(problem("[\"a.json\"]")).isEqualTo(":1:2: entry 1 must be an object, not a string");
    }

    @Test
    void anEntryNamingAMissingFile() {
        assertThat(problem("[" + ENTRY.replace("a.json", "gone.json") + "]"))
                .isEqualTo(":1:11: entry 1 (gone.json): no such design file " + dir.resolve("gone.json"));
    }

    @Test
    void anEntryWithoutAFileOrScenarioOrExpect() {
        assertThat(problem("[{\"scenario\": \"legal-doc-qa\", \"expect\": {\"verdict\": \"NO_HIRE\"}}]"))
                .isEqualTo(":1:2: entry 1: missing required field \"file\"");
        assertThat(problem("[{\"file\": \"a.json\", \"expect\": {\"verdict\": \"NO_HIRE\"}}]"))
                .isEqualTo(":1:2: entry 1 (a.json): missing required field \"scenario\"");
        assertThat(problem("[{\"file\": \"a.json\", \"scenario\": \"legal-doc-qa\"}]"))
                .isEqualTo(":1:2: entry 1 (a.json): missing required field \"expect\"");
        assertThat(problem("[{\"file\": \"a.json\", \"scenario\": \"legal-doc-qa\", \"expect\": {}}]"))
                .isEqualTo(":1:59: entry 1 (a.json), expect: missing required field \"verdict\"");
    }

    @Test
    void anUnknownScenarioIsNamedWithTheClosestOne() {
        assertThat(problem("[" + ENTRY.replace("\"legal-doc-qa\"", "\"legal-doc-q\"") + "]"))
                .isEqualTo(":1:33: entry 1 (a.json): unknown scenario \"legal-doc-q\" (did you mean "
                        + "\"legal-doc-qa\"?) (the 'scenarios' command lists them; --pack DIR adds a scenario pack)");
    }

    @Test
    void anUnknownVerdict() {
        assertThat(problem("[" + ENTRY.replace("\"LEAN_HIRE\"", "\"LEAN\"") + "]"))
                .startsWith(":2:").endsWith("entry 1 (a.json), expect: unknown verdict \"LEAN\" (did you mean "
                        + "\"LEAN_HIRE\"?) (one of STRONG_HIRE, LEAN_HIRE, NO_HIRE)");
        assertThat(problem("[" + ENTRY.replace("[\"LEAN_HIRE\", \"NO_HIRE\"]", "[]") + "]"))
                .endsWith("entry 1 (a.json), expect: \"verdict\" needs at least one of STRONG_HIRE, LEAN_HIRE, "
                        + "NO_HIRE");
    }

    @Test
    void anUnknownFailureMode() {
        assertThat(problem("[" + ENTRY.replace("\"hallucination\"", "\"halucination\"") + "]"))
                .startsWith(":2:59:").endsWith("entry 1 (a.json), expect: unknown failure mode \"halucination\" in "
                        + "\"flags\" (did you mean \"hallucination\"?) (the 'components --failure-modes' command "
                        + "lists them)");
        assertThat(problem("[" + ENTRY.replace("\"retrieval-acl\"", "\"acl\"") + "]"))
                .contains("unknown failure mode \"acl\" in \"not_flags\"");
    }

    @Test
    void aFailureModeBothFlaggedAndNot() {
        assertThat(problem("[" + ENTRY.replace("\"retrieval-acl\"", "\"hallucination\"") + "]"))
                .endsWith("entry 1 (a.json), expect: \"hallucination\" is both in \"flags\" and in \"not_flags\"");
    }

    @Test
    void anUnknownFieldOrADesignListedTwice() {
        assertThat(problem("[" + ENTRY.replace("\"not_flags\"", "\"not_flag\"") + "]"))
                .endsWith("entry 1 (a.json), expect: unknown field \"not_flag\" (did you mean \"not_flags\"?)");
        assertThat(problem("[" + ENTRY + ", " + ENTRY + "]"))
                .endsWith("entry 2 (a.json): \"a.json\" is listed twice");
    }

    @Test
    void everyProblemIsCountedOnTheOneLine() {
        assertThat(problem("[{\"file\": \"gone.json\", \"scenario\": \"nope\", \"expect\": {\"verdict\": \"X\"}}]"))
                .endsWith("(and 2 more problems)");
    }

    @Test
    void aDesignFileThatIsAFolderIsMissing() throws Exception {
        Files.createDirectory(dir.resolve("d.json"));
        assertThat(problem("[" + ENTRY.replace("a.json", "d.json") + "]"))
                .contains("no such design file " + dir.resolve("d.json"));
    }
}
