package dev.designround.io.export;

import dev.designround.diagram.Rgb;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.LineStyle;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.SceneItem.TextLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.AttributedString;
import javax.imageio.ImageIO;

/**
 * Draws a {@link DiagramScene} into a PNG with Java2D, off screen (works with {@code java.awt.headless=true}, no
 * display needed). The whole scene is drawn at {@link #SCALE}× (crisp on high-density screens and slides), or
 * smaller when that would exceed {@link #MAX_SIDE} pixels on a side or {@link #MAX_PIXELS} in all.
 *
 * <p>Text is drawn in {@link DiagramFont}; characters it lacks (emoji, Arabic, CJK, ...) fall back, run by run, to
 * Java's logical SansSerif font, which draws whatever the system's fonts can. Right-to-left text is laid out by
 * Java2D's bidi support.
 */
public final class PngWriter {

    public static final double SCALE = 2;
    public static final int MAX_SIDE = 16_384;
    public static final long MAX_PIXELS = 40_000_000L;

    private final Font baseFont;

    public PngWriter(DiagramFont font) {
        Font created;
        try {
            created = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.bytes()));
        } catch (FontFormatException | IOException e) {
            created = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
        }
        this.baseFont = created;
    }

    /** The scale the scene is drawn at: {@link #SCALE}, unless the image would be too large. */
    public static double scaleFor(DiagramScene scene) {
        double scale = SCALE;
        scale = Math.min(scale, MAX_SIDE / Math.max(scene.width(), 1));
        scale = Math.min(scale, MAX_SIDE / Math.max(scene.height(), 1));
        scale = Math.min(scale, Math.sqrt(MAX_PIXELS / Math.max(scene.width() * scene.height(), 1)));
        return scale;
    }

    public void write(DiagramScene scene, OutputStream out) throws IOException {
        BufferedImage image = render(scene);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    /** The scene as an image. */
    public BufferedImage render(DiagramScene scene) {
        double scale = scaleFor(scene);
        int w = Math.max(1, (int) Math.ceil(scene.width() * scale));
        int h = Math.max(1, (int) Math.ceil(scene.height() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(color(scene.background()));
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            scene.items().forEach(item -> draw(g, item));
        } finally {
            g.dispose();
        }
        return image;
    }

    private void draw(Graphics2D g, SceneItem item) {
        if (item instanceof Group group) {
            group.items().forEach(i -> draw(g, i));
        } else if (item instanceof Box b) {
            RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(),
                    2 * b.radius(), 2 * b.radius());
            g.setColor(color(b.fill()));
            g.fill(shape);
            if (b.strokeWidth() > 0) {
                g.setColor(color(b.stroke()));
                g.setStroke(stroke(b.strokeWidth(), b.style()));
                g.draw(shape);
            }
        } else if (item instanceof Polyline p) {
            Path2D path = new Path2D.Double();
            path.moveTo(p.points().get(0).x(), p.points().get(0).y());
            p.points().stream().skip(1).forEach(pt -> path.lineTo(pt.x(), pt.y()));
            g.setColor(color(p.stroke()));
            g.setStroke(stroke(p.width(), p.style()));
            g.draw(path);
        } else if (item instanceof Arrowhead a) {
            Path2D path = new Path2D.Double();
            path.moveTo(a.tip().x(), a.tip().y());
            path.lineTo(a.left().x(), a.left().y());
            path.lineTo(a.right().x(), a.right().y());
            path.closePath();
            g.setColor(color(a.fill()));
            g.fill(path);
        } else if (item instanceof TextLine t) {
            text(g, t);
        }
    }

    private static BasicStroke stroke(double width, LineStyle style) {
        return style == LineStyle.SOLID ? new BasicStroke((float) width)
                : new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, style.dashes(), 0);
    }

    private void text(Graphics2D g, TextLine t) {
        if (t.text().isEmpty()) {
            return;
        }
        Font font = baseFont.deriveFont((float) t.size());
        Font fallback = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) t.size());
        String s = t.text();
        AttributedString styled = new AttributedString(s);
        styled.addAttribute(TextAttribute.FONT, font);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!font.canDisplay(cp)) {
                styled.addAttribute(TextAttribute.FONT, fallback, i, next);
            }
            i = next;
        }
        TextLayout layout = new TextLayout(styled.getIterator(), g.getFontRenderContext());
        double x = t.anchor() == Anchor.MIDDLE ? t.x() - layout.getAdvance() / 2 : t.x();
        g.setColor(color(t.colour()));
        layout.draw(g, (float) x, (float) t.baseline());
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.rgb());
    }
}
