package dev.designround.ui.inspector;

import dev.designround.model.Capability;
import dev.designround.model.Catalog;
import dev.designround.model.Node;
import dev.designround.model.PhraseMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a card's label makes it count as, in the inspector's words: "Counts as: access control, grounding check —
 * from its label". The capabilities are the grader's own ({@link Catalog#labelCapabilitiesOf}), named in the order
 * the label mentions them. Plain Java.
 */
final class LabelReading {

    static final String NOT_READ = "Its label is not read: only its type and the capabilities below count.";
    static final String NOTHING = "Its label adds no capability.";

    private LabelReading() {
    }

    /** The capability names the label adds, lower-case ("access control", "PII redaction"), first mention first. */
    static List<String> names(Catalog catalog, Node node) {
        Set<String> found = catalog.labelCapabilitiesOf(node);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> firstMention = new HashMap<>();
        for (PhraseMatcher.Match m : catalog.labels().mentionsIn(node.label())) {
            firstMention.merge(m.key(), m.offset(), Math::min);
        }
        List<String> ids = new ArrayList<>();
        catalog.capabilities().stream().map(Capability::id).filter(found::contains).forEach(ids::add);
        found.stream().filter(id -> !ids.contains(id)).sorted().forEach(ids::add);
        ids.sort(java.util.Comparator.comparingInt(id -> firstMention.getOrDefault(id, Integer.MAX_VALUE)));
        return ids.stream().map(id -> catalog.capability(id).map(Capability::name).map(LabelReading::lowerCase)
                .orElse(id)).toList();
    }

    /** The inspector's sentence for a card: what its label counts as, that it adds nothing, or that it is off. */
    static String sentence(Catalog catalog, Node node) {
        if (!node.readsLabel()) {
            return NOT_READ;
        }
        List<String> names = names(catalog, node);
        return names.isEmpty() ? NOTHING : "Counts as: " + String.join(", ", names) + " — from its label";
    }

    /** "Access control" as "access control", but "PII redaction" as it is. */
    static String lowerCase(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
