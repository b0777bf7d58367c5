package dev.designround.layout;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The quick layout for a design with zones, when ELK cannot be used (too large, or it failed): each zone's own
 * cards are laid out in layers as a block ({@link QuickLayers}; arrows to cards elsewhere are not considered), and
 * the block, the zones nested in the zone and its text notes are packed in rows, left to right, inside it. The
 * zone is sized around them, with room for its title; an empty zone keeps its size. What is in no zone is packed
 * the same way, so a design without zones is laid out exactly as {@link QuickLayers} lays it out.
 *
 * <p>Every position and size it makes is on the grid, so what it puts inside a zone stays inside when snapped.
 */
final class QuickZones {

    /** Room between two packed items. */
    static final double GAP = 2 * CardGeometry.GRID;

    /** Something to pack: its size (on the grid) and how to put it somewhere. */
    private record Item(double width, double height, Placer placer) {
    }

    @FunctionalInterface
    private interface Placer {
        void at(double x, double y);
    }

    private final ZoneTree zones;
    /** The edges between two cards of the same zone, by zone id ("" for none). */
    private final Map<String, List<Edge>> edgesWithin = new HashMap<>();
    private final Placement out = new Placement();
    /** Each zone's size once what it holds is laid out, by id. */
    private final Map<String, Box> sizes = new HashMap<>();

    private QuickZones(Design design, ZoneTree zones) {
        this.zones = zones;
        for (Edge e : design.edges()) {
            String from = zones.zoneOfNode(e.from()).orElse("");
            if (from.equals(zones.zoneOfNode(e.to()).orElse(""))) {
                edgesWithin.computeIfAbsent(from, k -> new ArrayList<>()).add(e);
            }
        }
    }

    static Placement place(Design design, ZoneTree zones) {
        QuickZones q = new QuickZones(design, zones);
        List<Zone> outerFirst = zones.outerFirst();
        for (int i = outerFirst.size() - 1; i >= 0; i--) { // inner zones first, without recursing however deep
            q.zone(outerFirst.get(i));
        }
        q.pack(q.items(zones.freeNodes(), zones.roots(), List.of()), 0, 0);
        return q.out;
    }

    /** What a level holds, the zones in it already sized: its cards as one block, its zones, its notes. */
    private List<Item> items(List<Node> cards, List<Zone> children, List<TextNote> notes) {
        List<Item> items = new ArrayList<>();
        if (!cards.isEmpty()) {
            items.add(block(cards, edgesWithin.getOrDefault(zones.zoneOfNode(cards.get(0).id()).orElse(""),
                    List.of())));
        }
        for (Zone child : children) {
            Box size = sizes.get(child.id());
            items.add(new Item(Sizes.up(size.width()), Sizes.up(size.height()),
                    (x, y) -> out.zones.put(child.id(), size.at(x, y))));
        }
        for (TextNote note : notes) {
            Box size = Sizes.note(note);
            items.add(new Item(Sizes.up(size.width()), Sizes.up(size.height()),
                    (x, y) -> out.texts.put(note.id(), size.at(x, y))));
        }
        return items;
    }

    /** Lays out what a zone holds, the zones in it already sized, and sizes the zone. */
    private void zone(Zone zone) {
        List<Item> items = items(zones.nodesIn(zone.id()), zones.children(zone.id()), zones.textsIn(zone.id()));
        if (items.isEmpty()) {
            sizes.put(zone.id(), new Box(0, 0, zone.width(), zone.height()));
            return;
        }
        Box packed = pack(items, Sizes.ZONE_PAD, Sizes.ZONE_TOP);
        sizes.put(zone.id(), new Box(0, 0, Math.max(packed.right() + Sizes.ZONE_PAD, Sizes.titleWidth(zone)),
                packed.bottom() + Sizes.ZONE_PAD));
    }

    /** Cards in layers, on the grid, as one item. */
    private Item block(List<Node> cards, List<Edge> edges) {
        Map<String, CanvasPoint> layers = QuickLayers.arrange(cards, edges);
        double width = 0;
        double height = 0;
        for (CanvasPoint p : layers.values()) {
            width = Math.max(width, Sizes.snap(p.x()) + CardGeometry.WIDTH);
            height = Math.max(height, Sizes.snap(p.y()) + CardGeometry.HEIGHT);
        }
        return new Item(width, height, (x, y) -> layers.forEach((id, p) -> out.nodes.put(id,
                new Box(x + Sizes.snap(p.x()), y + Sizes.snap(p.y()), CardGeometry.WIDTH, CardGeometry.HEIGHT))));
    }

    /**
     * Packs items in rows from a corner, each row as wide as the widest item or as makes the whole about twice as
     * wide as it is tall; returns the box they take.
     */
    private static Box pack(List<Item> items, double left, double top) {
        double area = 0;
        double widest = 0;
        for (Item item : items) {
            area += (item.width() + GAP) * (item.height() + GAP);
            widest = Math.max(widest, item.width());
        }
        double rowWidth = Math.max(widest, Math.sqrt(2 * area));
        double x = 0;
        double y = 0;
        double rowHeight = 0;
        double right = 0;
        for (Item item : items) {
            if (x > 0 && x + item.width() > rowWidth) {
                x = 0;
                y += rowHeight + GAP;
                rowHeight = 0;
            }
            item.placer().at(left + x, top + y);
            right = Math.max(right, x + item.width());
            rowHeight = Math.max(rowHeight, item.height());
            x += item.width() + GAP;
        }
        return new Box(left, top, right, y + rowHeight);
    }
}
