package dev.designround.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Notes on how a drawing was read, attached to findings so that a user can predict the grade. */
final class Evidence {

    private Evidence() {
    }

    /** "Hybrid retrieval counts as access control from its label." for each node that matches only by its label. */
    static List<String> fromLabels(GraphView view, Selector selector, BitSet nodes) {
        List<String> out = new ArrayList<>();
        for (int i = nodes.nextSetBit(0); i >= 0; i = nodes.nextSetBit(i + 1)) {
            Set<String> fromLabel = view.labelCapabilitiesOf(i);
            if (fromLabel.isEmpty() || !selector.matches(view.node(i), view.capabilitiesOf(i))) {
                continue;
            }
            Set<String> drawn = new LinkedHashSet<>(view.capabilitiesOf(i));
            drawn.removeAll(fromLabel);
            if (selector.matches(view.node(i), drawn)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (String c : fromLabel) {
                if (selector.capabilities().contains(c)) {
                    names.add(view.catalog().capability(c).map(x -> x.name().toLowerCase(java.util.Locale.ROOT))
                            .orElse(c));
                }
            }
            out.add(view.label(i) + " counts as " + Text.joinAnd(names) + " from its label.");
        }
        return out;
    }

    /** "Orchestrator calls Grounding check, so the check applies to what passes through it." */
    static List<String> fromHubs(GraphView view, Selector selector, BitSet hubs) {
        List<String> out = new ArrayList<>();
        for (int h = hubs.nextSetBit(0); h >= 0; h = hubs.nextSetBit(h + 1)) {
            BitSet called = (BitSet) view.calledBy(h).clone();
            called.and(view.match(selector));
            out.add(view.label(h) + " calls " + Text.joinAnd(view.labels(called)) + ", so "
                    + (called.cardinality() == 1 ? "its check applies" : "their checks apply")
                    + " to what passes through it.");
        }
        return out;
    }
}
