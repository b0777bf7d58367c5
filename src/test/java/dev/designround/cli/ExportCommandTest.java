package dev.designround.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.io.AtomicFiles;
import dev.designround.testing.SafeXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {

    static final String SAMPLE = "examples/legal-doc-qa-sample.json";
    static final String PACK = CheckCommandTest.PACK;
    static final String WEAK = PACK + "/designs/weak.json";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "mermaid", "drawio", "dot", "graphml", "json"})
    void everyDiagramFormatIsWrittenFromTheSampleDesign(String format) {
        Path out = dir.resolve("sample." + format);
        CliRunner.Result r = CliRunner.run("export", SAMPLE, "--to", format, "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("wrote " + out + " (" + format + ")" + System.lineSeparator());
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void theSampleAsPngAndSvgOpensInAnImageDecoderAndAnXmlParser() throws IOException {
        Path png = dir.resolve("s.png");
        Path svg = dir.resolve("s.svg");
        CliRunner.run("export", SAMPLE, "--to", "png", "-o", png.toString());
        CliRunner.run("export", SAMPLE, "--to", "svg", "-o", svg.toString(), "--theme", "dark");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(2000);
        assertThat(SafeXml.parse(Files.readAllBytes(svg)).getDocumentElement().getTextContent())
                .contains("Citation check", "Paralegal review", "top-5 chunks");
    }

    @Test
    void reportsGradeTheDesignAgainstItsScenarioAndSayWhen() throws IOException {
        Path md = dir.resolve("r.md");
        CliRunner.Result r = CliRunner.run(CLOCK, "export", WEAK, "--pack", PACK, "--to", "report-md", "-o",
                md.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(md)).contains("# Design review: Weak: the tutorial answer", "**No Hire**",
                "| Graded | 2026-03-14T09:26:53Z |", "```mermaid");
        Path html = dir.resolve("r.html");
        assertThat(CliRunner.run(CLOCK, "export", WEAK, "--pack", PACK, "--to", "report-html", "-o",
                html.toString()).exitCode()).isZero();
        assertThat(Files.readString(html)).contains("No Hire", "<svg", "2026-03-14T09:26:53Z");
    }

    @Test
    void thePdfHasTheDiagramAndTheReport() throws IOException {
        Path pdf = dir.resolve("r.pdf");
        CliRunner.Result r = CliRunner.run(CLOCK, "export", WEAK, "--pack", PACK, "--to", "pdf", "-o",
                pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("GPT-4", "Refund API", "Verdict: No Hire",
                    "Graded: 2026-03-14T09:26:53Z");
        }
    }

    @Test
    void aReportOfADesignWithoutAScenarioIsABadInput() {
        Path in = dev.designround.testing.TestFiles.write(dir, "none.json", """
                {"format": "design-round.design", "version": 1, "nodes": [{"id": "u", "type": "user"}], "edges": []}
                """);
        Path out = dir.resolve("r.md");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "report-md", "-o", out.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(in + ": the design names no scenario: give --scenario ID (the 'scenarios' "
                + "command lists them)" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void aPdfOfADesignWithoutAScenarioHasTheDiagramOnly() throws IOException {
        Path in = dev.designround.testing.TestFiles.write(dir, "free.json", """
                {"format": "design-round.design", "version": 1, "nodes": [{"id": "u", "type": "user",
                 "label": "Free whiteboard user"}], "edges": []}
                """);
        Path pdf = dir.resolve("free.pdf");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "pdf", "-o", pdf.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("diagram only: the design names no scenario");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Free whiteboard user").doesNotContain("Verdict");
        }
    }

    @Test
    void aReportForAnUnknownScenarioIsABadInput() {
        CliRunner.Result r = CliRunner.run("export", WEAK, "--pack", PACK, "--scenario", "test-suport-bot", "--to",
                "report-html", "-o", dir.resolve("r.html").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown scenario \"test-suport-bot\"").hasLineCount(1);
    }

    @Test
    void anUnknownThemeIsAUsageError() {
        CliRunner.Result r = CliRunner.run("export", SAMPLE, "--to", "svg", "--theme", "neon", "-o",
                dir.resolve("x.svg").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("design-round: unknown theme \"neon\" (use one of: light, dark)"
                + System.lineSeparator());
    }

    @Test
    void exportingOverAFileWithForceKeepsThePreviousVersion() throws IOException {
        Path out = dir.resolve("d.mmd");
        Files.writeString(out, "old", StandardCharsets.UTF_8);
        assertThat(CliRunner.run("export", SAMPLE, "--to", "mermaid", "-o", out.toString(), "--force").exitCode())
                .isZero();
        assertThat(Files.readString(out)).startsWith("---\ntitle:");
        assertThat(Files.readString(AtomicFiles.backupOf(out))).isEqualTo("old");
    }

    @Test
    void aFileThatDoesNotHoldSuchAnExportIsNotReplacedWithoutForce() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.md"), "# My notes\n\nhand-written", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run(CLOCK, "export", WEAK, "--pack", PACK, "--to", "report-md", "-o",
                notes.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(notes + ": already exists and does not hold a report-md export: give --force "
                + "to replace it (it is then kept as notes.md.bak)" + System.lineSeparator());
        assertThat(Files.readString(notes)).isEqualTo("# My notes\n\nhand-written");
        assertThat(AtomicFiles.backupOf(notes)).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf", "mermaid", "drawio", "dot", "graphml", "json", "report-md",
            "report-html"})
    void exportingAgainReplacesTheExportOfTheSameFormat(String format) throws IOException {
        Path out = dir.resolve("again." + format);
        String[] args = {"export", SAMPLE, "--to", format, "-o", out.toString()};
        assertThat(CliRunner.run(CLOCK, args).exitCode()).isZero();
        byte[] first = Files.readAllBytes(out);
        CliRunner.Result again = CliRunner.run(CLOCK, args);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(java.util.Arrays.equals(Files.readAllBytes(AtomicFiles.backupOf(out)), first))
                .as("the first export is kept as the backup").isTrue();
    }

    @Test
    void anExportInAnotherFormatIsNotReplacedWithoutForce() {
        Path png = dir.resolve("diagram.png");
        assertThat(CliRunner.run("export", SAMPLE, "--to", "png", "-o", png.toString()).exitCode()).isZero();
        CliRunner.Result r = CliRunner.run("export", SAMPLE, "--to", "svg", "-o", png.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("does not hold a svg export");
    }

    @Test
    void theDesignItselfIsNeverReplacedEvenWithForce() throws IOException {
        Path design = Files.copy(Path.of(SAMPLE), dir.resolve("design.json"));
        byte[] before = Files.readAllBytes(design);
        Path sameThroughALink = Files.createSymbolicLink(dir.resolve("link.svg"), design);
        for (Path out : List.of(design, sameThroughALink)) {
            CliRunner.Result r = CliRunner.run("export", design.toString(), "--to", "svg", "-o", out.toString(),
                    "--force");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).isEqualTo(out + ": is the design being exported: writing the svg there would "
                    + "replace the design; choose another output file" + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(design)).isEqualTo(before);
    }

    @Test
    void aFullDiskIsReportedAsSuch() throws Exception {
        Path full = dev.designround.testing.DeviceNodes.memoryDevice(dir, "full", "7");
        CliRunner.Result r = CliRunner.run("export", SAMPLE, "--to", "png", "-o", full.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(full + ": cannot write the file: the disk is full (no space left on device)"
                + System.lineSeparator());
    }

    @Test
    void aLongChainWithoutPositionsIsPictured() throws IOException {
        // a 5,000-node chain overflowed the stack inside ELK (exit 1)
        StringBuilder nodes = new StringBuilder("{\"id\": \"u\", \"type\": \"user\"}");
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < 4_999; i++) {
            nodes.append(",{\"id\": \"n").append(i).append("\", \"type\": \"llm\"}");
            edges.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\", \"from\": \"")
                    .append(i == 0 ? "u" : "n" + (i - 1)).append("\", \"to\": \"n").append(i).append("\"}");
        }
        Path in = dev.designround.testing.TestFiles.write(dir, "chain.json", "{\"format\": \"design-round.design\", "
                + "\"version\": 1, \"nodes\": [" + nodes + "], \"edges\": [" + edges + "]}");
        Path svg = dir.resolve("chain.svg");
        CliRunner.Result r = CliRunner.run("export", in.toString(), "--to", "svg", "-o", svg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(SafeXml.parse(Files.readAllBytes(svg)).getElementsByTagName("g").getLength())
                .isGreaterThan(5_000);
    }
}
