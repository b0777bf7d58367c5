package dev.designround.json;

/** One thing wrong with an input file, at a place in it. */
public record Problem(Position position, String message) {

    /** {@code FILE:LINE:COLUMN: message}, or {@code FILE: message} when the place is unknown. */
    public String format(String file) {
        return position.isKnown() ? file + ":" + position + ": " + message : file + ": " + message;
    }
}
