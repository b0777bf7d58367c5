package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Picks nodes by component type and/or capability: a node matches when its type is one of {@code types} or it has
 * any of {@code capabilities} (its type's or its own). Capability selectors make custom components count.
 *
 * @param types        component type ids
 * @param capabilities capability ids
 * @param name         how to name the selection in messages ("a grounding check"); empty to derive it
 */
public record Selector(Set<String> types, Set<String> capabilities, String name) {

    public Selector {
        types = Set.copyOf(types);
        capabilities = Set.copyOf(capabilities);
        name = name == null ? "" : name;
        if (types.isEmpty() && capabilities.isEmpty()) {
            throw new IllegalArgumentException("a selector needs at least one type or capability");
        }
    }

    public static Selector type(String... typeIds) {
        return new Selector(Set.of(typeIds), Set.of(), "");
    }

    public static Selector capability(String... capabilityIds) {
        return new Selector(Set.of(), Set.of(capabilityIds), "");
    }

    public Selector named(String newName) {
        return new Selector(types, capabilities, newName);
    }

    public boolean matches(Node node, Set<String> nodeCapabilities) {
        if (types.contains(node.type())) {
            return true;
        }
        for (String c : capabilities) {
            if (nodeCapabilities.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How messages name this selection: its {@code name}, or the type and capability names with an article,
     * joined by "or" ("an LLM or a grounding check component").
     */
    public String describe(Catalog catalog) {
        if (!name.isBlank()) {
            return name;
        }
        List<String> parts = new ArrayList<>();
        types.stream().sorted().forEach(t -> parts.add(Text.withArticle(catalog.type(t).map(x -> x.name()).orElse(t))));
        capabilities.stream().sorted().forEach(c -> parts.add(Text.withArticle(catalog.capability(c)
                .map(x -> x.name()).orElse(c)) + " component"));
        return Text.joinOr(parts);
    }
}
