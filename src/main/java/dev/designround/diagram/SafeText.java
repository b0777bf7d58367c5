package dev.designround.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes user text safe to put into any export: characters no file format can hold (C0 control characters other
 * than tab and line breaks, lone surrogates, U+FFFE and U+FFFF) become U+FFFD, so an XML, DOT or PDF writer never
 * sees them. Everything else (quotes, markup, emoji, right-to-left text) is kept as it is; escaping it is each
 * format's job.
 */
public final class SafeText {

    /** What stands in for a character that cannot be written. */
    public static final char REPLACEMENT = '\uFFFD';

    private SafeText() {
    }

    /** The text with characters no format can hold replaced; line breaks normalised to {@code \n}. */
    public static String clean(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The cleaned text's lines (one line for text without line breaks, one empty line for empty text). */
    public static List<String> lines(String text) {
        return List.of(clean(text).split("\n", -1));
    }

    /** The cleaned text on one line: line breaks and tabs become spaces, runs of blanks one space, trimmed. */
    public static String oneLine(String text) {
        return clean(text).replaceAll("[\\s\\u0085\\u00A0\\u2028\\u2029]+", " ").strip();
    }

    /** The text cut to at most {@code max} code points, ending with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end) + "\u2026";
    }

    /** Splits cleaned text into lines, dropping a trailing empty line. */
    static List<String> nonEmptyLines(String text) {
        List<String> lines = new ArrayList<>(lines(text));
        while (lines.size() > 1 && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
