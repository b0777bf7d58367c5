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
        return OneLine.of(text, max);
    }
}
