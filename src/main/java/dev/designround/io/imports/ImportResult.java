package dev.designround.io.imports;

import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A diagram from another tool read as a design: the design, what each shape became and why, and what was left
 * out. Immutable; {@link #withTypes} gives the result with types the user corrected.
 *
 * @param tool    "draw.io", "Mermaid" or "Excalidraw"
 * @param page    the draw.io page read, when the tool has pages
 * @param design  the design (a fresh copy is returned each time, since designs are mutable)
 * @param shapes  one per node, in the design's order
 * @param leftOut what was in the file but is not in the design, one short phrase each
 */
public record ImportResult(String tool, Optional<String> page, Design design, List<RecognisedShape> shapes,
                           List<String> leftOut) {

    /** How many custom components a summary names before it says "and N more". */
    static final int NAMED_IN_SUMMARY = 3;

    public ImportResult {
        design = design.copy();
        shapes = List.copyOf(shapes);
        leftOut = List.copyOf(leftOut);
    }

    @Override
    public Design design() {
        return design.copy();
    }

    /** How many shapes got a type from the file (stated, label, outline): neither custom nor chosen by the user. */
    public long recognised() {
        return shapes.stream().filter(s -> s.recognised() && s.how() != RecognisedShape.How.CHOSEN).count();
    }

    /** How many shapes' types the user chose ({@link #withTypes}). */
    public long chosen() {
        return shapes.stream().filter(s -> s.how() == RecognisedShape.How.CHOSEN).count();
    }

    /**
     * One line saying what was recognised and what was left out: {@code 14 of 17 shapes recognised; 'Foo' kept as
     * a custom component; left out: 1 arrow with a loose end}; with the user's corrections, {@code 14 of 17 shapes
     * recognised; 2 types chosen by you; ...}.
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        if (shapes.isEmpty()) {
            out.append("no shapes found");
        } else {
            out.append(recognised()).append(" of ").append(shapes.size()).append(shapes.size() == 1 ? " shape"
                    : " shapes").append(" recognised");
        }
        long chosen = chosen();
        if (chosen > 0) {
            out.append("; ").append(chosen).append(chosen == 1 ? " type" : " types").append(" chosen by you");
        }
        List<String> custom = shapes.stream().filter(s -> !s.recognised())
                .map(s -> "'" + (s.text().isBlank() ? "(no label)" : oneLine(s.text())) + "'").toList();
        if (!custom.isEmpty()) {
            out.append("; ");
            List<String> named = custom.subList(0, Math.min(NAMED_IN_SUMMARY, custom.size()));
            if (custom.size() > NAMED_IN_SUMMARY) {
                out.append(String.join(", ", named)).append(" and ").append(custom.size() - NAMED_IN_SUMMARY)
                        .append(" more");
            } else if (named.size() > 1) {
                out.append(String.join(", ", named.subList(0, named.size() - 1))).append(" and ")
                        .append(named.get(named.size() - 1));
            } else {
                out.append(named.get(0));
            }
            out.append(custom.size() == 1 ? " kept as a custom component" : " kept as custom components");
        }
        if (!leftOut.isEmpty()) {
            out.append("; left out: ").append(String.join(", ", leftOut));
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.length() > 40 ? s.substring(0, 39) + "\u2026" : s;
    }

    /**
     * The result with some shapes' types set by the user.
     *
     * @param types node id to component type id; nodes not named keep theirs, as does a node given its own type
     * @throws IllegalArgumentException if a node id is not in the design
     */
    public ImportResult withTypes(Map<String, String> types) {
        Design changed = design.copy();
        List<RecognisedShape> out = new ArrayList<>();
        for (RecognisedShape s : shapes) {
            String wanted = types.get(s.nodeId());
            if (wanted == null || wanted.equals(s.type())) {
                out.add(s);
                continue;
            }
            Node node = changed.node(s.nodeId()).orElseThrow();
            changed.updateNode(node.withType(wanted));
            out.add(s.as(wanted, RecognisedShape.How.CHOSEN, ""));
        }
        for (String id : types.keySet()) {
            if (!design.hasNode(id)) {
                throw new IllegalArgumentException("no node " + id + " in the imported design");
            }
        }
        return new ImportResult(tool, page, changed, out, leftOut);
    }
}
