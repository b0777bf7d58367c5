package dev.designround.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON into a {@link JsonValue} tree that keeps every value's line and column, within {@link ReadLimits}.
 * Strict JSON only (no comments, NaN, trailing commas or duplicate keys); any problem becomes an
 * {@link InputException} naming the file, the place and what is wrong. Never deserialises types from input.
 */
public final class JsonTreeReader {

    private static final Pattern START_MARKER =
            Pattern.compile("\\s*\\(start marker at \\[.*?line: (\\d+), column: (\\d+)\\]\\)", Pattern.DOTALL);

    private final ReadLimits limits;
    private final JsonFactory factory;

    public JsonTreeReader(ReadLimits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
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
                JsonValue root = readValue(parser, display);
                if (parser.nextToken() != null) {
                    throw new InputException(display, position(parser.currentTokenLocation()),
                            "broken JSON: unexpected content after the end of the document");
                }
                return root;
            } catch (StreamConstraintsException e) {
                throw new InputException(display, position(parser.currentLocation()), limitMessage(e));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new InputException(display, position(at), "broken JSON: " + clean(e.getOriginalMessage()));
            } catch (CharConversionException e) {
                throw new InputException(display, position(parser.currentLocation()),
                        "not valid text: " + clean(e.getMessage()));
            }
        } catch (IOException e) {
            throw new InputException(display, "cannot read the file: " + clean(e.getMessage()));
        }
    }

    private JsonValue readValue(JsonParser p, String display) throws IOException, InputException {
        Position at = position(p.currentTokenLocation());
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> members = new LinkedHashMap<>();
                Map<String, Position> keys = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    Position keyAt = position(p.currentTokenLocation());
                    if (members.containsKey(name)) {
                        throw new InputException(display, keyAt, "broken JSON: duplicate key \"" + name + "\"");
                    }
                    p.nextToken();
                    members.put(name, readValue(p, display));
                    keys.put(name, keyAt);
                }
                return new JsonValue.JsonObject(members, keys, at);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    elements.add(readValue(p, display));
                }
                return new JsonValue.JsonArray(elements, at);
            }
            case VALUE_STRING:
                return new JsonValue.JsonString(p.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String text = p.getText();
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

    private static double parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Position position(JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return Position.UNKNOWN;
        }
        return new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private String limitMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nested deeper than " + limits.maxDepth() + " levels of objects and arrays";
        }
        if (m.contains("string value length")) {
            return "a string is longer than the limit of " + limits.maxStringLength() + " characters";
        }
        if (m.contains("number value length")) {
            return "a number is longer than the limit of " + limits.maxNumberLength() + " digits";
        }
        if (m.contains("document length")) {
            return "file is larger than the limit of " + megabytes(limits.maxBytes());
        }
        return "exceeds a reading limit: " + clean(e.getOriginalMessage());
    }

    /** Jackson's messages, minus source references and trailing detail lines, with start markers made readable. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "unreadable input";
        }
        if (message.startsWith("Non-standard token '")) {
            String token = message.substring("Non-standard token '".length(), message.indexOf('\'', 20));
            return token + " is not a number in JSON";
        }
        Matcher marker = START_MARKER.matcher(message);
        String text = marker.find()
                ? marker.replaceFirst(" (opened at line " + marker.group(1) + ", column " + marker.group(2) + ")")
                : message;
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline);
        }
        return text.strip();
    }

    private static String megabytes(long bytes) {
        return LimitedRead.megabytes(bytes);
    }
}
