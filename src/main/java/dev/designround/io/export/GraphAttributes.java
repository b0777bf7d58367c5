package dev.designround.io.export;

import dev.designround.diagram.SafeText;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attributes DOT and GraphML carry for each node (label, type, type name, category, design id) and edge
 * (label, kind, design id), and the safe ids (n1, n2, ...) both formats use instead of design ids, which may hold
 * anything. Text is cleaned ({@link SafeText#clean}); each format escapes it its own way.
 */
final class GraphAttributes {

    private final Design design;
    private final Catalog catalog;
    private final Map<String, String> ids = new HashMap<>();

    GraphAttributes(Design design, Catalog catalog) {
        this.design = design;
        this.catalog = catalog;
        for (Node n : design.nodes()) {
            ids.put(n.id(), "n" + (ids.size() + 1));
        }
    }

    /** The safe id of a node (n1, n2, ... in design order). */
    String id(String nodeId) {
        return ids.get(nodeId);
    }

    Map<String, String> node(String nodeId) {
        Node n = design.node(nodeId).orElseThrow();
        Map<String, String> a = new LinkedHashMap<>();
        a.put("label", SafeText.clean(catalog.displayName(n)));
        a.put("type", SafeText.clean(n.type()));
        a.put("typeName", catalog.type(n.type()).map(ComponentType::name).orElse(n.type()));
        a.put("category", catalog.categoryOf(n).orElse(""));
        a.put("designId", SafeText.clean(n.id()));
        return a;
    }

    Map<String, String> edge(Edge e) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("label", SafeText.clean(e.label()));
        a.put("kind", e.kind().id());
        a.put("designId", SafeText.clean(e.id()));
        return a;
    }

    String category(String nodeId) {
        return design.node(nodeId).flatMap(catalog::categoryOf).orElse("");
    }
}
