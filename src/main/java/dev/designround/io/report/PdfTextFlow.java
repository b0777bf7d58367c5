package dev.designround.io.report;

import dev.designround.io.export.PdfFonts;
import dev.designround.diagram.Rgb;
import dev.designround.diagram.SafeText;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flows wrapped text down A4 portrait pages, starting a new page when one is full. Text is drawn with
 * {@link PdfFonts}, so any character is safe; each paragraph wraps at spaces (and inside words too long for a
 * line).
 */
final class PdfTextFlow implements Closeable {

    private static final float MARGIN = 56;
    private static final PDRectangle PAGE = PDRectangle.A4;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    PdfTextFlow(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** Writes a paragraph at {@code size}, indented by {@code indent}, followed by {@code after} points of space. */
    void paragraph(String text, float size, Rgb colour, float indent, float after) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(SafeText.oneLine(text), size, PAGE.getWidth() - 2 * MARGIN - indent)) {
            ensure(leading);
            y -= leading;
            cs.setNonStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
            cs.beginText();
            cs.newLineAtOffset(MARGIN + indent, y + size * 0.25f);
            for (PdfFonts.Run run : fonts.runs(line)) {
                cs.setFont(run.font(), size);
                cs.showText(run.text());
            }
            cs.endText();
        }
        y -= after;
    }

    /** Columns of one table row at the given x offsets (each cell on one line, cut to fit). */
    void row(List<String> cells, float[] offsets, float size, Rgb colour) throws IOException {
        float leading = size * 1.5f;
        ensure(leading);
        y -= leading;
        cs.setNonStrokingColor(colour.r() / 255f, colour.g() / 255f, colour.b() / 255f);
        for (int i = 0; i < cells.size(); i++) {
            float width = (i + 1 < offsets.length ? offsets[i + 1] : PAGE.getWidth() - 2 * MARGIN) - offsets[i] - 6;
            List<String> lines = wrap(SafeText.oneLine(cells.get(i)), size, width);
            cs.beginText();
            cs.newLineAtOffset(MARGIN + offsets[i], y + size * 0.3f);
            for (PdfFonts.Run run : fonts.runs(lines.isEmpty() ? "" : lines.get(0))) {
                cs.setFont(run.font(), size);
                cs.showText(run.text());
            }
            cs.endText();
        }
    }

    void space(float points) throws IOException {
        ensure(0);
        y -= points;
    }

    private void ensure(float needed) throws IOException {
        if (cs == null || y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        close();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : SafeText.shorten(text, 20_000).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(candidate, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (rest.length() > 1 && fonts.width(rest, size) > width) {
                int cut = Math.max(1, (int) (rest.length() * width / fonts.width(rest, size)));
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut = cut > 1 ? cut - 1 : cut + 1;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
