package dev.designround.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The component catalog: categories, capabilities, component types and failure modes, each in file order.
 * Immutable. Also answers the questions every part of Design Round asks about a node: what it can do and what a
 * call costs, with the node's own props overriding its type's defaults.
 */
public final class Catalog {

    private final Map<String, Category> categories;
    private final Map<String, Capability> capabilities;
    private final Map<String, ComponentType> types;
    private final Map<String, FailureMode> failureModes;

    public Catalog(List<Category> categories, List<Capability> capabilities, List<ComponentType> types,
                   List<FailureMode> failureModes) {
        this.categories = index(categories, Category::id);
        this.capabilities = index(capabilities, Capability::id);
        this.types = index(types, ComponentType::id);
        this.failureModes = index(failureModes, FailureMode::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id in catalog: " + id.apply(item));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    public Collection<Category> categories() {
        return categories.values();
    }

    public Collection<Capability> capabilities() {
        return capabilities.values();
    }

    public Collection<ComponentType> types() {
        return types.values();
    }

    public Collection<FailureMode> failureModes() {
        return failureModes.values();
    }

    public Optional<Category> category(String id) {
        return Optional.ofNullable(categories.get(id));
    }

    public Optional<Capability> capability(String id) {
        return Optional.ofNullable(capabilities.get(id));
    }

    public Optional<ComponentType> type(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public Optional<FailureMode> failureMode(String id) {
        return Optional.ofNullable(failureModes.get(id));
    }

    public Set<String> typeIds() {
        return types.keySet();
    }

    public Set<String> capabilityIds() {
        return capabilities.keySet();
    }

    public Set<String> failureModeIds() {
        return failureModes.keySet();
    }

    public Set<String> categoryIds() {
        return categories.keySet();
    }

    /** Types of a category, in catalog order. */
    public List<ComponentType> typesIn(String categoryId) {
        return types.values().stream().filter(t -> t.category().equals(categoryId)).toList();
    }

    // ---- questions about a node ------------------------------------------------------------------------------

    /** The node's capabilities: its type's plus its own extra ones, without duplicates. */
    public Set<String> capabilitiesOf(Node node) {
        ComponentType type = types.get(node.type());
        if (node.capabilities().isEmpty()) {
            return type == null ? Set.of() : new LinkedHashSet<>(type.capabilities());
        }
        Set<String> all = new LinkedHashSet<>();
        if (type != null) {
            all.addAll(type.capabilities());
        }
        all.addAll(node.capabilities());
        return all;
    }

    public boolean has(Node node, String capability) {
        ComponentType type = types.get(node.type());
        return (type != null && type.has(capability)) || node.capabilities().contains(capability);
    }

    /** The node's p50 latency: its own {@code latencyMs}, else its type's default, else 0. */
    public double latencyMs(Node node) {
        ComponentType type = types.get(node.type());
        return node.props().latency().orElse(type == null ? 0 : type.latencyMs());
    }

    /** The node's cost per call: its own {@code costUsd}, else its type's default, else 0. */
    public double costUsd(Node node) {
        ComponentType type = types.get(node.type());
        return node.props().cost().orElse(type == null ? 0 : type.costUsd());
    }

    /** The node's error rate: its own {@code errorRate}, else its type's default, else 0. */
    public double errorRate(Node node) {
        ComponentType type = types.get(node.type());
        return node.props().error().orElse(type == null ? 0 : type.errorRate());
    }

    /** A numeric parameter: the node's free-form prop when it is a number, else its type's default. */
    public java.util.OptionalDouble param(Node node, String key) {
        java.util.OptionalDouble own = node.props().number(key);
        if (own.isPresent()) {
            return own;
        }
        ComponentType type = types.get(node.type());
        return type == null ? java.util.OptionalDouble.empty() : type.param(key);
    }

    /** What to show for a node: its label, else its type's name, else its type id. */
    public String displayName(Node node) {
        if (node.hasLabel()) {
            return node.label();
        }
        ComponentType type = types.get(node.type());
        return type == null ? node.type() : type.name();
    }

    /** The node's category id, or empty for an unknown type. */
    public Optional<String> categoryOf(Node node) {
        return type(node.type()).map(ComponentType::category);
    }

    @Override
    public String toString() {
        return "Catalog[" + types.size() + " types, " + capabilities.size() + " capabilities, "
                + failureModes.size() + " failure modes, categories "
                + categories.keySet().stream().collect(Collectors.joining(",")) + "]";
    }
}
