package dev.designround.layout;

import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which zone holds what, as a layout keeps it: the zone each card and text note is directly in and the zone each
 * zone is nested in. Usually read from where things are ({@link #of(Design)}, the {@link ZoneMap}); an import that
 * knows what its groups hold before anything has a place says so itself ({@link #of(Design, Map, Map)}).
 */
public final class ZoneTree {

    private final Map<String, String> parent;
    private final Map<String, String> zoneOfNode;
    private final Map<String, String> zoneOfText;
    private final List<Zone> outerFirst = new ArrayList<>();
    private final Map<String, List<Zone>> children = new HashMap<>();
    /** By zone id, "" for none. */
    private final Map<String, List<Node>> nodesIn = new HashMap<>();
    private final Map<String, List<TextNote>> textsIn = new HashMap<>();

    private ZoneTree(Design design, Map<String, String> parent, Map<String, String> zoneOfNode,
                     Map<String, String> zoneOfText) {
        this.parent = Map.copyOf(parent);
        this.zoneOfNode = Map.copyOf(zoneOfNode);
        this.zoneOfText = Map.copyOf(zoneOfText);
        for (Zone z : design.zones()) {
            String p = parent.get(z.id());
            if (p != null) {
                children.computeIfAbsent(p, k -> new ArrayList<>()).add(z);
            }
        }
        for (Zone z : design.zones()) {
            if (!parent.containsKey(z.id())) {
                collect(z);
            }
        }
        if (outerFirst.size() != design.zones().size()) {
            throw new IllegalArgumentException("zones nested in each other in a circle");
        }
        design.nodes().forEach(n -> nodesIn.computeIfAbsent(zoneOfNode.getOrDefault(n.id(), ""),
                k -> new ArrayList<>()).add(n));
        design.texts().forEach(t -> textsIn.computeIfAbsent(zoneOfText.getOrDefault(t.id(), ""),
                k -> new ArrayList<>()).add(t));
    }

    private void collect(Zone zone) {
        List<Zone> level = List.of(zone);
        while (!level.isEmpty()) {
            List<Zone> next = new ArrayList<>();
            for (Zone z : level) {
                outerFirst.add(z);
                next.addAll(children.getOrDefault(z.id(), List.of()));
            }
            level = next;
        }
    }

    /** What the design's zones hold, from where everything is ({@link ZoneMap}). */
    public static ZoneTree of(Design design) {
        ZoneMap map = ZoneMap.of(design);
        Map<String, String> parent = new HashMap<>();
        design.zones().forEach(z -> map.parent(z.id()).ifPresent(p -> parent.put(z.id(), p.id())));
        Map<String, String> nodes = new HashMap<>();
        design.nodes().forEach(n -> map.zoneOfNode(n.id()).ifPresent(z -> nodes.put(n.id(), z.id())));
        Map<String, String> texts = new HashMap<>();
        design.texts().forEach(t -> map.zoneOfText(t.id()).ifPresent(z -> texts.put(t.id(), z.id())));
        return new ZoneTree(design, parent, nodes, texts);
    }

    /**
     * What the design's zones hold, as given, whatever their bounds now: the zone each zone is nested in and the
     * zone each card is in, by id (zones and cards left out are in none; text notes are in none).
     *
     * @throws IllegalArgumentException if an id is not the design's, or zones are nested in a circle
     */
    public static ZoneTree of(Design design, Map<String, String> parentOfZone, Map<String, String> zoneOfNode) {
        parentOfZone.forEach((zone, p) -> {
            if (!design.hasZone(zone) || !design.hasZone(p)) {
                throw new IllegalArgumentException("no zone " + (design.hasZone(zone) ? p : zone));
            }
        });
        zoneOfNode.forEach((node, zone) -> {
            if (!design.hasNode(node) || !design.hasZone(zone)) {
                throw new IllegalArgumentException(design.hasNode(node) ? "no zone " + zone : "no node " + node);
            }
        });
        return new ZoneTree(design, parentOfZone, zoneOfNode, Map.of());
    }

    /** Every zone, each before the zones nested in it. */
    List<Zone> outerFirst() {
        return outerFirst;
    }

    List<Zone> roots() {
        return outerFirst.stream().filter(z -> !parent.containsKey(z.id())).toList();
    }

    Optional<String> parent(String zoneId) {
        return Optional.ofNullable(parent.get(zoneId));
    }

    List<Zone> children(String zoneId) {
        return children.getOrDefault(zoneId, List.of());
    }

    Optional<String> zoneOfNode(String nodeId) {
        return Optional.ofNullable(zoneOfNode.get(nodeId));
    }

    Optional<String> zoneOfText(String textId) {
        return Optional.ofNullable(zoneOfText.get(textId));
    }

    /** The cards directly in a zone, in design order. */
    List<Node> nodesIn(String zoneId) {
        return nodesIn.getOrDefault(zoneId, List.of());
    }

    /** The cards in no zone, in design order. */
    List<Node> freeNodes() {
        return nodesIn.getOrDefault("", List.of());
    }

    /** The text notes directly in a zone, in design order. */
    List<TextNote> textsIn(String zoneId) {
        return textsIn.getOrDefault(zoneId, List.of());
    }

    /** The text notes in no zone, in design order. */
    List<TextNote> freeTexts() {
        return textsIn.getOrDefault("", List.of());
    }

    /** Whether another tree puts every card, text note and zone in the same zone as this one. */
    boolean sameAs(ZoneTree other) {
        return parent.equals(other.parent) && zoneOfNode.equals(other.zoneOfNode)
                && zoneOfText.equals(other.zoneOfText);
    }

    @Override
    public String toString() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("zones in", parent);
        all.put("cards in", zoneOfNode);
        all.put("notes in", zoneOfText);
        return all.toString();
    }
}
