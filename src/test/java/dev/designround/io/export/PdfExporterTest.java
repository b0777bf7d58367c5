package dev.designround.io.export;

import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.io.ExportRequest;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.ReportFixtures;
import dev.designround.testing.Exports;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

    @Test
    void theDiagramsLabelsCanBeExtractedFromThePdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(new PdfExporter(Theme.LIGHT, false),
                ExportFixtures.small()))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Small Q&A", "Lawyer", "Claude", "Backup model", "Grounding checker", "question",
                    "cited answer", "Guardrails & policy");
        }
    }

    @Test
    void withAGradingThePdfAddsTheRubricReportAfterTheDiagram() throws IOException {
        ExportRequest request = new ExportRequest(ExportFixtures.small(), ExportFixtures.catalog(), "small.json")
                .withGrading(ReportFixtures.leanHire());
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(new PdfExporter(Theme.LIGHT, true), request))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String report = stripper.getText(pdf);
            assertThat(report).contains("Design review: Small Q&A", "Document Q&A for a law firm (legal-doc-qa)",
                    "Verdict: Lean Hire", "72.5 / 100", "Graded: 2026-03-14T09:26:53Z", "Observability",
                    "Major: Every answer is logged for audit", "Where: Claude",
                    "Why it matters: Law firms must show what advice was given", "Fix: Add an audit log",
                    "Answers are checked against the sources");
        }
    }

    @Test
    void aHostileGradingStillMakesAReadablePdf() throws IOException {
        ExportRequest request = new ExportRequest(ExportFixtures.nasty(), ExportFixtures.catalog(), "nasty.json")
                .withGrading(ReportFixtures.hostile());
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(new PdfExporter(Theme.LIGHT, true), request))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Blocker: Say \"hi\"", "No Hire");
        }
    }

    @Test
    void labelsInScriptsTheFontLacksAreWrittenNotThrown() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(new PdfExporter(Theme.LIGHT, false),
                ExportFixtures.nasty()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Say \"hi\" & 'bye'", "<script>alert(1)</script>", "back\\slash");
        }
    }

    @Test
    void rightToLeftRunsAreDrawnInVisualOrderWithBracketsMirrored() {
        assertThat(PdfFonts.visualOrder("abc \u05D0\u05D1 (x)")).isEqualTo("abc \u05D1\u05D0 (x)");
        assertThat(PdfFonts.visualOrder("\u05D0(\u05D1)")).isEqualTo("(\u05D1)\u05D0");
        assertThat(PdfFonts.visualOrder("plain")).isEqualTo("plain");
    }
}
