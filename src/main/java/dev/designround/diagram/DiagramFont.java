package dev.designround.diagram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one typeface every diagram export is laid out in: Liberation Sans (metric-compatible with Arial and
 * Helvetica), the TrueType font that ships inside PDFBox. Laying out with a font that travels with the program makes
 * card text wrap the same way on every machine, and the PNG and PDF writers draw with the same font, so text fits
 * where it was measured. SVG names it first in its font list, followed by metric-compatible fallbacks.
 *
 * <p>Widths come from the font's advance widths (no kerning). A character the font lacks is measured as a typical
 * glyph (wide for CJK and emoji), as the writers' fallback fonts draw something about that size.
 */
public final class DiagramFont implements TextMeasure {

    /** Where PDFBox keeps the font in its jar. */
    public static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /** For SVG: the font first, then fonts with the same metrics, then any sans-serif. */
    public static final String CSS_FAMILY = "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif";

    private final byte[] bytes;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Map<Integer, Float> advances = new HashMap<>();

    private DiagramFont(byte[] bytes) throws IOException {
        this.bytes = bytes;
        this.font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
    }

    private static final class Holder {
        static final DiagramFont INSTANCE = load();
    }

    /** The font, loaded once (it is immutable once loaded; widths are cached under a lock). */
    public static DiagramFont get() {
        return Holder.INSTANCE;
    }

    private static DiagramFont load() {
        try (InputStream in = DiagramFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font " + RESOURCE + " is missing from the class path");
            }
            return new DiagramFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + RESOURCE, e);
        }
    }

    /** The TrueType file, for embedding (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Whether the font has a glyph for a code point. */
    public synchronized boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** The width of a text at a font size, in the same units as the size. */
    @Override
    public synchronized double width(String text, double size) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            units += advances.computeIfAbsent(cp, this::advance);
        }
        return units / unitsPerEm * size;
    }

    private float advance(int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        if (gid == 0) {
            return (codePoint >= 0x2E80 ? 1.0f : 0.6f) * unitsPerEm;
        }
        try {
            return font.getAdvanceWidth(gid);
        } catch (IOException e) {
            return 0.6f * unitsPerEm;
        }
    }
}
