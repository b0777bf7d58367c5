package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.JsonValue;
import dev.designround.model.CardGeometry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an Excalidraw scene ({@code .excalidraw}, or what Excalidraw puts on the clipboard): rectangles, ellipses
 * and diamonds are shapes, their text the text bound to them (as typed, before Excalidraw wrapped it); arrows join
 * the shapes they are bound to. Excalidraw does not bind everything people draw, so a free text standing inside a
 * shape with no text of its own is that shape's label, and an arrow end that is not bound but lies on a shape is
 * taken as joined to it. Other free text becomes a text note, and a frame a zone. Deleted elements are ignored;
 * dashed and dotted arrows are dashed; an arrow whose only head is at its start points back.
 */
final class ExcalidrawReader {

    static final String TOOL = "Excalidraw";

    private static final Set<String> SHAPES = Set.of("rectangle", "ellipse", "diamond");
    /** How far outside a shape an unbound arrow end may stop and still be taken as joined to it. */
    private static final double REACH = 12;

    private record Box(String id, double x, double y, double w, double h) {
        boolean holds(double px, double py, double margin) {
            return px >= x - margin && px <= x + w + margin && py >= y - margin && py <= y + h + margin;
        }
    }

    Diagram read(JsonValue root, String display) throws InputException {
        if (!(root instanceof JsonValue.JsonObject scene)) {
            throw new InputException(display, root.position(), "not an Excalidraw scene: expected a JSON object");
        }
        JsonValue elementsValue = scene.get("elements");
        if (!(elementsValue instanceof JsonValue.JsonArray array)) {
            throw new InputException(display, scene.position(), "not an Excalidraw scene: no \"elements\" array");
        }
        Map<String, JsonValue.JsonObject> elements = new LinkedHashMap<>();
        for (JsonValue v : array.elements()) {
            if (!(v instanceof JsonValue.JsonObject e)) {
                throw new InputException(display, v.position(), "an element of \"elements\" is " + v.typeName()
                        + ", not an object");
            }
            String id = string(e, "id");
            if (id.isEmpty() || bool(e, "isDeleted")) {
                continue;
            }
            if (elements.putIfAbsent(id, e) != null) {
                throw new InputException(display, e.position(), "two elements have the id \"" + id + "\"");
            }
        }

        Map<String, Box> boxes = new LinkedHashMap<>();
        for (JsonValue.JsonObject e : elements.values()) {
            if (SHAPES.contains(string(e, "type"))) {
                boxes.put(string(e, "id"), box(e));
            }
        }
        Map<String, String> labels = new HashMap<>();
        List<Diagram.Note> notes = new ArrayList<>();
        for (JsonValue.JsonObject e : elements.values()) {
            if (!string(e, "type").equals("text")) {
                continue;
            }
            String text = text(e);
            String container = string(e, "containerId");
            if (!container.isEmpty()) {
                labels.merge(container, text, (a, b) -> a + "\n" + b);
                continue;
            }
            Box t = box(e);
            Optional<Box> under = boxes.values().stream()
                    .filter(b -> !labels.containsKey(b.id) && b.holds(t.x + t.w / 2, t.y + t.h / 2, 0))
                    .min(java.util.Comparator.comparingDouble(b -> b.w * b.h));
            if (under.isPresent()) {
                labels.put(under.get().id, text);
            } else if (!text.isBlank()) {
                notes.add(new Diagram.Note(string(e, "id"), text.strip(), Optional.of(new Diagram.Point(t.x, t.y)),
                        Optional.empty()));
            }
        }
        List<Diagram.Area> areas = new ArrayList<>();
        for (JsonValue.JsonObject e : elements.values()) {
            if (string(e, "type").equals("frame") || string(e, "type").equals("magicframe")) {
                Box f = box(e);
                areas.add(new Diagram.Area(f.id, HtmlText.tidy(string(e, "name")).strip(), Optional.of(
                        new Diagram.Box(f.x, f.y, f.w, f.h)), List.of(), Optional.empty()));
            }
        }

        List<Diagram.Shape> shapes = new ArrayList<>();
        for (Box b : boxes.values()) {
            shapes.add(new Diagram.Shape(b.id, labels.getOrDefault(b.id, "").strip(), Optional.empty(),
                    Optional.of(new Diagram.Point(b.x + b.w / 2 - CardGeometry.WIDTH / 2,
                            b.y + b.h / 2 - CardGeometry.HEIGHT / 2)), Diagram.Own.NONE));
        }

        List<Diagram.Link> links = new ArrayList<>();
        int loose = 0;
        for (JsonValue.JsonObject e : elements.values()) {
            if (!string(e, "type").equals("arrow")) {
                continue;
            }
            Optional<String> from = end(e, "startBinding", true, boxes, elements);
            Optional<String> to = end(e, "endBinding", false, boxes, elements);
            if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get()) && !bound(e)) {
                loose++;
                continue;
            }
            boolean back = isNull(e, "endArrowhead") && !isNull(e, "startArrowhead");
            String style = string(e, "strokeStyle");
            links.add(new Diagram.Link(back ? to.get() : from.get(), back ? from.get() : to.get(),
                    labels.getOrDefault(string(e, "id"), "").strip(), style.equals("dashed") || style.equals("dotted"),
                    Optional.empty(), Optional.empty()));
        }
        List<String> leftOut = new ArrayList<>();
        DrawioReader.count(leftOut, loose, "arrow with a loose end", "arrows with a loose end");
        return new Diagram(TOOL, Optional.empty(), "", Diagram.Saved.NONE, shapes, links, areas, notes, leftOut);
    }

    private static boolean bound(JsonValue.JsonObject arrow) {
        return arrow.get("startBinding") instanceof JsonValue.JsonObject
                && arrow.get("endBinding") instanceof JsonValue.JsonObject;
    }

    /** The shape an arrow end is bound to, else the one it stops on. */
    private static Optional<String> end(JsonValue.JsonObject arrow, String binding, boolean start,
                                        Map<String, Box> boxes, Map<String, JsonValue.JsonObject> elements) {
        if (arrow.get(binding) instanceof JsonValue.JsonObject b) {
            String target = string(b, "elementId");
            if (boxes.containsKey(target)) {
                return Optional.of(target);
            }
            JsonValue.JsonObject bound = elements.get(target);
            if (bound != null && boxes.containsKey(string(bound, "containerId"))) {
                return Optional.of(string(bound, "containerId"));
            }
        }
        if (!(arrow.get("points") instanceof JsonValue.JsonArray points) || points.elements().isEmpty()) {
            return Optional.empty();
        }
        JsonValue p = points.elements().get(start ? 0 : points.elements().size() - 1);
        if (!(p instanceof JsonValue.JsonArray xy) || xy.elements().size() < 2) {
            return Optional.empty();
        }
        double px = number(arrow, "x") + number(xy.elements().get(0));
        double py = number(arrow, "y") + number(xy.elements().get(1));
        return boxes.values().stream().filter(b -> b.holds(px, py, REACH))
                .min(java.util.Comparator.comparingDouble(b -> b.w * b.h)).map(Box::id);
    }

    private static Box box(JsonValue.JsonObject e) {
        double w = number(e, "width");
        double h = number(e, "height");
        double x = number(e, "x");
        double y = number(e, "y");
        // Excalidraw keeps a shape dragged past its corner with a negative size
        return new Box(string(e, "id"), w < 0 ? x + w : x, h < 0 ? y + h : y, Math.abs(w), Math.abs(h));
    }

    private static String text(JsonValue.JsonObject e) {
        String original = string(e, "originalText");
        return HtmlText.tidy(original.isEmpty() ? string(e, "text") : original);
    }

    private static String string(JsonValue.JsonObject o, String key) {
        return o.get(key) instanceof JsonValue.JsonString s ? s.value() : "";
    }

    private static boolean bool(JsonValue.JsonObject o, String key) {
        return o.get(key) instanceof JsonValue.JsonBoolean b && b.value();
    }

    private static boolean isNull(JsonValue.JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v instanceof JsonValue.JsonNull;
    }

    private static double number(JsonValue.JsonObject o, String key) {
        return number(o.get(key));
    }

    private static double number(JsonValue v) {
        double d = v instanceof JsonValue.JsonNumber n ? n.value() : 0;
        return Double.isFinite(d) ? Math.max(-1e7, Math.min(1e7, d)) : 0;
    }
}
