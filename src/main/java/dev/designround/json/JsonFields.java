package dev.designround.json;

import dev.designround.json.JsonValue.JsonArray;
import dev.designround.json.JsonValue.JsonNumber;
import dev.designround.json.JsonValue.JsonObject;
import dev.designround.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Typed, located access to one JSON object's fields. Every wrong or missing field is recorded in {@link Problems}
 * with its position and a message that names the object ({@code what}, e.g. {@code node "llm"}) and the field;
 * the accessor then returns an empty value so that loading can go on and report every problem at once.
 */
public final class JsonFields {

    private final JsonObject object;
    private final String what;
    private final Problems problems;

    public JsonFields(JsonObject object, String what, Problems problems) {
        this.object = object;
        this.what = what;
        this.problems = problems;
    }

    /**
     * Views {@code value} as an object, or records a problem and returns empty.
     *
     * @param what how to name the value in the message, e.g. {@code nodes[3]}
     */
    public static Optional<JsonFields> of(JsonValue value, String what, Problems problems) {
        if (value instanceof JsonObject o) {
            return Optional.of(new JsonFields(o, what, problems));
        }
        problems.add(value.position(), what + " must be an object, not " + article(value.typeName()));
        return Optional.empty();
    }

    public JsonObject object() {
        return object;
    }

    public Position position() {
        return object.position();
    }

    public Position position(String key) {
        JsonValue value = object.get(key);
        return value != null ? value.position() : object.position();
    }

    public boolean has(String key) {
        return object.members().containsKey(key);
    }

    public Optional<JsonValue> value(String key) {
        return Optional.ofNullable(object.get(key));
    }

    /** Records a problem at the given field (or the object when the field is absent). */
    public void problem(String key, String message) {
        problems.add(position(key), message);
    }

    public Problems problems() {
        return problems;
    }

    public String what() {
        return what;
    }

    /** Records a problem for each field not in {@code allowed}, suggesting the closest allowed name. */
    public void allowOnly(String... allowed) {
        Set<String> known = new LinkedHashSet<>(Arrays.asList(allowed));
        for (String key : object.members().keySet()) {
            if (!known.contains(key)) {
                problems.add(object.keyPosition(key), what + ": unknown field \"" + key + "\""
                        + Suggestions.didYouMean(key, known));
            }
        }
    }

    /** A required non-empty string, or empty after recording a problem. */
    public Optional<String> requiredString(String key) {
        JsonValue v = object.get(key);
        if (v == null) {
            problems.add(object.position(), what + ": missing required field \"" + key + "\"");
            return Optional.empty();
        }
        Optional<String> s = string(key, v);
        if (s.isPresent() && s.get().isBlank()) {
            problems.add(v.position(), what + ": \"" + key + "\" must not be empty");
            return Optional.empty();
        }
        return s;
    }

    /** An optional string; {@code null} counts as absent. */
    public Optional<String> optionalString(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JsonNull) {
            return Optional.empty();
        }
        return string(key, v);
    }

    private Optional<String> string(String key, JsonValue v) {
        if (v instanceof JsonString s) {
            return Optional.of(s.value());
        }
        problems.add(v.position(), what + ": \"" + key + "\" must be a string, not " + article(v.typeName()));
        return Optional.empty();
    }

    /** An optional finite number; {@code null} counts as absent. */
    public OptionalDouble optionalNumber(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JsonNull) {
            return OptionalDouble.empty();
        }
        return number(key, v);
    }

    /** A required finite number. */
    public OptionalDouble requiredNumber(String key) {
        JsonValue v = object.get(key);
        if (v == null) {
            problems.add(object.position(), what + ": missing required field \"" + key + "\"");
            return OptionalDouble.empty();
        }
        return number(key, v);
    }

    private OptionalDouble number(String key, JsonValue v) {
        if (v instanceof JsonNumber n) {
            if (!n.isFinite()) {
                problems.add(v.position(), what + ": \"" + key + "\" is too large to be a number (" + shorten(n.text())
                        + ")");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(n.value());
        }
        problems.add(v.position(), what + ": \"" + key + "\" must be a number, not " + article(v.typeName()));
        return OptionalDouble.empty();
    }

    /** An optional number that must lie in [min, max]. */
    public OptionalDouble optionalNumberIn(String key, double min, double max) {
        OptionalDouble d = optionalNumber(key);
        if (d.isPresent() && (d.getAsDouble() < min || d.getAsDouble() > max)) {
            problems.add(position(key), what + ": \"" + key + "\" must be " + range(min, max) + ", not "
                    + plain(d.getAsDouble()));
            return OptionalDouble.empty();
        }
        return d;
    }

    /** An optional whole number that must lie in [min, max]. */
    public Optional<Integer> optionalInt(String key, int min, int max) {
        OptionalDouble d = optionalNumberIn(key, min, max);
        if (d.isEmpty()) {
            return Optional.empty();
        }
        double value = d.getAsDouble();
        if (value != Math.rint(value)) {
            problems.add(position(key), what + ": \"" + key + "\" must be a whole number, not " + plain(value));
            return Optional.empty();
        }
        return Optional.of((int) value);
    }

    public Optional<Boolean> optionalBoolean(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JsonNull) {
            return Optional.empty();
        }
        if (v instanceof JsonValue.JsonBoolean b) {
            return Optional.of(b.value());
        }
        problems.add(v.position(), what + ": \"" + key + "\" must be true or false, not " + article(v.typeName()));
        return Optional.empty();
    }

    /** An optional array (absent or null gives an empty list). */
    public List<JsonValue> array(String key) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JsonNull) {
            return List.of();
        }
        if (v instanceof JsonArray a) {
            return a.elements();
        }
        problems.add(v.position(), what + ": \"" + key + "\" must be an array, not " + article(v.typeName()));
        return List.of();
    }

    /** A required array. */
    public Optional<List<JsonValue>> requiredArray(String key) {
        if (!has(key)) {
            problems.add(object.position(), what + ": missing required field \"" + key + "\"");
            return Optional.empty();
        }
        return Optional.of(array(key));
    }

    /** An optional object. */
    public Optional<JsonFields> optionalObject(String key, String childWhat) {
        JsonValue v = object.get(key);
        if (v == null || v instanceof JsonValue.JsonNull) {
            return Optional.empty();
        }
        return of(v, childWhat, problems);
    }

    /**
     * Records a problem when the string at {@code key} (if any) is longer than {@code max} characters.
     *
     * @return whether it fits (an absent value or one that is not a string fits)
     */
    public boolean fitsLength(String key, int max) {
        JsonValue v = object.get(key);
        if (v instanceof JsonString s && s.value().length() > max) {
            problems.add(v.position(), what + ": \"" + key + "\" is " + s.value().length()
                    + " characters long, more than the limit of " + max);
            return false;
        }
        return true;
    }

    /**
     * Records a problem when the array or object at {@code key} (if any) has more than {@code max} entries, or when
     * one of the array's strings is longer than {@code maxLength} characters.
     *
     * @return whether it fits
     */
    public boolean fitsItems(String key, int max, int maxLength) {
        JsonValue v = object.get(key);
        int size = v instanceof JsonArray a ? a.elements().size()
                : v instanceof JsonValue.JsonObject o ? o.members().size() : 0;
        if (size > max) {
            problems.add(v.position(), what + ": \"" + key + "\" has " + size + " entries, more than the limit of "
                    + max);
            return false;
        }
        if (v instanceof JsonArray a) {
            for (JsonValue element : a.elements()) {
                if (element instanceof JsonString s && s.value().length() > maxLength) {
                    problems.add(element.position(), what + ": an entry of \"" + key + "\" is "
                            + s.value().length() + " characters long, more than the limit of " + maxLength);
                    return false;
                }
            }
        }
        return true;
    }

    /** An optional array of non-empty strings, duplicates reported. */
    public List<String> stringList(String key) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonValue element : array(key)) {
            if (element instanceof JsonString s && !s.value().isBlank()) {
                if (!seen.add(s.value())) {
                    problems.add(element.position(), what + ": \"" + key + "\" lists \"" + s.value() + "\" twice");
                } else {
                    out.add(s.value());
                }
            } else {
                problems.add(element.position(), what + ": every entry of \"" + key
                        + "\" must be a non-empty string, not " + article(element.typeName()));
            }
        }
        return out;
    }

    public static String article(String typeName) {
        return switch (typeName) {
            case "object", "array" -> "an " + typeName;
            case "null" -> "null";
            default -> "a " + typeName;
        };
    }

    private static String range(double min, double max) {
        if (max == Double.MAX_VALUE || max == Integer.MAX_VALUE) {
            return ">= " + plain(min);
        }
        return "between " + plain(min) + " and " + plain(max);
    }

    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 21) + "...";
    }
}
