package dev.designround.io.export;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Theme;
import dev.designround.diagram.DiagramScene;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.io.Grading;
import dev.designround.io.report.PdfReportPages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * {@code pdf}: the diagram on an A4 landscape page (vectors and real text), followed by the rubric report when the
 * request carries a grading, written with Apache PDFBox. Text is extractable ({@code pdftotext}, search, copy).
 */
public final class PdfExporter implements Exporter {

    private final Theme theme;
    private final boolean gradingRequired;

    /**
     * @param gradingRequired whether the command line must grade the design first ({@link #needsGrading()}); the
     *                        writer itself adds the report only when there is a grading
     */
    public PdfExporter(Theme theme, boolean gradingRequired) {
        this.theme = theme;
        this.gradingRequired = gradingRequired;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String description() {
        return "the diagram and the rubric report as a PDF (print, share)";
    }

    @Override
    public boolean needsGrading() {
        return gradingRequired;
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        DiagramFont font = DiagramFont.get();
        DiagramScene scene = new SceneBuilder(request.catalog(), theme, font).build(request.design());
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(scene.title());
            info.setCreator("Design Round");
            PdfFonts fonts = new PdfFonts(doc, font);
            new PdfDiagramPage(fonts).add(doc, scene);
            Optional<Grading> grading = request.grading();
            if (grading.isPresent()) {
                new PdfReportPages(fonts).add(doc, request.design(), request.catalog(), grading.get());
            }
            doc.save(out);
        }
    }
}
