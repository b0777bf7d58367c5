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

    /** How many chars (whole code points, at least one) of {@code s} fit. */
    private int fitting(String s, double size, double maxWidth) {
        int end = s.offsetByCodePoints(0, 1);
        while (end < s.length()) {
            int next = s.offsetByCodePoints(end, 1);
            if (font.width(s.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
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
