package dev.designround.io.export;

import dev.designround.diagram.SafeText;
import dev.designround.diagram.DiagramFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: {@link DiagramFont} embedded (as a subset, so text stays extractable), and, for characters
 * it lacks, DejaVu Sans from the system when it is installed (Arabic, Hebrew, many symbols). A character neither
 * has becomes "?", so no label can make writing fail. Right-to-left runs are put in visual order (PDF draws glyphs
 * left to right); Arabic is not shaped.
 */
public final class PdfFonts {

    /** Where Debian, Ubuntu and Fedora put DejaVu Sans. */
    static final List<Path> FALLBACK_FILES = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"));

    /** A piece of text and the font that draws it. */
    public record Run(PDFont font, String text) {
    }

    private final PDFont primary;
    private final Optional<PDFont> fallback;
    private final Map<Integer, Optional<PDFont>> chosen = new HashMap<>();

    public PdfFonts(PDDocument doc, DiagramFont font) throws IOException {
        this.primary = PDType0Font.load(doc, new java.io.ByteArrayInputStream(font.bytes()), true);
        this.fallback = loadFallback(doc);
    }

    private static Optional<PDFont> loadFallback(PDDocument doc) {
        for (Path p : FALLBACK_FILES) {
            if (Files.isReadable(p)) {
                try {
                    return Optional.of(PDType0Font.load(doc, p.toFile()));
                } catch (IOException | RuntimeException e) {
                    // An unreadable system font only means fewer characters drawn; "?" stands in for them.
                }
            }
        }
        return Optional.empty();
    }

    public PDFont primary() {
        return primary;
    }

    /** The text split into runs of one font each, in visual order, with undrawable characters replaced. */
    public List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder buffer = new StringBuilder();
        String visual = visualOrder(SafeText.oneLine(text));
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            Optional<PDFont> font = fontFor(cp);
            PDFont f = font.orElse(primary);
            String piece = font.isPresent() ? new String(Character.toChars(cp)) : "?";
            if (f != current && buffer.length() > 0) {
                runs.add(new Run(current, buffer.toString()));
                buffer.setLength(0);
            }
            current = f;
            buffer.append(piece);
        }
        if (buffer.length() > 0) {
            runs.add(new Run(current, buffer.toString()));
        }
        return runs;
    }

    /** The width of the text at a size, as {@link #runs} draws it. */
    public double width(String text, double size) {
        double w = 0;
        for (Run r : runs(text)) {
            try {
                w += r.font().getStringWidth(r.text()) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                w += r.text().length() * size * 0.6;
            }
        }
        return w;
    }

    private Optional<PDFont> fontFor(int cp) {
        return chosen.computeIfAbsent(cp, c -> {
            if (canEncode(primary, c)) {
                return Optional.of(primary);
            }
            return fallback.filter(f -> canEncode(f, c));
        });
    }

    private static boolean canEncode(PDFont font, int cp) {
        try {
            String s = new String(Character.toChars(cp));
            font.encode(s);
            return font.getStringWidth(s) > 0 || Character.isWhitespace(cp);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Brackets in a right-to-left run face the other way once the run is reversed. */
    private static String mirrored(String reversed) {
        StringBuilder out = new StringBuilder(reversed.length());
        for (char c : reversed.toCharArray()) {
            int i = "()[]{}<>".indexOf(c);
            out.append(i < 0 ? c : ")(][}{><".charAt(i));
        }
        return out.toString();
    }

    /** The line in the order its characters appear left to right (Unicode bidi algorithm, no shaping). */
    static String visualOrder(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? mirrored(new StringBuilder(run).reverse().toString()) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }
}
