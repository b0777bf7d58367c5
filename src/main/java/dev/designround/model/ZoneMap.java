package dev.designround.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which zone holds what in a design, worked out from where things are: a card belongs to the innermost zone its
 * centre lies in, a text note to the innermost zone its top-left corner lies in, and a zone is nested in the
 * innermost zone that holds it whole. "Innermost" is the smallest; of two zones with the same bounds, the one
 * added later is inside the other. Zones that only overlap are side by side; a card in the overlap belongs to the
 * smaller. So the zones form a tree (a forest: zones in no other are roots), as draw.io containers, Mermaid
 * subgraphs, DOT clusters and GraphML nested graphs need.
 *
 * <p>This is the question a rule about boundaries would ask ("no PHI crosses the HIPAA boundary": which cards are
 * {@linkplain #nodesWithin within} it, which edges leave it). A snapshot: made from a design as it is, not
 * following its changes.
 */
public final class ZoneMap {

    private final List<Zone> outerFirst;
    private final Map<String, Zone> parent = new HashMap<>();
    private final Map<String, List<Zone>> children = new HashMap<>();
    private final List<Zone> roots = new ArrayList<>();
    private final Map<String, Zone> zoneOfNode = new HashMap<>();
    private final Map<String, Zone> zoneOfText = new HashMap<>();
    private final Map<String, List<Node>> nodesIn = new HashMap<>();
    private final Map<String, List<TextNote>> textsIn = new HashMap<>();

    private ZoneMap(Collection<Zone> zones, Collection<Node> nodes, Collection<TextNote> texts) {
        List<Zone> inOrder = List.copyOf(zones);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            index.put(inOrder.get(i).id(), i);
        }
        List<Zone> sorted = new ArrayList<>(inOrder);
        sorted.sort(Comparator.comparingDouble((Zone z) -> -z.area()).thenComparingInt(z -> index.get(z.id())));
        outerFirst = List.copyOf(sorted);
        for (int i = 0; i < outerFirst.size(); i++) {
            Zone z = outerFirst.get(i);
            Zone holder = null;
            for (int k = i - 1; k >= 0 && holder == null; k--) {
                if (outerFirst.get(k).holds(z)) {
                    holder = outerFirst.get(k);
                }
            }
            if (holder == null) {
                roots.add(z);
            } else {
                parent.put(z.id(), holder);
                children.computeIfAbsent(holder.id(), k -> new ArrayList<>()).add(z);
            }
        }
        if (outerFirst.isEmpty()) {
            return;
        }
        for (Node n : nodes) {
            innermost(CardGeometry.centerX(n), CardGeometry.centerY(n)).ifPresent(z -> {
                zoneOfNode.put(n.id(), z);
                nodesIn.computeIfAbsent(z.id(), k -> new ArrayList<>()).add(n);
            });
        }
        for (TextNote t : texts) {
            innermost(t.x(), t.y()).ifPresent(z -> {
                zoneOfText.put(t.id(), z);
                textsIn.computeIfAbsent(z.id(), k -> new ArrayList<>()).add(t);
            });
        }
    }

    /** The zones of a design and what each holds, as the design is now. */
    public static ZoneMap of(Design design) {
        return new ZoneMap(design.zones(), design.nodes(), design.texts());
    }

    private Optional<Zone> innermost(double x, double y) {
        for (int i = outerFirst.size() - 1; i >= 0; i--) {
            if (outerFirst.get(i).contains(x, y)) {
                return Optional.of(outerFirst.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every zone, outer ones first (larger before smaller): the order they are drawn in, bottom to top. */
    public List<Zone> outerFirst() {
        return outerFirst;
    }

    /** The zones in no other zone, outer first. */
    public List<Zone> roots() {
        return List.copyOf(roots);
    }

    /** The zone a zone is nested in, if any. */
    public Optional<Zone> parent(String zoneId) {
        return Optional.ofNullable(parent.get(zoneId));
    }

    /** The zones nested directly in a zone, outer first. */
    public List<Zone> children(String zoneId) {
        return List.copyOf(children.getOrDefault(zoneId, List.of()));
    }

    /** The innermost zone a card's centre lies in, if any. */
    public Optional<Zone> zoneOfNode(String nodeId) {
        return Optional.ofNullable(zoneOfNode.get(nodeId));
    }

    /** The innermost zone a text note's top-left corner lies in, if any. */
    public Optional<Zone> zoneOfText(String textId) {
        return Optional.ofNullable(zoneOfText.get(textId));
    }

    /** The cards directly in a zone (not in a zone nested in it), in design order. */
    public List<Node> nodesIn(String zoneId) {
        return List.copyOf(nodesIn.getOrDefault(zoneId, List.of()));
    }

    /** The text notes directly in a zone, in design order. */
    public List<TextNote> textsIn(String zoneId) {
        return List.copyOf(textsIn.getOrDefault(zoneId, List.of()));
    }

    /** The zone and every zone nested in it, however deep, outer first. */
    public List<Zone> zonesWithin(String zoneId) {
        List<Zone> out = new ArrayList<>();
        outerFirst.stream().filter(z -> z.id().equals(zoneId)).findFirst().ifPresent(z -> collect(z, out));
        return out;
    }

    private void collect(Zone z, List<Zone> out) {
        out.add(z);
        children.getOrDefault(z.id(), List.of()).forEach(c -> collect(c, out));
    }

    /** Ids of the cards in a zone or any zone nested in it: what is inside the boundary. */
    public Set<String> nodesWithin(String zoneId) {
        Set<String> out = new LinkedHashSet<>();
        zonesWithin(zoneId).forEach(z -> nodesIn(z.id()).forEach(n -> out.add(n.id())));
        return out;
    }

    /** Ids of the text notes in a zone or any zone nested in it. */
    public Set<String> textsWithin(String zoneId) {
        Set<String> out = new LinkedHashSet<>();
        zonesWithin(zoneId).forEach(z -> textsIn(z.id()).forEach(t -> out.add(t.id())));
        return out;
    }
}
