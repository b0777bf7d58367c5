package dev.designround.json;

/**
 * Makes text from files (labels, titles, ids, file names) safe to print on a terminal as part of one line: line
 * breaks, tabs and control characters (C0, DEL, C1 such as CSI, line and paragraph separators) are written as
 * escapes ({@code \n}, {@code \u001b}), as are the invisible controls that reorder text (bidirectional
 * overrides and isolates), so a label can neither colour, move, clear nor split the output, nor disguise it.
 * Everything else, other scripts and emoji included, is kept.
 */
public final class OneLine {

    private OneLine() {
    }

    /** The text with every control character escaped. */
    public static String of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /** The text with every control character escaped, cut to at most {@code max} characters (ending with "…"). */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
                if (out.length() > max) {
                    return out.substring(0, Math.max(0, max - 1)) + "…";
                }
            }
        }
        if (out == null) {
            return text.length() > max ? text.substring(0, Math.max(0, max - 1)) + "…" : text;
        }
        return out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
        return control ? String.format("\\u%04x", (int) c) : null;
    }
}
