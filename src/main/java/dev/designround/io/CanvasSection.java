package dev.designround.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonValue;
import dev.designround.json.Position;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional {@code canvas} section of a design file: what is drawn on the canvas beside the cards and arrows,
 * for people rather than for grading. It has a version of its own, so that it can grow without touching the
 * design's format; files without it (every file written before it existed) open as before, with neither.
 *
 * <pre>
 * "canvas": {
 *   "version": 1,
 *   "zones": [{"id": "z1", "label": "HIPAA boundary", "x": 0, "y": 0, "width": 640, "height": 320}],
 *   "texts": [{"id": "t1", "text": "PHI never leaves\nthe boundary", "x": 16, "y": 336}]
 * }
 * </pre>
 */
public final class CanvasSection {

    public static final String KEY = "canvas";
    public static final int VERSION = 1;

    private CanvasSection() {
    }

    /** Whether a design has anything this section holds (if not, it is not written). */
    static boolean has(Design design) {
        return !design.zones().isEmpty() || !design.texts().isEmpty();
    }

    /** Reads the section into the design, recording every problem; adds nothing when it is absent or broken. */
    static void read(JsonFields file, Design design) {
        Optional<JsonFields> maybe = file.optionalObject(KEY, "canvas");
        if (maybe.isEmpty()) {
            return;
        }
        JsonFields c = maybe.get();
        int before = c.problems().size();
        Optional<Integer> version = c.optionalInt("version", 1, Integer.MAX_VALUE);
        if (c.has("version") && version.isEmpty()) {
            return;
        }
        if (version.isEmpty()) {
            c.problem("version", "canvas: missing required field \"version\"");
            return;
        }
        if (version.get() > VERSION) {
            c.problem("version", "canvas section version " + version.get() + " is newer than this Design Round "
                    + "understands (" + VERSION + "): update Design Round to open it");
            return;
        }
        c.allowOnly("version", "zones", "texts");
        List<JsonValue> zoneValues = c.array("zones");
        List<JsonValue> textValues = c.array("texts");
        if (zoneValues.size() > DesignFormat.MAX_ZONES) {
            c.problem("zones", "canvas has " + zoneValues.size() + " zones, more than the limit of "
                    + DesignFormat.MAX_ZONES);
            return;
        }
        if (textValues.size() > DesignFormat.MAX_TEXTS) {
            c.problem("texts", "canvas has " + textValues.size() + " text notes, more than the limit of "
                    + DesignFormat.MAX_TEXTS);
            return;
        }
        Map<String, Position> zoneIds = new HashMap<>();
        List<Zone> zones = new java.util.ArrayList<>();
        for (int i = 0; i < zoneValues.size(); i++) {
            zone(zoneValues.get(i), i, zoneIds, c).ifPresent(zones::add);
        }
        Map<String, Position> textIds = new HashMap<>();
        List<TextNote> texts = new java.util.ArrayList<>();
        for (int i = 0; i < textValues.size(); i++) {
            text(textValues.get(i), i, textIds, c).ifPresent(texts::add);
        }
        if (c.problems().size() == before) {
            zones.forEach(design::addZone);
            texts.forEach(design::addText);
        }
    }

    private static Optional<Zone> zone(JsonValue value, int index, Map<String, Position> ids, JsonFields c) {
        Optional<JsonFields> f = item(value, "zones", "zone", index, ids, c);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        JsonFields z = f.get();
        z.allowOnly("id", "label", "x", "y", "width", "height");
        String label = z.optionalString("label").orElse("");
        double x = z.optionalNumberIn("x", -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE).orElse(0);
        double y = z.optionalNumberIn("y", -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE).orElse(0);
        double width = size(z, "width");
        double height = size(z, "height");
        if (Double.isNaN(width) || Double.isNaN(height)) {
            return Optional.empty();
        }
        return Optional.of(new Zone(z.requiredString("id").orElseThrow(), label, x, y, width, height));
    }

    private static double size(JsonFields z, String key) {
        if (!z.has(key)) {
            z.requiredNumber(key); // says it is missing
            return Double.NaN;
        }
        return z.optionalNumberIn(key, Zone.MIN_SIZE, Zone.MAX_SIZE).orElse(Double.NaN);
    }

    private static Optional<TextNote> text(JsonValue value, int index, Map<String, Position> ids, JsonFields c) {
        Optional<JsonFields> f = item(value, "texts", "text note", index, ids, c);
        if (f.isEmpty()) {
            return Optional.empty();
        }
        JsonFields t = f.get();
        t.allowOnly("id", "text", "x", "y");
        Optional<String> text = t.requiredString("text");
        double x = t.optionalNumberIn("x", -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE).orElse(0);
        double y = t.optionalNumberIn("y", -CardGeometry.MAX_COORDINATE, CardGeometry.MAX_COORDINATE).orElse(0);
        return text.map(s -> new TextNote(t.requiredString("id").orElseThrow(), s, x, y));
    }

    /** An entry of {@code zones} or {@code texts} with a fresh, not too long id; empty when it has none. */
    private static Optional<JsonFields> item(JsonValue value, String array, String kind, int index,
                                             Map<String, Position> ids, JsonFields c) {
        String where = "canvas " + array + "[" + index + "]";
        Optional<JsonFields> maybe = JsonFields.of(value, where, c.problems());
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = maybe.get().requiredString("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = new JsonFields(maybe.get().object(), kind + " \"" + id.get() + "\"", c.problems());
        if (id.get().length() > DesignFormat.MAX_ID_LENGTH) {
            f.problem("id", where + ": id is longer than " + DesignFormat.MAX_ID_LENGTH + " characters");
            return Optional.empty();
        }
        if (ids.containsKey(id.get())) {
            f.problem("id", "duplicate " + kind + " id \"" + id.get() + "\" (first used at line "
                    + ids.get(id.get()).line() + ")");
            return Optional.empty();
        }
        ids.put(id.get(), f.position("id"));
        return Optional.of(f);
    }

    /** Writes the section after the design's edges. */
    static void write(JsonGenerator g, Design design) throws IOException {
        g.writeObjectFieldStart(KEY);
        g.writeNumberField("version", VERSION);
        if (!design.zones().isEmpty()) {
            g.writeArrayFieldStart("zones");
            for (Zone z : design.zones()) {
                g.writeStartObject();
                g.writeStringField("id", z.id());
                if (!z.label().isEmpty()) {
                    g.writeStringField("label", z.label());
                }
                number(g, "x", z.x());
                number(g, "y", z.y());
                number(g, "width", z.width());
                number(g, "height", z.height());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!design.texts().isEmpty()) {
            g.writeArrayFieldStart("texts");
            for (TextNote t : design.texts()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("text", t.text());
                number(g, "x", t.x());
                number(g, "y", t.y());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, double value) throws IOException {
        g.writeFieldName(field);
        DesignWriter.number(g, value);
    }
}
