package dev.designround.io.report;

import dev.designround.io.Grading;
import dev.designround.io.export.PdfFonts;
import dev.designround.diagram.Rgb;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The rubric report as PDF pages after the diagram: summary, scores by category, failed findings by severity with
 * what is wrong, why, the fix and the nodes involved, then the passed rules in one line each.
 */
public final class PdfReportPages {

    private static final Rgb TEXT = Rgb.hex("#1f2937");
    private static final Rgb MUTED = Rgb.hex("#4b5563");
    private static final Rgb HEADING = Rgb.hex("#111827");
    private static final Rgb BLOCKER = Rgb.hex("#b91c1c");
    private static final Rgb MAJOR = Rgb.hex("#b45309");
    private static final float[] CATEGORY_COLUMNS = {0, 200, 280};

    private final PdfFonts fonts;

    public PdfReportPages(PdfFonts fonts) {
        this.fonts = fonts;
    }

    public void add(PDDocument doc, Design design, Catalog catalog, Grading grading) throws IOException {
        ReportFacts facts = new ReportFacts(design, catalog, grading);
        try (PdfTextFlow flow = new PdfTextFlow(doc, fonts)) {
            flow.paragraph(facts.heading(), 18, HEADING, 0, 8);
            flow.paragraph("Scenario: " + facts.scenario(), 11, TEXT, 0, 0);
            flow.paragraph("Verdict: " + facts.verdict() + " \u00b7 Score: " + facts.score(), 11, TEXT, 0, 0);
            if (grading.report().next().isPresent()) {
                flow.paragraph(grading.report().next().get().sentence(), 11, TEXT, 0, 0);
            }
            flow.paragraph("Graded: " + facts.gradedAt(), 11, MUTED, 0, 12);

            flow.paragraph("Scores by category", 14, HEADING, 0, 2);
            flow.row(List.of("Category", "Score", "Rules passed"), CATEGORY_COLUMNS, 10, MUTED);
            for (CategoryScore c : grading.report().categories()) {
                flow.row(List.of(c.category().label(), ReportFacts.number(c.score()), c.passed() + " / " + c.total()),
                        CATEGORY_COLUMNS, 10, TEXT);
            }
            flow.space(12);

            List<Finding> failed = facts.failed();
            flow.paragraph("What to fix (" + failed.size() + ")", 14, HEADING, 0, 4);
            if (failed.isEmpty()) {
                flow.paragraph("Every rule of the rubric passed.", 10.5f, TEXT, 0, 8);
            }
            for (Finding f : failed) {
                Rgb colour = switch (f.severity()) {
                    case BLOCKER -> BLOCKER;
                    case MAJOR -> MAJOR;
                    case MINOR -> MUTED;
                };
                flow.paragraph(ReportFacts.severity(f) + ": " + f.title(), 11.5f, colour, 0, 1);
                String modes = f.failureModes().isEmpty() ? "" : " · failure modes: " + ReportFacts.failureModes(f);
                flow.paragraph(f.rule() + " · " + f.category().label() + modes, 9, MUTED, 0, 2);
                flow.paragraph(f.message(), 10, TEXT, 0, 2);
                line(flow, "Where: ", facts.nodes(f));
                line(flow, "Path: ", f.path().isEmpty() ? "" : ReportPaths.describe(f.path(), design, catalog));
                line(flow, "Why it matters: ", f.why());
                line(flow, "Fix: ", f.fix());
                flow.space(8);
            }

            List<Finding> passed = facts.passed();
            flow.paragraph("What is already right (" + passed.size() + ")", 14, HEADING, 0, 4);
            for (Finding f : passed) {
                flow.paragraph("\u2022 " + f.title() + ": " + f.message(), 9.5f, TEXT, 0, 2);
            }
        }
    }

    private static void line(PdfTextFlow flow, String name, String text) throws IOException {
        if (!text.isBlank()) {
            flow.paragraph(name + text, 10, TEXT, 12, 1);
        }
    }
}
