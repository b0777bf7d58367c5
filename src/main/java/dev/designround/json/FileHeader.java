package dev.designround.json;

import java.util.Optional;

/**
 * Checks the {@code "format"} and {@code "version"} every Design Round file starts with, so that a file of the
 * wrong kind, or from a newer Design Round, is refused with a message that says so.
 */
public final class FileHeader {

    private FileHeader() {
    }

    /** The {@code "format"} string of a parsed file, if it has one. */
    public static Optional<String> formatOf(JsonValue root) {
        if (root instanceof JsonValue.JsonObject o && o.get("format") instanceof JsonValue.JsonString s) {
            return Optional.of(s.value());
        }
        return Optional.empty();
    }

    /**
     * Views the root as an object with the expected format and a version this program knows; records problems
     * otherwise.
     *
     * @param noun how to name the expected kind of file in messages, e.g. "design file"
     * @return the root's fields when the header is right; empty when the rest of the file should not be read
     */
    public static Optional<JsonFields> check(JsonValue root, String expectedFormat, int newestVersion, String noun,
                                             Problems problems) {
        if (!(root instanceof JsonValue.JsonObject object)) {
            problems.add(root.position(), "not a " + noun + ": expected a JSON object, found "
                    + JsonFields.article(root.typeName()));
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(object, noun, problems);
        JsonValue format = object.get("format");
        if (format == null) {
            problems.add(object.position(), "not a " + noun + ": missing \"format\": \"" + expectedFormat + "\"");
            return Optional.empty();
        }
        if (!(format instanceof JsonValue.JsonString s) || !s.value().equals(expectedFormat)) {
            String found = format instanceof JsonValue.JsonString s2 ? "\"" + s2.value() + "\"" : format.typeName();
            problems.add(format.position(), "not a " + noun + ": \"format\" is " + found + ", expected \""
                    + expectedFormat + "\"");
            return Optional.empty();
        }
        JsonValue version = object.get("version");
        if (version == null) {
            problems.add(object.position(), noun + ": missing required field \"version\"");
            return Optional.empty();
        }
        if (!(version instanceof JsonValue.JsonNumber n) || !n.isIntegral() || n.value() < 1) {
            problems.add(version.position(), noun + ": \"version\" must be a whole number >= 1");
            return Optional.empty();
        }
        if (n.value() > newestVersion) {
            problems.add(version.position(), noun + " version " + n.text() + " is newer than this Design Round "
                    + "understands (" + newestVersion + "): update Design Round to open it");
            return Optional.empty();
        }
        return Optional.of(fields);
    }
}
