package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** check, validate, simulate and export read diagrams from draw.io, Mermaid and Excalidraw. */
class ImportCommandsTest {

    static final String RESOURCES = "src/test/resources/dev/designround/io/imports/";
    static final String DRAWIO = RESOURCES + "legal-qa.drawio";
    static final String COMPRESSED = RESOURCES + "legal-qa-compressed.drawio";
    static final String MERMAID = RESOURCES + "support-bot.mmd";
    static final String MARKDOWN = RESOURCES + "design-notes.md";
    static final String EXCALIDRAW = RESOURCES + "whiteboard.excalidraw";
    static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void checkGradesADiagramAndSaysOnStderrWhatItsShapesBecame() {
        CliRunner.Result r = CliRunner.run("check", DRAWIO, "--scenario", "legal-doc-qa");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith(DRAWIO + " — ").contains("Verdict: ");
        assertThat(r.err()).isEqualTo(DRAWIO + " (page \"Architecture\"): 17 of 18 shapes recognised; 'Citation "
                + "formatter' kept as a custom component; left out: 1 arrow with a loose end" + NL);
    }

    @Test
    void aDiagramThatNamesNoScenarioAsksForOne() {
        CliRunner.Result r = CliRunner.run("check", MERMAID);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).endsWith(MERMAID + ": the design names no scenario: give --scenario ID (the 'scenarios' "
                + "command lists them)" + NL);
    }

    @Test
    void compressedAndPlainPagesGradeTheSame() {
        CliRunner.Result plain = CliRunner.run("check", DRAWIO, "--scenario", "legal-doc-qa", "--format", "json");
        CliRunner.Result compressed = CliRunner.run("check", COMPRESSED, "--scenario", "legal-doc-qa", "--format",
                "json");
        assertThat(compressed.out()).isEqualTo(plain.out()).isNotEmpty();
    }

    @Test
    void aFolderIsSearchedForDiagramsAndTheirSummariesComeInOrder() {
        CliRunner.Result r = CliRunner.run("check", RESOURCES, "--scenario", "customer-support-agent", "--format",
                "csv", "--jobs", "3");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))).containsExactly(
                RESOURCES + "legal-qa-compressed.drawio", RESOURCES + "legal-qa.drawio", RESOURCES + "support-bot.mmd",
                RESOURCES + "whiteboard.excalidraw");
        assertThat(r.err().lines().map(l -> l.substring(0, l.indexOf(':')))).containsExactly(
                RESOURCES + "legal-qa-compressed.drawio (page \"Architecture\")",
                RESOURCES + "legal-qa.drawio (page \"Architecture\")", RESOURCES + "support-bot.mmd",
                RESOURCES + "whiteboard.excalidraw");
    }

    @Test
    void aNamedMarkdownFileIsReadFromItsMermaidBlock() {
        CliRunner.Result r = CliRunner.run("check", MARKDOWN, "--scenario", "fraud-detection-api");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(MARKDOWN + ": 6 of 7 shapes recognised; 'Checkout service' kept as a custom "
                + "component" + NL);
    }

    /** The worked example of README.md and docs/import.md says what it prints. */
    @Test
    void theWorkedExampleOfTheDocsPrintsWhatTheyShow() throws IOException {
        String example = "examples/legal-qa-sketch.md";
        String line = example + ": 12 of 13 shapes recognised; 'Bluebook formatter' kept as a custom component";
        CliRunner.Result r = CliRunner.run("check", example, "--scenario", "legal-doc-qa");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(line + NL);
        assertThat(r.out()).startsWith(example + " — Document Q&A for a law firm (legal-doc-qa)");
        assertThat(Files.readString(Path.of("README.md"))).contains(line);
        assertThat(Files.readString(Path.of("docs", "import.md"))).contains(line);
    }

    @Test
    void pageChoosesTheDrawioPage() {
        CliRunner.Result r = CliRunner.run("check", DRAWIO, "--page", "Notes", "--scenario", "legal-doc-qa");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo(DRAWIO + " (page \"Notes\"): 1 of 1 shape recognised" + NL);
    }

    @Test
    void anUnknownPageIsOneLineNamingThePages() {
        CliRunner.Result r = CliRunner.run("check", DRAWIO, "--page", "Overview", "--scenario", "legal-doc-qa");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(DRAWIO + ": no page named \"Overview\" (pages: \"Architecture\", \"Notes\")" + NL);
    }

    @Test
    void pageForADesignFileIsAUsageError() {
        CliRunner.Result r = CliRunner.run("simulate", "examples/customer-support-robust.json", "--page", "x");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("design-round: --page is for draw.io files; examples/customer-support-robust.json "
                + "is a Design Round design" + NL);
    }

    @Test
    void validateChecksDiagramsAsTheyWouldBeImported() {
        Path bad = write(dir, "pom.xml", "<project/>");
        CliRunner.Result r = CliRunner.run("validate", DRAWIO, MERMAID, EXCALIDRAW, bad.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEqualTo(DRAWIO + ": OK (draw.io diagram, page \"Architecture\": 18 nodes, 19 edges)" + NL
                + MERMAID + ": OK (Mermaid diagram: 17 nodes, 18 edges)" + NL
                + EXCALIDRAW + ": OK (Excalidraw diagram: 5 nodes, 4 edges)" + NL
                + bad + ":1:1: not a draw.io file: its root element is <project>, not <mxfile> or <mxGraphModel>" + NL);
        assertThat(r.err().lines()).hasSize(3);
    }

    @Test
    void validateChecksTheLabelTypesFile() {
        CliRunner.Result r = CliRunner.run("validate", "components/label-types.json");
        assertThat(r.exitCode()).as(r.out()).isZero();
        assertThat(r.out()).startsWith("components/label-types.json: OK (label types: ");
    }

    @Test
    void simulateRunsADiagram() {
        CliRunner.Result r = CliRunner.run("simulate", EXCALIDRAW, "--requests", "50");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Simulated 50 requests through " + EXCALIDRAW);
        assertThat(r.err()).startsWith(EXCALIDRAW + ": 4 of 5 shapes recognised");
    }

    @Test
    void exportTurnsADiagramIntoADesignFileThatGradesTheSame() {
        Path json = dir.resolve("legal.json");
        CliRunner.Result export = CliRunner.run("export", DRAWIO, "--to", "json", "-o", json.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        CliRunner.Result fromJson = CliRunner.run("check", json.toString(), "--scenario", "legal-doc-qa", "--format",
                "json");
        CliRunner.Result fromDiagram = CliRunner.run("check", DRAWIO, "--scenario", "legal-doc-qa", "--format",
                "json");
        assertThat(fromJson.out()).isEqualTo(fromDiagram.out());
        assertThat(fromJson.err()).isEmpty();
    }

    @Test
    void exportWithScenarioRecordsTheRoundTheDiagramCouldNotName() {
        Path json = dir.resolve("support.json");
        CliRunner.Result export = CliRunner.run("export", MERMAID, "--to", "json", "-o", json.toString(),
                "--scenario", "customer-support-agent");
        assertThat(export.exitCode()).as(export.err()).isZero();
        CliRunner.Result check = CliRunner.run("check", json.toString(), "--format", "json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).isEqualTo(CliRunner.run("check", MERMAID, "--scenario", "customer-support-agent",
                "--format", "json").out());
    }

    @Test
    void exportWithAnUnknownScenarioWritesNothing() {
        Path json = dir.resolve("support.json");
        CliRunner.Result r = CliRunner.run("export", MERMAID, "--to", "json", "-o", json.toString(), "--scenario",
                "customer-suport-agent");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).endsWith(MERMAID + ": unknown scenario \"customer-suport-agent\" (did you mean "
                + "\"customer-support-agent\"?) (the 'scenarios' command lists them)" + NL);
        assertThat(json).doesNotExist();
    }

    @Test
    void hostileXmlIsOneLineAndNoStackTrace() {
        Path xxe = write(dir, "x.drawio", "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]>\n<mxfile>&e;</mxfile>\n");
        CliRunner.Result r = CliRunner.run("check", xxe.toString(), "--scenario", "legal-doc-qa");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith(xxe + ":2:")
                .contains("declares a DTD").doesNotContain("Exception").doesNotContain("root:x");
    }

    @Test
    void aMermaidDiagramThatIsNotAFlowchartIsOneLine() {
        Path seq = write(dir, "seq.mmd", "sequenceDiagram\n  A->>B: hi\n");
        CliRunner.Result r = CliRunner.run("export", seq.toString(), "--to", "png", "-o", dir.resolve("s.png")
                .toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(seq + ":1:1: a Mermaid sequenceDiagram, not a flowchart: only flowcharts "
                + "('flowchart LR', 'graph TD') can be read as designs" + NL);
        assertThat(dir.resolve("s.png")).doesNotExist();
    }

    static Stream<Path> bundledDesigns() throws IOException {
        try (Stream<Path> designs = Files.list(Path.of("scenarios", "designs"))) {
            return designs.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** Every bundled reference design exported to draw.io and Mermaid and checked from those files grades as the JSON. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledDesigns")
    void exportedDiagramsOfTheReferenceDesignsGradeExactlyAsTheJson(Path design) {
        String json = CliRunner.run("check", design.toString(), "--format", "json").out();
        for (String[] format : new String[][] {{"drawio", "d.drawio"}, {"mermaid", "d.mmd"}}) {
            Path out = dir.resolve(format[1]);
            CliRunner.Result export = CliRunner.run("export", design.toString(), "--to", format[0], "-o",
                    out.toString(), "--force");
            assertThat(export.exitCode()).as(export.err()).isZero();
            CliRunner.Result check = CliRunner.run("check", out.toString(), "--format", "json");
            assertThat(check.exitCode()).as(check.err()).isZero();
            assertThat(check.out()).as(format[0]).isEqualTo(json);
        }
    }
}
