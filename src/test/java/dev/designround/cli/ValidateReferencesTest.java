package dev.designround.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} of a scenario grades its reference designs: a pack whose strong reference is really the tutorial
 * answer (or whose weak one is really the strong answer) is invalid, in one line naming the design file.
 */
class ValidateReferencesTest {

    @TempDir
    Path dir;

    /** A copy of the bundled legal-doc-qa scenario whose references are the given bundled designs. */
    private Path pack(String strong, String weak) throws Exception {
        Path pack = Files.createDirectory(dir.resolve("pack"));
        Files.createDirectory(pack.resolve("designs"));
        Files.copy(Path.of("scenarios/legal-doc-qa.json"), pack.resolve("legal-doc-qa.json"));
        Files.copy(Path.of("scenarios/designs/" + strong), pack.resolve("designs/legal-doc-qa.strong.json"));
        Files.copy(Path.of("scenarios/designs/" + weak), pack.resolve("designs/legal-doc-qa.weak.json"));
        return pack;
    }

    @Test
    void aStrongReferenceThatIsNotAStrongHireIsNamed() throws Exception {
        Path pack = pack("legal-doc-qa.weak.json", "legal-doc-qa.weak.json");
        Path scenario = pack.resolve("legal-doc-qa.json");
        CliRunner.Result r = CliRunner.run("validate", scenario.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines().toList()).singleElement().asString()
                .startsWith(scenario + ":")
                .containsPattern(":\\d+:\\d+: references\\.strong: ")
                .contains("references.strong: " + pack.resolve("designs/legal-doc-qa.strong.json") + " grades No Hire "
                        + "(score ")
                .contains("), not Strong Hire; failed: legal.matter-walls (blocker, failed)")
                .doesNotContain("more problem");
    }

    @Test
    void aWeakReferenceThatIsNotANoHireIsNamed() throws Exception {
        Path pack = pack("legal-doc-qa.strong.json", "legal-doc-qa.strong.json");
        CliRunner.Result r = CliRunner.run("validate", pack.resolve("legal-doc-qa.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).contains("references.weak: " + pack.resolve("designs/legal-doc-qa.weak.json")
                + " grades Strong Hire (score ").contains("), not No Hire: no blocker failed, and the score is at "
                + "least the 80 Strong Hire needs");
    }

    @Test
    void bothWrongIsOneLineCountingTheSecond() throws Exception {
        Path pack = pack("legal-doc-qa.weak.json", "legal-doc-qa.strong.json");
        CliRunner.Result r = CliRunner.run("validate", pack.resolve("legal-doc-qa.json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out().lines().toList()).singleElement().asString().contains("references.strong: ")
                .endsWith("(and 1 more problem)");
    }

    @Test
    void referencesThatGradeAsLabelledAreSaidInTheOkLine() throws Exception {
        Path pack = pack("legal-doc-qa.strong.json", "legal-doc-qa.weak.json");
        CliRunner.Result r = CliRunner.run("validate", pack.resolve("legal-doc-qa.json").toString());
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).contains(": OK (scenario legal-doc-qa: ").contains(" questions, strong reference Strong "
                + "Hire, weak reference No Hire)");
    }

    @Test
    void aFolderIsEveryJsonFileInItAndItsSubfolders() throws Exception {
        Path pack = pack("legal-doc-qa.weak.json", "legal-doc-qa.weak.json");
        CliRunner.Result r = CliRunner.run("validate", pack.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(pack.resolve("designs/legal-doc-qa.strong.json") + ": OK (design: ");
        assertThat(lines.get(1)).startsWith(pack.resolve("designs/legal-doc-qa.weak.json") + ": OK (design: ");
        assertThat(lines.get(2)).startsWith(pack.resolve("legal-doc-qa.json") + ":").contains("references.strong: ");
    }

    @Test
    void aFolderWithNoJsonFileIsNamed() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRunner.Result r = CliRunner.run("validate", empty.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).startsWith(empty + ": no design files in this folder or its subfolders");
    }
}
