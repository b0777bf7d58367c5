package dev.designround.layout;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Arranges a design in layers from left to right, so that requests read from the user on the left to the back end
 * on the right, keeping every card, text note and zone in the zone it was in.
 *
 * <p>Every node gets a card-sized box ({@link CardGeometry}); user nodes go in the first layer (of their zone, when
 * they are in one), since requests start there and answers flowing back must not pull them into the middle. Zones are laid out with what they hold
 * inside them ({@link ElkLayers}): sized around their cards, text notes and nested zones, with room for the title,
 * never overlapping a zone they do not hold. A text note in a zone is laid out with the zone's cards; a text note
 * in no zone stays where it is, unless the arranged design would cover it or take it into a zone: such notes go in
 * a row under the arrangement. So each card, text note and zone is, after arranging, in the same zone as before
 * ({@link ZoneMap}). Each result is checked for that before it is used: an ELK result that did not keep it would
 * give way to the quick layout, and one of the quick layout's (it never should) to moving nothing.
 *
 * <p>The result is snapped to the grid and placed so that its top-left corner is where the design's top-left corner
 * (of its cards and zones) was, moved in if the arrangement would leave the canvas
 * ({@link CardGeometry#MAX_COORDINATE}), so an arranged design stays in view. Pure: the design is only read. All
 * edges take part, whatever their kind; self-loops and edges between two user nodes are ignored.
 *
 * <p>ELK's layered algorithm adds a node for every layer an edge crosses and recurses as deep as the longest chain:
 * on designs over {@value #ELK_MAX_NODES} boxes (cards, zones and the text notes in zones) or {@value #ELK_MAX_EDGES}
 * edges it takes seconds to minutes (a random 2,000-node design: 11 to 45 s; 10,000 nodes and 50,000 edges: out of
 * memory after nearly 3 minutes). Those get {@link QuickZones}: each zone's cards laid out as a block by
 * {@link QuickLayers}, a linear-time layered placement that wraps long chains into bands, and the blocks packed in
 * their zones. ELK runs on a thread of its own with a deep stack, and a failure there falls back to the quick layout
 * too.
 */
public final class LayeredLayout {

    /** Horizontal room between layers, for arrows and their labels. */
    static final double LAYER_SPACING = 72;
    /** Vertical room between cards of one layer. */
    static final double NODE_SPACING = 32;

    /** The largest design ELK lays out; larger ones get {@link QuickZones}. */
    static final int ELK_MAX_NODES = 1_000;
    static final int ELK_MAX_EDGES = 2_000;
    /** ELK's recursion goes as deep as the longest chain of the design. */
    private static final long ELK_STACK_BYTES = 64L * 1024 * 1024;

    /** The component type where requests start (PRODUCT.md, "What an edge means"). */
    static final String USER = "user";

    /** Where each part of the design goes; an empty design, or one with no cards and no zones, moves nothing. */
    public Arrangement arrange(Design design) {
        return arrange(design, ZoneTree.of(design));
    }

    /**
     * Where each part of the design goes, keeping what each zone holds as a tree says (an import that knows its
     * groups before anything has a place; the zones' bounds are then only a starting size for empty ones).
     */
    public Arrangement arrange(Design design, ZoneTree zones) {
        if (design.nodeCount() == 0 && design.zones().isEmpty()) {
            return Arrangement.none();
        }
        long boxes = design.nodeCount() + design.zones().size() + design.texts().size() - zones.freeTexts().size();
        if (boxes <= ELK_MAX_NODES && design.edges().size() <= ELK_MAX_EDGES) {
            Optional<Arrangement> elk = elk(design, zones).map(p -> onCanvas(design, zones, p))
                    .filter(a -> keepsZones(design, zones, a));
            if (elk.isPresent()) {
                return elk.get();
            }
        }
        return quick(design, zones);
    }

    /** The quick layout, used for designs too large for ELK and when ELK fails. */
    static Arrangement quick(Design design, ZoneTree zones) {
        Arrangement quick = onCanvas(design, zones, QuickZones.place(design, zones));
        return keepsZones(design, zones, quick) ? quick : Arrangement.none();
    }

    /** ELK's layout, on a thread with a deep stack; none if ELK fails. */
    static Optional<Placement> elk(Design design, ZoneTree zones) {
        AtomicReference<Placement> done = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                done.set(ElkLayers.place(design, zones));
            } catch (RuntimeException | StackOverflowError e) {
                // ELK could not lay this design out; the quick layout always can
            }
        }, "elk-layout", ELK_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(done.get());
    }

    /**
     * A placement made absolute, on the grid and on the canvas: what is in no zone is snapped relative to the
     * placement's top-left corner, what is in a zone relative to the zone's corner (so it stays inside), and the
     * whole is moved where the design started.
     */
    static Arrangement onCanvas(Design design, ZoneTree zones, Placement placement) {
        List<Box> top = new ArrayList<>();
        zones.freeNodes().forEach(n -> top.add(placement.nodes.get(n.id())));
        zones.roots().forEach(z -> top.add(placement.zones.get(z.id())));
        double minX = top.stream().mapToDouble(Box::x).min().orElse(0);
        double minY = top.stream().mapToDouble(Box::y).min().orElse(0);
        double width = top.stream().mapToDouble(b -> snap(b.x() - minX) + snap(b.width())).max().orElse(0);
        double height = top.stream().mapToDouble(b -> snap(b.y() - minY) + snap(b.height())).max().orElse(0);
        double startX = origin(design.nodes().stream().mapToDouble(Node::x).min().orElse(Double.MAX_VALUE),
                design.zones().stream().mapToDouble(Zone::x).min().orElse(Double.MAX_VALUE), width);
        double startY = origin(design.nodes().stream().mapToDouble(Node::y).min().orElse(Double.MAX_VALUE),
                design.zones().stream().mapToDouble(Zone::y).min().orElse(Double.MAX_VALUE), height);

        Map<String, Zone> newZones = new LinkedHashMap<>();
        for (Zone zone : zones.outerFirst()) {
            Box b = placement.zones.get(zone.id());
            Optional<Zone> parent = zones.parent(zone.id()).map(newZones::get);
            double x = parent.map(p -> p.x() + snap(b.x())).orElse(startX + snap(b.x() - minX));
            double y = parent.map(p -> p.y() + snap(b.y())).orElse(startY + snap(b.y() - minY));
            newZones.put(zone.id(), zone.withBounds(x, y, snap(b.width()), snap(b.height())));
        }
        Map<String, CanvasPoint> nodes = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            Box b = placement.nodes.get(node.id());
            nodes.put(node.id(), zones.zoneOfNode(node.id()).map(newZones::get)
                    .map(z -> new CanvasPoint(z.x() + snap(b.x()), z.y() + snap(b.y())))
                    .orElse(new CanvasPoint(startX + snap(b.x() - minX), startY + snap(b.y() - minY))));
        }
        Map<String, CanvasPoint> texts = new LinkedHashMap<>();
        for (TextNote text : design.texts()) {
            zones.zoneOfText(text.id()).map(newZones::get).ifPresent(z -> {
                Box b = placement.texts.get(text.id());
                texts.put(text.id(), new CanvasPoint(z.x() + snap(b.x()), z.y() + snap(b.y())));
            });
        }
        texts.putAll(FreeNotes.moved(design, zones, nodes, newZones, texts));
        return new Arrangement(nodes, newZones, texts);
    }

    /**
     * Where the arrangement starts: where the design's cards and zones started, moved in so that it ends on the
     * canvas.
     */
    private static double origin(double cardsStart, double zonesStart, double extent) {
        double designStart = Math.min(cardsStart, zonesStart);
        double last = CardGeometry.MAX_COORDINATE - CardGeometry.GRID - snap(extent);
        return snap(Math.max(-CardGeometry.MAX_COORDINATE + CardGeometry.GRID, Math.min(designStart, last)));
    }

    /** Whether, after the arrangement, every card, text note and zone is in the zone the tree says. */
    static boolean keepsZones(Design design, ZoneTree zones, Arrangement arrangement) {
        Design after = design.copy();
        arrangement.applyTo(after);
        return zones.sameAs(ZoneTree.of(after));
    }

    /**
     * Whether an edge joins two user nodes. Both are in the first layer, and ELK refuses an edge into a first-layer
     * node from another one, so such edges are left out of the layout (they stay in the design).
     */
    static boolean betweenUsers(Design design, Edge edge) {
        return design.node(edge.from()).filter(n -> n.type().equals(USER)).isPresent()
                && design.node(edge.to()).filter(n -> n.type().equals(USER)).isPresent();
    }

    private static double snap(double value) {
        return Sizes.snap(value);
    }
}
