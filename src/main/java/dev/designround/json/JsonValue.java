package dev.designround.json;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in its file, so that loaders can report semantic problems
 * ("unknown component type") with the same {@code FILE:LINE:COLUMN} as syntax errors.
 *
 * <p>The tree is immutable. Numbers keep both their {@code double} value and their literal text, so a loader can
 * tell a huge number (value infinite) from a real one.
 */
public sealed interface JsonValue {

    Position position();

    /** The JSON name of this value's type, for messages: object, array, string, number, boolean or null. */
    String typeName();

    record JsonObject(Map<String, JsonValue> members, Map<String, Position> keyPositions, Position position)
            implements JsonValue {
        public JsonObject {
            members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
            keyPositions = Map.copyOf(keyPositions);
        }

        @Override
        public String typeName() {
            return "object";
        }

        public JsonValue get(String key) {
            return members.get(key);
        }

        public Position keyPosition(String key) {
            return keyPositions.getOrDefault(key, position);
        }
    }

    record JsonArray(List<JsonValue> elements, Position position) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    record JsonString(String value, Position position) implements JsonValue {
        @Override
        public String typeName() {
            return "string";
        }
    }

    record JsonNumber(double value, String text, Position position) implements JsonValue {
        @Override
        public String typeName() {
            return "number";
        }

        public boolean isFinite() {
            return Double.isFinite(value);
        }

        public boolean isIntegral() {
            return isFinite() && value == Math.rint(value);
        }
    }

    record JsonBoolean(boolean value, Position position) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    record JsonNull(Position position) implements JsonValue {
        @Override
        public String typeName() {
            return "null";
        }
    }
}
