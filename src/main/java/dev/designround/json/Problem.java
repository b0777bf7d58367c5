package dev.designround.json;

/**
 * One thing wrong with an input file, at a place in it. Messages quote the user's own values (ids, types), which
 * may hold anything: control characters are escaped and the message is capped, so a problem is always one
 * readable line.
 */
public record Problem(Position position, String message) {

    static final int MAX_MESSAGE = 400;

    public Problem {
        message = oneLine(message, MAX_MESSAGE);
    }

    /** {@code FILE:LINE:COLUMN: message}, or {@code FILE: message} when the place is unknown. */
    public String format(String file) {
        String name = oneLine(file, MAX_MESSAGE);
        return position.isKnown() ? name + ":" + position + ": " + message : name + ": " + message;
    }

    /** Escapes control and line-separator characters and shortens the text to at most {@code max} characters. */
    static String oneLine(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
            if (out.length() > max) {
                return out.substring(0, max - 1) + "…";
            }
        }
        return out.toString();
    }
}
