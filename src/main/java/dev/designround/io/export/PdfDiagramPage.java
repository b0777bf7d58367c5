package dev.designround.io.export;

import dev.designround.diagram.Point;
import dev.designround.diagram.Rgb;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.LineStyle;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.SceneItem.TextLine;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws a {@link DiagramScene} on a new PDF page as vectors and real text (so it zooms cleanly and
 * {@code pdftotext} finds every label), scaled down to fit the page when it is larger, never up.
 */
public final class PdfDiagramPage {

    /** A4 landscape, in points. */
    public static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final double KAPPA = 0.5523;

    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private double scale;
    private double left;
    private double top;

    public PdfDiagramPage(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** Adds a page to {@code doc} with the scene on it. */
    public void add(PDDocument doc, DiagramScene scene) throws IOException {
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        double availableW = PAGE.getWidth() - 2 * MARGIN;
        double availableH = PAGE.getHeight() - 2 * MARGIN;
        scale = Math.min(1, Math.min(availableW / scene.width(), availableH / scene.height()));
        left = MARGIN + (availableW - scene.width() * scale) / 2;
        top = PAGE.getHeight() - MARGIN;
        try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
            cs = stream;
            cs.setNonStrokingColor(scene.background().floats()[0], scene.background().floats()[1],
                    scene.background().floats()[2]);
            cs.addRect(0, 0, PAGE.getWidth(), PAGE.getHeight());
            cs.fill();
            for (SceneItem item : scene.items()) {
                draw(item);
            }
        } finally {
            cs = null;
        }
    }

    private float x(double sx) {
        return (float) (left + sx * scale);
    }

    private float y(double sy) {
        return (float) (top - sy * scale);
    }

    private void draw(SceneItem item) throws IOException {
        if (item instanceof Group g) {
            for (SceneItem i : g.items()) {
                draw(i);
            }
        } else if (item instanceof Box b) {
            // Colours and line first: a path is built and painted at once (state set inside a path is invalid
            // PDF, and a second path stroked after it left the box unfilled).
            fill(b.fill());
            if (b.strokeWidth() > 0) {
                cs.setLineWidth((float) (b.strokeWidth() * scale));
                stroke(b.stroke());
                dashes(b.style());
                roundRect(b);
                cs.fillAndStroke();
                cs.setLineDashPattern(new float[0], 0);
            } else {
                roundRect(b);
                cs.fill();
            }
        } else if (item instanceof Polyline p) {
            cs.setLineWidth((float) (p.width() * scale));
            stroke(p.stroke());
            dashes(p.style());
            Point first = p.points().get(0);
            cs.moveTo(x(first.x()), y(first.y()));
            for (Point pt : p.points().subList(1, p.points().size())) {
                cs.lineTo(x(pt.x()), y(pt.y()));
            }
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        } else if (item instanceof Arrowhead a) {
            cs.moveTo(x(a.tip().x()), y(a.tip().y()));
            cs.lineTo(x(a.left().x()), y(a.left().y()));
            cs.lineTo(x(a.right().x()), y(a.right().y()));
            cs.closePath();
            fill(a.fill());
            cs.fill();
        } else if (item instanceof TextLine t) {
            text(t);
        }
    }

    private void dashes(LineStyle style) throws IOException {
        float[] dashes = style.dashes();
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] *= (float) scale;
        }
        cs.setLineDashPattern(dashes, 0);
    }

    private void text(TextLine t) throws IOException {
        double size = t.size() * scale;
        double width = fonts.width(t.text(), size);
        double start = t.anchor() == Anchor.MIDDLE ? x(t.x()) - width / 2 : x(t.x());
        fill(t.colour());
        cs.beginText();
        cs.newLineAtOffset((float) start, y(t.baseline()));
        for (PdfFonts.Run run : fonts.runs(t.text())) {
            cs.setFont(run.font(), (float) size);
            cs.showText(run.text());
        }
        cs.endText();
    }

    private void roundRect(Box b) throws IOException {
        float x0 = x(b.x());
        float x1 = x(b.x() + b.width());
        float y0 = y(b.y() + b.height());
        float y1 = y(b.y());
        float r = (float) Math.min(b.radius() * scale, Math.min(x1 - x0, y1 - y0) / 2);
        float k = (float) (r * KAPPA);
        cs.moveTo(x0 + r, y0);
        cs.lineTo(x1 - r, y0);
        cs.curveTo(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
        cs.lineTo(x1, y1 - r);
        cs.curveTo(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
        cs.lineTo(x0 + r, y1);
        cs.curveTo(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
        cs.lineTo(x0, y0 + r);
        cs.curveTo(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
        cs.closePath();
    }

    private void fill(Rgb c) throws IOException {
        cs.setNonStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
    }

    private void stroke(Rgb c) throws IOException {
        cs.setStrokingColor(c.r() / 255f, c.g() / 255f, c.b() / 255f);
    }
}
