package dev.designround.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a box: wraps at spaces (breaking a word that is wider than the box), keeps the user's own line
 * breaks, and ends the last line that fits with an ellipsis when there is more. Never returns more lines than asked
 * for, nor a line wider than the box (unless one character is).
 */
public final class TextFit {

    private static final String ELLIPSIS = "\u2026";
    /** More than any box shows; longer text is cut first, so that fitting a huge label stays cheap. */
    private static final int MAX_CHARS_PER_LINE = 300;

    private final TextMeasure font;

    public TextFit(TextMeasure font) {
        this.font = font;
    }

    /** The lines of {@code text} at {@code size} in {@code maxWidth}, at most {@code maxLines} (at least one). */
    public List<String> fit(String text, double size, double maxWidth, int maxLines) {
        List<String> wrapped = new ArrayList<>();
        for (String paragraph : SafeText.nonEmptyLines(SafeText.shorten(text, maxLines * MAX_CHARS_PER_LINE))) {
            wrap(paragraph.replace('\t', ' ').strip(), size, maxWidth, wrapped);
        }
        if (wrapped.size() <= maxLines) {
            return wrapped;
        }
        List<String> kept = new ArrayList<>(wrapped.subList(0, maxLines));
        int last = maxLines - 1;
        kept.set(last, ellipsize(kept.get(last), size, maxWidth, true));
        return kept;
    }

    /** One line, cut with an ellipsis if it is too wide. */
    public String line(String text, double size, double maxWidth) {
        return ellipsize(SafeText.oneLine(SafeText.shorten(text, MAX_CHARS_PER_LINE)), size, maxWidth, false);
    }

    private void wrap(String paragraph, double size, double maxWidth, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.width(rest, size) > maxWidth) {
                int cut = fitting(rest, size, maxWidth);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
    }

    /**
     * How many chars (whole code points, at least one) of {@code s} fit. Widths only grow as characters are added,
     * so the longest prefix that fits is found by bisection: measuring every prefix in turn took time quadratic in
     * the length of a long word (minutes for a design of 60,000 labels of 270 characters).
     */
    private int fitting(String s, double size, double maxWidth) {
        int codePoints = s.codePointCount(0, s.length());
        int lo = 1; // always kept, even if wider than the box
        int hi = codePoints;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (font.width(s.substring(0, s.offsetByCodePoints(0, mid)), size) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.offsetByCodePoints(0, lo);
    }

    private String ellipsize(String s, double size, double maxWidth, boolean always) {
        if (!always && font.width(s, size) <= maxWidth) {
            return s;
        }
        String base = s.stripTrailing();
        while (!base.isEmpty() && font.width(base + ELLIPSIS, size) > maxWidth) {
            base = base.substring(0, base.offsetByCodePoints(base.length(), -1)).stripTrailing();
        }
        return base + ELLIPSIS;
    }
}
