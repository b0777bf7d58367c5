package dev.designround.io.imports;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignFormat;
import dev.designround.json.InputException;
import dev.designround.json.Suggestions;
import dev.designround.layout.Arrangement;
import dev.designround.layout.LayeredLayout;
import dev.designround.layout.ZoneTree;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.LabelTypes;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Rect;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a diagram into a design: each shape a node whose type is the one the file states (Design Round's own
 * export), else the one its label names, else the one its outline shows ({@link LabelTypes}), else
 * {@code custom}; each arrow an edge, async when dashed unless Design Round wrote its kind. Shapes keep their
 * places when the tool placed every one of them, the layout stretched just enough that cards do not overlap
 * ({@link #stretch}); otherwise the design is laid out in layers. Boundaries become zones and free text text
 * notes, where the tool put them, or around what they hold once laid out (Mermaid's subgraphs). Node ids are the
 * ones Design Round wrote, else Mermaid's own ids, else made from the labels ("vector-db", "vector-db-2").
 */
final class Recogniser {

    /** How text notes are laid out, for the zones drawn around them. */
    private static final TextNoteDrawing NOTES = new TextNoteDrawing(DiagramFont.get());

    private final Catalog catalog;
    private final Map<String, String> typeByName = new HashMap<>();

    Recogniser(Catalog catalog) {
        this.catalog = catalog;
        for (ComponentType t : catalog.types()) {
            typeByName.put(t.name().toLowerCase(Locale.ROOT), t.id());
        }
    }

    /** Whether a text is a component type's name ("LLM", "Vector DB"), as exports write types. */
    boolean isTypeName(String text) {
        return typeByName.containsKey(text.strip().toLowerCase(Locale.ROOT));
    }

    ImportResult recognise(Diagram diagram, String display) throws InputException {
        if (diagram.shapes().size() > DesignFormat.MAX_NODES) {
            throw new InputException(display, "the diagram has " + diagram.shapes().size() + " shapes, more than the "
                    + "limit of " + DesignFormat.MAX_NODES);
        }
        if (diagram.links().size() > DesignFormat.MAX_EDGES) {
            throw new InputException(display, "the diagram has " + diagram.links().size() + " arrows, more than the "
                    + "limit of " + DesignFormat.MAX_EDGES);
        }
        Design design = new Design(new DesignInfo(diagram.saved().scenario(), diagram.title(),
                diagram.saved().notes()));
        boolean placed = diagram.shapes().stream().allMatch(s -> s.position().isPresent());
        // Design Round's own export is placed as it was; another tool's shapes, smaller than cards, are spread out
        double stretch = !placed || diagram.shapes().stream().anyMatch(s -> s.own().id().isPresent()) ? 1
                : stretch(diagram.shapes().stream().map(s -> s.position().get()).toList());
        Map<String, String> nodeOf = new HashMap<>();
        List<RecognisedShape> shapes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Diagram.Shape s : diagram.shapes()) {
            if (nodeOf.containsKey(s.key())) {
                continue;
            }
            RecognisedShape r = recognise(s, display);
            String id = id(s, r, diagram, taken);
            r = new RecognisedShape(id, r.text(), r.type(), r.how(), r.evidence());
            Diagram.Point at = placed ? stretched(s.position().get(), stretch) : new Diagram.Point(0, 0);
            design.addNode(new Node(id, r.type(), r.text(), at.x(), at.y(), s.own().props(),
                    capabilities(s, display), s.own().readsLabel()));
            nodeOf.put(s.key(), id);
            shapes.add(r);
        }
        Set<String> edgeIds = new HashSet<>();
        List<Diagram.Link> links = diagram.links();
        int n = 0;
        for (Diagram.Link l : links) {
            String from = nodeOf.get(l.from());
            String to = nodeOf.get(l.to());
            if (from == null || to == null) {
                continue;
            }
            String id = l.id().filter(i -> !i.isBlank() && i.length() <= DesignFormat.MAX_ID_LENGTH
                    && !edgeIds.contains(i)).orElse(null);
            while (id == null || edgeIds.contains(id)) {
                id = "e" + ++n;
            }
            edgeIds.add(id);
            EdgeKind kind = l.kind().flatMap(EdgeKind::fromId).orElse(l.dashed() ? EdgeKind.ASYNC : EdgeKind.FLOW);
            design.addEdge(new Edge(id, from, to, l.text(), kind));
        }
        Map<String, Diagram.Box> boxes = new HashMap<>(); // where each shape, note and area ended up, by key
        if (!placed && design.nodeCount() > 0) {
            boxes.putAll(arrange(diagram, design, nodeOf));
        }
        nodeOf.forEach((key, id) -> design.node(id).ifPresent(node -> boxes.put(key, new Diagram.Box(node.x(),
                node.y(), CardGeometry.WIDTH, CardGeometry.HEIGHT))));
        notes(diagram, design, placed, stretch, boxes, display);
        zones(diagram, design, placed, stretch, boxes, display);
        return new ImportResult(diagram.tool(), diagram.page(), design, shapes, diagram.leftOut());
    }

    /**
     * Lays out a design whose shapes have no positions, in layers, each group (a Mermaid subgraph) drawn around
     * what it holds and around nothing else, nested groups inside their parents: the whiteboard's Auto-arrange, told
     * what each group holds ({@link ZoneTree}). Returns the groups' boxes by key; groups holding no shape have none.
     */
    private static Map<String, Diagram.Box> arrange(Diagram diagram, Design design, Map<String, String> nodeOf) {
        Map<String, Diagram.Area> byKey = new LinkedHashMap<>();
        diagram.areas().forEach(a -> byKey.putIfAbsent(a.key(), a));
        Design scratch = design.copy();
        Map<String, String> zoneOf = new HashMap<>(); // area key -> scratch zone id
        for (Diagram.Area area : byKey.values()) {
            if (holdsShape(area, byKey, nodeOf, new HashSet<>())) {
                String id = "z" + (zoneOf.size() + 1);
                zoneOf.put(area.key(), id);
                scratch.addZone(new Zone(id, area.label(), 0, 0, Zone.MIN_SIZE, Zone.MIN_SIZE));
            }
        }
        Map<String, String> parentOfZone = new HashMap<>();
        Map<String, String> zoneOfNode = new HashMap<>();
        for (Diagram.Area area : byKey.values()) {
            String zone = zoneOf.get(area.key());
            if (zone == null) {
                continue;
            }
            for (String member : area.members()) {
                if (nodeOf.containsKey(member)) {
                    zoneOfNode.putIfAbsent(nodeOf.get(member), zone);
                } else if (zoneOf.containsKey(member) && !parentOfZone.containsKey(zoneOf.get(member))
                        && !within(zone, zoneOf.get(member), parentOfZone)) {
                    parentOfZone.put(zoneOf.get(member), zone);
                }
            }
        }
        Arrangement arranged = new LayeredLayout().arrange(scratch, ZoneTree.of(scratch, parentOfZone, zoneOfNode));
        arranged.nodes().forEach((id, p) -> design.node(id).ifPresent(n -> design.updateNode(n.withPosition(p.x(),
                p.y()))));
        Map<String, Diagram.Box> boxes = new HashMap<>();
        zoneOf.forEach((key, id) -> Optional.ofNullable(arranged.zones().get(id)).ifPresent(z -> boxes.put(key,
                new Diagram.Box(z.x(), z.y(), z.width(), z.height()))));
        return boxes;
    }

    /** Whether an area holds a shape, itself or through the areas in it. */
    private static boolean holdsShape(Diagram.Area area, Map<String, Diagram.Area> byKey, Map<String, String> nodeOf,
                                      Set<String> seen) {
        if (!seen.add(area.key())) {
            return false;
        }
        return area.members().stream().anyMatch(m -> nodeOf.containsKey(m)
                || (byKey.containsKey(m) && holdsShape(byKey.get(m), byKey, nodeOf, seen)));
    }

    /** Whether a zone is the other or nested in it, however deep. */
    private static boolean within(String zone, String other, Map<String, String> parentOfZone) {
        for (String z = zone; z != null; z = parentOfZone.get(z)) {
            if (z.equals(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Free text becomes text notes, where the tool put them (stretched with the shapes); a note the tool did not
     * place, in a design laid out anew, goes under the design.
     */
    private static void notes(Diagram diagram, Design design, boolean placed, double stretch,
                              Map<String, Diagram.Box> boxes, String display) throws InputException {
        if (diagram.notes().size() > DesignFormat.MAX_TEXTS) {
            throw new InputException(display, "the diagram has " + diagram.notes().size() + " free texts, more than "
                    + "the limit of " + DesignFormat.MAX_TEXTS);
        }
        double below = boxes.values().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0)
                + CardGeometry.HEIGHT;
        double left = boxes.values().stream().mapToDouble(Diagram.Box::x).min().orElse(0);
        Set<String> taken = new HashSet<>();
        int n = 0;
        for (Diagram.Note note : diagram.notes()) {
            if (note.text().isBlank()) {
                continue;
            }
            Diagram.Point at;
            if (note.position().isPresent() && (placed || note.ownId().isPresent())) {
                Diagram.Point p = note.position().get();
                at = stretch == 1 ? p : new Diagram.Point(Math.round(p.x() * stretch), Math.round(p.y() * stretch));
            } else {
                at = new Diagram.Point(left + n++ * (TextNoteDrawing.MAX_WIDTH + GAP_X), below);
            }
            String id = unique(note.ownId().filter(Recogniser::usableId).orElse("note-1"), taken);
            TextNote t = new TextNote(id, note.text(), at.x(), at.y());
            design.addText(t);
            Rect drawn = NOTES.layout(t).box();
            boxes.put(note.key(), new Diagram.Box(drawn.x(), drawn.y(), drawn.width(), drawn.height()));
        }
    }

    /**
     * Boundaries become zones: where the tool drew them (stretched with the shapes), or, for a tool that places
     * nothing (Mermaid subgraphs), around what they hold once it is laid out, nested ones inside their parents.
     */
    private static void zones(Diagram diagram, Design design, boolean placed, double stretch,
                              Map<String, Diagram.Box> boxes, String display) throws InputException {
        if (diagram.areas().size() > DesignFormat.MAX_ZONES) {
            throw new InputException(display, "the diagram has " + diagram.areas().size() + " groups or subgraphs, "
                    + "more than the limit of " + DesignFormat.MAX_ZONES);
        }
        Map<String, Diagram.Area> byKey = new HashMap<>();
        diagram.areas().forEach(a -> byKey.putIfAbsent(a.key(), a));
        Set<String> taken = new HashSet<>();
        for (Diagram.Area area : diagram.areas()) {
            Optional<Diagram.Box> box = boxOf(area, byKey, placed, stretch, boxes, new HashSet<>());
            if (box.isEmpty()) {
                continue; // a subgraph holding nothing: there is nothing to draw it around
            }
            String id = unique(area.ownId().filter(Recogniser::usableId).orElse("zone-1"), taken);
            Diagram.Box b = box.get();
            design.addZone(new Zone(id, area.label(), b.x(), b.y(), b.width(), b.height()));
        }
    }

    /** An area's box: as drawn, or around its members; empty for an area with nothing in it and no box. */
    private static Optional<Diagram.Box> boxOf(Diagram.Area area, Map<String, Diagram.Area> byKey, boolean placed,
                                               double stretch, Map<String, Diagram.Box> boxes, Set<String> seen) {
        if (boxes.containsKey(area.key())) {
            return Optional.of(boxes.get(area.key()));
        }
        if (!seen.add(area.key())) {
            return Optional.empty(); // a subgraph inside itself
        }
        Optional<Diagram.Box> box;
        if (area.box().isPresent() && (placed || area.ownId().isPresent())) {
            Diagram.Box b = area.box().get();
            box = Optional.of(stretch == 1 ? b : new Diagram.Box(Math.round(b.x() * stretch),
                    Math.round(b.y() * stretch), Math.round(b.width() * stretch), Math.round(b.height() * stretch)));
        } else {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (String member : area.members()) {
                Optional<Diagram.Box> m = byKey.containsKey(member) && !boxes.containsKey(member)
                        ? boxOf(byKey.get(member), byKey, placed, stretch, boxes, seen)
                        : Optional.ofNullable(boxes.get(member));
                if (m.isPresent()) {
                    minX = Math.min(minX, m.get().x());
                    minY = Math.min(minY, m.get().y());
                    maxX = Math.max(maxX, m.get().x() + m.get().width());
                    maxY = Math.max(maxY, m.get().y() + m.get().height());
                }
            }
            box = minX == Double.MAX_VALUE ? Optional.empty() : Optional.of(new Diagram.Box(minX - ZoneDrawing.INSET,
                    minY - ZoneDrawing.TITLE_HEIGHT, maxX - minX + 2 * ZoneDrawing.INSET,
                    maxY - minY + ZoneDrawing.TITLE_HEIGHT + ZoneDrawing.INSET));
        }
        box.ifPresent(b -> boxes.put(area.key(), b));
        return box;
    }

    private static boolean usableId(String id) {
        return !id.isBlank() && id.length() <= DesignFormat.MAX_ID_LENGTH;
    }

    /** The id, or the next free of id-2, id-3, ... ("note-1" goes on as "note-2"). */
    private static String unique(String wanted, Set<String> taken) {
        String stem = wanted.endsWith("-1") ? wanted.substring(0, wanted.length() - 2) : wanted;
        String id = wanted;
        int n = 2;
        while (!taken.add(id)) {
            id = stem + "-" + n++;
        }
        return id;
    }

    /** The gap kept between two cards side by side, and between two cards one above the other. */
    static final double GAP_X = 24;
    static final double GAP_Y = 16;
    /** The most a layout is stretched: shapes drawn on top of each other are not worth a huge canvas. */
    static final double MAX_STRETCH = 3;

    /**
     * How much to stretch a tool's layout, about its origin, so that no two cards overlap. Tools draw shapes
     * smaller than cards (draw.io's default is 120 x 60, a card 176 x 64), so shapes that sit apart in the
     * drawing would overlap as cards. Shapes drawn almost on top of each other are left so: stretching would not
     * part them.
     *
     * @param corners each card's top-left corner, centred where its shape was
     * @return 1 when nothing overlaps, else the smallest factor that parts every pair, at most {@link #MAX_STRETCH}
     */
    static double stretch(List<Diagram.Point> corners) {
        double needX = CardGeometry.WIDTH + GAP_X;
        double needY = CardGeometry.HEIGHT + GAP_Y;
        List<Diagram.Point> byX = corners.stream().sorted(java.util.Comparator.comparingDouble(Diagram.Point::x))
                .toList();
        double factor = 1;
        for (int i = 0; i < byX.size(); i++) {
            for (int j = i + 1; j < byX.size() && byX.get(j).x() - byX.get(i).x() < needX; j++) {
                double dx = byX.get(j).x() - byX.get(i).x();
                double dy = Math.abs(byX.get(j).y() - byX.get(i).y());
                if (dy >= needY || (dx < CardGeometry.WIDTH / 4 && dy < CardGeometry.HEIGHT / 4)) {
                    continue;
                }
                factor = Math.max(factor, Math.min(dx == 0 ? Double.MAX_VALUE : needX / dx,
                        dy == 0 ? Double.MAX_VALUE : needY / dy));
            }
        }
        return Math.min(factor, MAX_STRETCH);
    }

    /** A card's corner with the layout stretched about the origin (its centre moves, its size does not). */
    private static Diagram.Point stretched(Diagram.Point corner, double factor) {
        if (factor == 1) {
            return corner;
        }
        double halfW = CardGeometry.WIDTH / 2;
        double halfH = CardGeometry.HEIGHT / 2;
        return new Diagram.Point(Math.round((corner.x() + halfW) * factor - halfW),
                Math.round((corner.y() + halfH) * factor - halfH));
    }

    private RecognisedShape recognise(Diagram.Shape s, String display) {
        String text = s.text();
        Optional<String> stated = s.own().type().flatMap(this::typeOf);
        if (stated.isPresent()) {
            String name = catalog.type(stated.get()).map(ComponentType::name).orElse("");
            int lastBreak = text.lastIndexOf('\n');
            if (lastBreak > 0 && text.substring(lastBreak + 1).strip().equalsIgnoreCase(name)) {
                text = text.substring(0, lastBreak).strip(); // the type's name under the label, as exports write it
            } else if (!s.own().labelled() && text.strip().equalsIgnoreCase(name)) {
                text = "";
            }
            return new RecognisedShape("", text, stated.get(), RecognisedShape.How.STATED, s.own().type().get());
        }
        Optional<LabelTypes.Reading> reading = catalog.labelTypes().typeOf(text, s.outline());
        if (reading.isPresent()) {
            RecognisedShape.How how = reading.get().source() == LabelTypes.Source.LABEL ? RecognisedShape.How.LABEL
                    : RecognisedShape.How.OUTLINE;
            return new RecognisedShape("", text, reading.get().type(), how, reading.get().evidence());
        }
        return new RecognisedShape("", text, CatalogLoader.CUSTOM_TYPE, RecognisedShape.How.CUSTOM, "");
    }

    /** A stated type: an id ("vector-db") or a name ("Vector DB"). */
    private Optional<String> typeOf(String stated) {
        String s = stated.strip();
        if (catalog.type(s).isPresent()) {
            return Optional.of(s);
        }
        return Optional.ofNullable(typeByName.get(s.toLowerCase(Locale.ROOT)));
    }

    private List<String> capabilities(Diagram.Shape s, String display) throws InputException {
        for (String c : s.own().capabilities()) {
            if (catalog.capability(c).isEmpty()) {
                throw new InputException(display, "shape " + s.key() + " (\"" + s.text() + "\"): unknown capability \""
                        + c + "\"" + Suggestions.didYouMean(c, catalog.capabilityIds()));
            }
        }
        return s.own().capabilities();
    }

    private static String id(Diagram.Shape s, RecognisedShape r, Diagram diagram, Set<String> taken) {
        String wanted = s.own().id().filter(i -> !i.isBlank() && i.length() <= DesignFormat.MAX_ID_LENGTH)
                .orElse(diagram.tool().equals(MermaidReader.TOOL) ? s.key() : slug(r.text(), r.type()));
        String id = wanted;
        int n = 2;
        while (taken.contains(id)) {
            id = wanted + "-" + n++;
        }
        taken.add(id);
        return id;
    }

    /** Lower-case words of a label joined by hyphens, at most five of them ("vector-db"); else the type id. */
    static String slug(String label, String type) {
        List<String> words = new ArrayList<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && words.size() < 5) {
                words.add(w);
            }
        }
        String s = String.join("-", words);
        return s.isEmpty() || s.length() > 60 ? type : s;
    }
}
