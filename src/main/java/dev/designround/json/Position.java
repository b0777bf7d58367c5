package dev.designround.json;

/**
 * Where something is in a text file: 1-based line and column. {@link #UNKNOWN} when the place is not known
 * (a file that could not be read at all, or a problem about the file as a whole).
 */
public record Position(int line, int column) {

    public static final Position UNKNOWN = new Position(0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    /** {@code "12:7"}, or the empty string when unknown. */
    @Override
    public String toString() {
        return isKnown() ? line + ":" + column : "";
    }
}
