package dev.designround.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.ExportFixtures;
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
