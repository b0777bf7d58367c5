package dev.designround.ui.edit;

import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.ui.command.AddElementsCommand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of a design on its way through the clipboard: some nodes and the edges between them, zones and text
 * notes, as the text of a design file (so it can be pasted into another window, or into a text editor). Pasting
 * gives every element a fresh id in the target design and shifts it. Plain Java, no JavaFX.
 */
public final class Fragment {

    private final Design content;

    private Fragment(Design content) {
        this.content = content;
    }

    /** The selected nodes and every edge whose both ends are selected. */
    public static Fragment of(Design design, Collection<String> nodeIds) {
        return of(design, new MoveSet(Set.copyOf(nodeIds), Set.of(), Set.of()));
    }

    /** The nodes, zones and text notes of a move set, and every edge whose both ends are among the nodes. */
    public static Fragment of(Design design, MoveSet items) {
        Set<String> ids = new HashSet<>(items.nodes());
        Design piece = new Design();
        for (Node node : design.nodes()) {
            if (ids.contains(node.id())) {
                piece.addNode(node);
            }
        }
        for (Edge edge : design.edges()) {
            if (ids.contains(edge.from()) && ids.contains(edge.to())) {
                piece.addEdge(edge);
            }
        }
        design.zones().stream().filter(z -> items.zones().contains(z.id())).forEach(piece::addZone);
        design.texts().stream().filter(t -> items.texts().contains(t.id())).forEach(piece::addText);
        return new Fragment(piece);
    }

    /** Reads clipboard text; empty when it is not a valid design file (any other text on the clipboard). */
    public static Optional<Fragment> parse(String text, DesignReader reader) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Fragment(reader.parse(text.getBytes(StandardCharsets.UTF_8), "clipboard")));
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    public boolean isEmpty() {
        return content.nodeCount() == 0 && content.zones().isEmpty() && content.texts().isEmpty();
    }

    public int nodeCount() {
        return content.nodeCount();
    }

    /**
     * How far the {@code count}-th paste (or a duplicate, the first) into a design lands from the original:
     * {@code step} right and down per paste. A piece holding zones goes beside the original instead, clear of its
     * zones by {@code step}: to the right, or else below, left or above, whichever first puts the pasted zones over no
     * card or note already in the design, since a card belongs to the innermost zone its centre lies in and a zone
     * pasted over others' cards would take them in.
     */
    public dev.designround.layout.CanvasPoint pasteOffset(Design target, int count, double step) {
        if (content.zones().isEmpty()) {
            return new dev.designround.layout.CanvasPoint(step * count, step * count);
        }
        double left = content.zones().stream().mapToDouble(Zone::x).min().orElse(0);
        double right = content.zones().stream().mapToDouble(Zone::right).max().orElse(0);
        double top = content.zones().stream().mapToDouble(Zone::y).min().orElse(0);
        double bottom = content.zones().stream().mapToDouble(Zone::bottom).max().orElse(0);
        double across = count * (right - left + step);
        double down = count * (bottom - top + step);
        List<dev.designround.layout.CanvasPoint> sides = List.of(new dev.designround.layout.CanvasPoint(across, 0),
                new dev.designround.layout.CanvasPoint(0, down), new dev.designround.layout.CanvasPoint(-across, 0),
                new dev.designround.layout.CanvasPoint(0, -down));
        return sides.stream().filter(o -> coversNothing(target, o)).findFirst().orElse(sides.get(0));
    }

    /** Whether the piece's zones, moved by an offset, would hold none of a design's cards and notes. */
    private boolean coversNothing(Design target, dev.designround.layout.CanvasPoint by) {
        for (Zone z : content.zones()) {
            Zone moved = z.withPosition(z.x() + by.x(), z.y() + by.y());
            boolean covers = target.nodes().stream().anyMatch(n -> moved.contains(
                    dev.designround.model.CardGeometry.centerX(n), dev.designround.model.CardGeometry.centerY(n)))
                    || target.texts().stream().anyMatch(t -> moved.contains(t.x(), t.y()));
            if (covers) {
                return false;
            }
        }
        return true;
    }

    /** What it holds, for a status line: "3 nodes", "1 zone and 2 nodes", "1 text note". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        count(parts, content.zones().size(), "zone");
        count(parts, content.nodeCount(), "node");
        count(parts, content.texts().size(), "text note");
        if (parts.isEmpty()) {
            return "nothing";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }

    private static void count(List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(n + " " + what + (n == 1 ? "" : "s"));
        }
    }

    /** The design-file text for the clipboard. */
    public String toText(DesignWriter writer) {
        return writer.toJson(content);
    }

    /**
     * A command adding a copy of this fragment to {@code target}, moved by {@code dx, dy}, with fresh node ids
     * (the original id when free, else "id-2", "id-3", ...) and fresh edge ids.
     */
    public AddElementsCommand pasteInto(Design target, double dx, double dy, String name) {
        Set<String> takenNodes = new HashSet<>();
        Map<String, String> newIds = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Node node : content.nodes()) {
            String id = fresh(node.id(), target, takenNodes);
            takenNodes.add(id);
            newIds.put(node.id(), id);
            nodes.add(node.withId(id).withPosition(node.x() + dx, node.y() + dy));
        }
        Set<String> takenEdges = new HashSet<>();
        List<Edge> edges = new ArrayList<>();
        int next = target.edgeCount() + 1;
        for (Edge edge : content.edges()) {
            while (target.hasEdge("e" + next) || takenEdges.contains("e" + next)) {
                next++;
            }
            String id = "e" + next;
            takenEdges.add(id);
            edges.add(new Edge(id, newIds.get(edge.from()), newIds.get(edge.to()), edge.label(), edge.kind()));
        }
        List<Zone> zones = new ArrayList<>();
        Set<String> takenZones = new HashSet<>();
        for (Zone zone : content.zones()) {
            String id = numbered("z", target::hasZone, takenZones);
            zones.add(zone.withId(id).withPosition(zone.x() + dx, zone.y() + dy));
        }
        List<TextNote> texts = new ArrayList<>();
        Set<String> takenTexts = new HashSet<>();
        for (TextNote text : content.texts()) {
            String id = numbered("t", target::hasText, takenTexts);
            texts.add(text.withId(id).withPosition(text.x() + dx, text.y() + dy));
        }
        return new AddElementsCommand(name, nodes, edges, zones, texts);
    }

    /** The first of "z1", "z2", ... neither in the design nor taken already (then taken). */
    private static String numbered(String prefix, java.util.function.Predicate<String> inDesign, Set<String> taken) {
        int n = 1;
        while (inDesign.test(prefix + n) || taken.contains(prefix + n)) {
            n++;
        }
        taken.add(prefix + n);
        return prefix + n;
    }

    private static String fresh(String base, Design target, Set<String> taken) {
        if (!target.hasNode(base) && !taken.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("-\\d+$", "");
        int n = 2;
        while (target.hasNode(stem + "-" + n) || taken.contains(stem + "-" + n)) {
            n++;
        }
        return stem + "-" + n;
    }
}
