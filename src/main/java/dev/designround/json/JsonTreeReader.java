package dev.designround.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON into a {@link JsonValue} tree that keeps every value's line and column, within {@link ReadLimits}.
 * Strict JSON only (no comments, NaN, trailing commas or duplicate keys); any problem becomes an
 * {@link InputException} naming the file, the place and what is wrong. Never deserialises types from input.
 */
public final class JsonTreeReader {

    private final ReadLimits limits;
    private final JsonFactory factory;

    public JsonTreeReader(ReadLimits limits) {
        this.limits = limits;
        // Jackson's own limits are backstops: the tree checks depth and lengths itself, where the value starts,
        // so its messages never depend on Jackson's wording. No length can exceed the file's.
        int fileChars = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxBytes());
        this.factory = JsonFactory.builder()
                // read, so that the tree can refuse them by their token and place
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth() + 1)
                        .maxStringLength(fileChars)
                        .maxNameLength(fileChars)
                        .maxNumberLength(fileChars)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .build();
    }

    public JsonTreeReader() {
        this(ReadLimits.DEFAULT);
    }

    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads and parses a file.
     *
     * @param file    the file to read
     * @param display how to name the file in messages (usually as the user typed it)
     * @throws InputException if the file cannot be read, is too large, or is not well-formed JSON
     */
    public JsonValue read(Path file, String display) throws InputException {
        return parse(readBytes(file, display), display);
    }

    /**
     * Reads a file's bytes, refusing missing files, folders and files over the size limit; a device or a pipe is
     * read up to the limit and no further.
     */
    public byte[] readBytes(Path file, String display) throws InputException {
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(display, "is a folder, not a file");
            }
            return LimitedRead.bytes(file, limits.maxBytes());
        } catch (LimitedRead.TooLarge e) {
            throw new InputException(display, e.getMessage());
        } catch (NoSuchFileException e) {
            throw new InputException(display, "no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(display, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new InputException(display, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Parses bytes (UTF-8, or UTF-16/32 with a byte-order mark) into a located tree.
     *
     * @throws InputException if the bytes are not one well-formed JSON value within the limits
     */
    public JsonValue parse(byte[] bytes, String display) throws InputException {
        if (bytes.length > limits.maxBytes()) {
            throw new InputException(display, "file is " + megabytes(bytes.length) + ", larger than the limit of "
                    + megabytes(limits.maxBytes()));
        }
        try (JsonParser parser = factory.createParser(bytes)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new InputException(display, "file is empty: expected a JSON object");
                }
                JsonValue root = readValue(parser, display, 1);
                if (parser.nextToken() != null) {
                    throw new InputException(display, position(parser.currentTokenLocation()),
                            "broken JSON: unexpected content after the end of the document");
                }
                return root;
            } catch (JsonEOFException e) {
                throw new InputException(display, position(located(e, parser)),
                        "broken JSON: " + endOfFile(e, parser));
            } catch (StreamConstraintsException e) {
                throw new InputException(display, position(located(e, parser)),
                        "exceeds a reading limit: " + firstLine(e.getOriginalMessage()));
            } catch (JsonProcessingException e) {
                throw new InputException(display, position(located(e, parser)),
                        "broken JSON: " + firstLine(e.getOriginalMessage()));
            } catch (CharConversionException e) {
                throw new InputException(display, position(parser.currentLocation()),
                        "not valid text: " + firstLine(e.getMessage()));
            }
        } catch (IOException e) {
            throw new InputException(display, "cannot read the file: " + firstLine(e.getMessage()));
        }
    }

    /**
     * The current value, whose token has just been read, at a nesting depth (the root's container is 1). Depth and
     * lengths are checked here, where the value starts, so that messages never depend on Jackson's wording.
     */
    private JsonValue readValue(JsonParser p, String display, int depth) throws IOException, InputException {
        Position at = position(p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                checkDepth(display, depth, at);
                Map<String, JsonValue> members = new LinkedHashMap<>();
                Map<String, Position> keys = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Position keyAt = position(p.currentTokenLocation());
                    checkLength(display, name, limits.maxStringLength(), keyAt, "a key");
                    if (members.containsKey(name)) {
                        throw new InputException(display, keyAt, "broken JSON: duplicate key \"" + name + "\"");
                    }
                    p.nextToken();
                    members.put(name, readValue(p, display, depth + 1));
                    keys.put(name, keyAt);
                }
                return new JsonValue.JsonObject(members, keys, at);
            }
            case START_ARRAY: {
                checkDepth(display, depth, at);
                List<JsonValue> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(p, display, depth + 1));
                }
                return new JsonValue.JsonArray(elements, at);
            }
            case VALUE_STRING:
                return new JsonValue.JsonString(
                        checkLength(display, p.getText(), limits.maxStringLength(), at, "a string"), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                if (p.isNaN()) { // read only to say so: NaN and Infinity are not JSON
                    throw new InputException(display, at,
                            "broken JSON: " + p.getText() + " is not a number in JSON");
                }
                String text = checkLength(display, p.getText(), limits.maxNumberLength(), at, "a number");
                return new JsonValue.JsonNumber(parseDouble(text), text, at);
            }
            case VALUE_TRUE:
                return new JsonValue.JsonBoolean(true, at);
            case VALUE_FALSE:
                return new JsonValue.JsonBoolean(false, at);
            case VALUE_NULL:
                return new JsonValue.JsonNull(at);
            default:
                throw new InputException(display, at, "broken JSON: unexpected " + token);
        }
    }

    private void checkDepth(String display, int depth, Position at) throws InputException {
        if (depth > limits.maxDepth()) {
            throw new InputException(display, at,
                    "nested deeper than " + limits.maxDepth() + " levels of objects and arrays");
        }
    }

    private static String checkLength(String display, String text, int limit, Position at, String what)
            throws InputException {
        if (text.length() > limit) {
            throw new InputException(display, at, what + " is longer than the limit of " + limit + " characters");
        }
        return text;
    }

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** What an end of the file in the middle of a value left open, from the parser's state. */
    private static String endOfFile(JsonEOFException e, JsonParser parser) {
        JsonToken decoding = e.getTokenBeingDecoded();
        if (decoding == JsonToken.VALUE_STRING || decoding == JsonToken.FIELD_NAME) {
            return "the file ends inside a string";
        }
        JsonStreamContext open = parser.getParsingContext();
        if (open == null || open.inRoot()) {
            return "the file ends inside a value";
        }
        JsonLocation start = open.startLocation(ContentReference.unknown());
        return "the file ends before the " + (open.inArray() ? "array" : "object") + " opened at line "
                + start.getLineNr() + ", column " + start.getColumnNr() + " is closed";
    }

    private static JsonLocation located(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    }

    private static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** A message's first line: Jackson's messages may go on with detail lines meant for developers. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }

    private static String megabytes(long bytes) {
        return LimitedRead.megabytes(bytes);
    }
}
