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
    private final Map<String, Role> roles;
    private final LabelVocabulary labels;
    private final LabelTypes labelTypes;

    public Catalog(List<Category> categories, List<Capability> capabilities, List<ComponentType> types,
                   List<FailureMode> failureModes) {
        this(categories, capabilities, types, failureModes, List.of(), LabelVocabulary.EMPTY);
    }

    /**
     * @param roles  parts a design needs played, and who can play them
     * @param labels what words on a card mean, as capabilities
     */
    public Catalog(List<Category> categories, List<Capability> capabilities, List<ComponentType> types,
                   List<FailureMode> failureModes, List<Role> roles, LabelVocabulary labels) {
        this(categories, capabilities, types, failureModes, roles, labels, LabelTypes.EMPTY);
    }

    /**
     * @param roles      parts a design needs played, and who can play them
     * @param labels     what words on a card mean, as capabilities
     * @param labelTypes what words and outlines of a shape drawn in another tool say its type is
     */
    public Catalog(List<Category> categories, List<Capability> capabilities, List<ComponentType> types,
                   List<FailureMode> failureModes, List<Role> roles, LabelVocabulary labels, LabelTypes labelTypes) {
        this.categories = index(categories, Category::id);
        this.capabilities = index(capabilities, Capability::id);
        this.types = index(types, ComponentType::id);
        this.failureModes = index(failureModes, FailureMode::id);
        this.roles = index(roles, Role::id);
        this.labels = labels;
        this.labelTypes = labelTypes;
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

    public Collection<Role> roles() {
        return roles.values();
    }

    public Optional<Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    public Set<String> roleIds() {
        return roles.keySet();
    }

    /** What words on a card mean. */
    public LabelVocabulary labels() {
        return labels;
    }

    /** What the label and outline of a shape drawn in another tool say its type is (for importing diagrams). */
    public LabelTypes labelTypes() {
        return labelTypes;
    }

    /** The traits of a capability (empty for an unknown one). */
    public Set<Trait> traitsOf(String capability) {
        Capability c = capabilities.get(capability);
        return c == null ? Set.of() : c.traits();
    }

    /** The capabilities that have the trait, in catalog order. */
    public Set<String> capabilitiesWith(Trait trait) {
        Set<String> out = new LinkedHashSet<>();
        for (Capability c : capabilities.values()) {
            if (c.traits().contains(trait)) {
                out.add(c.id());
            }
        }
        return out;
    }

    /** Whether any of the capabilities has the trait. */
    public boolean anyHas(Collection<String> capabilityIds, Trait trait) {
        for (String c : capabilityIds) {
            if (traitsOf(c).contains(trait)) {
                return true;
            }
        }
        return false;
    }

    /** Types of a category, in catalog order. */
    public List<ComponentType> typesIn(String categoryId) {
        return types.values().stream().filter(t -> t.category().equals(categoryId)).toList();
    }

    // ---- questions about a node ------------------------------------------------------------------------------

    /**
     * The node's capabilities: its type's, its own extra ones, and what its label says it does
     * ({@link #labelCapabilitiesOf}), without duplicates, in that order.
     */
    public Set<String> capabilitiesOf(Node node) {
        Set<String> all = new LinkedHashSet<>(drawnCapabilitiesOf(node));
        all.addAll(labelCapabilitiesOf(node));
        return all;
    }

    /** The capabilities the card has by its type and its own list, not counting what its label says. */
    public Set<String> drawnCapabilitiesOf(Node node) {
        ComponentType type = types.get(node.type());
        Set<String> all = new LinkedHashSet<>();
        if (type != null) {
            all.addAll(type.capabilities());
        }
        all.addAll(node.capabilities());
        return all;
    }

    /**
     * What the node's label says it does, beyond its type and its own list: "Retriever (hybrid BM25, ACL
     * pre-filter)" does keyword search and access control. Limits keep it a fair reading (docs/grading.md):
     * <ul>
     *   <li>a user's, an action's and a fallback's label adds nothing: a person is where requests start and end,
     *       an action's label says what the call needs, and a fallback's what it falls back to; a model's label never makes it a check, a
     *       hub or a failover (what a prompt tells a model to check is not a check), though it may say the model
     *       caches ("edge LM + phrase cache");</li>
     *   <li>an observer's or a conduit's label says what it records or carries ("audit: approver, verdict"), and a
     *       training pipeline's what it trains ("retraining (two-tower + ranker)"), so they add only kinds of
     *       watching or carrying; a store's label adds only other kinds of search and the
     *       access filter applied when it is queried; a check's label (a guardrail, a policy engine, a reviewer)
     *       adds only other checks and decisions ("confidence from retrieval + grounding" does not retrieve);</li>
     *   <li>a label never makes a card a model (generating, classifying, ranking, transcribing) or an action,
     *       which only its type does ("weekly retrain of the classifier" is not a classifier);</li>
     *   <li>a label makes a card a person (a reviewer, an approval) only if the card is one already or is a
     *       {@code custom} shape: a machine's label never takes it off the latency clock;</li>
     *   <li>words in quotation marks are a message or an example, not what the card does.</li>
     * </ul>
     * Empty when the node's label is switched off.
     */
    public Set<String> labelCapabilitiesOf(Node node) {
        if (!node.readsLabel() || !node.hasLabel() || node.type().equals("user")) {
            return Set.of();
        }
        Set<String> drawn = drawnCapabilitiesOf(node);
        if (anyHas(drawn, Trait.ACTS) || anyHas(drawn, Trait.FAILS_OVER) && !anyHas(drawn, Trait.CHOOSER)) {
            return Set.of();
        }
        boolean model = anyHas(drawn, Trait.GENERATES);
        boolean records = anyHas(drawn, Trait.OBSERVER) || anyHas(drawn, Trait.CONDUIT);
        boolean holds = anyHas(drawn, Trait.STORE);
        boolean checks = anyHas(drawn, Trait.CONTROL);
        boolean trains = anyHas(drawn, Trait.TRAINS);
        Set<String> out = new LinkedHashSet<>();
        for (String c : labels.capabilitiesIn(node.label())) {
            Set<Trait> t = traitsOf(c);
            if (drawn.contains(c) || !capabilities.containsKey(c) || t.contains(Trait.GENERATES)
                    || t.contains(Trait.MODEL) || t.contains(Trait.ACTS)) {
                continue;
            }
            if (model && (t.contains(Trait.CONTROL) || t.contains(Trait.HUB) || t.contains(Trait.FAILS_OVER))) {
                continue;
            }
            if (t.contains(Trait.HUMAN) && !node.type().equals("custom") && !anyHas(drawn, Trait.HUMAN)) {
                continue; // a machine's label never makes it a person ("signed request" is not a sign-off)
            }
            if ((records || trains) && !(t.contains(Trait.OBSERVER) || t.contains(Trait.CONDUIT))) {
                continue;
            }
            if (holds && !records && !(t.contains(Trait.STORE) || t.contains(Trait.RETRIEVES)
                    || t.contains(Trait.SCOPES_READS))) {
                continue;
            }
            if (checks && !records && !holds && !(t.contains(Trait.CONTROL) || t.contains(Trait.CHOOSER))) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    public boolean has(Node node, String capability) {
        return capabilitiesOf(node).contains(capability);
    }

    /**
     * The traits of all the node's capabilities, with one limit: a label gives a typed card a check's catching, not a
     * chooser's branching. "Re-ranker; injection filter" screens what passes through it, but its outgoing arrows
     * stay what they were drawn as; only its type, or a {@code custom} shape's label, makes a card send each request
     * one way. The grader and the simulator both read this.
     */
    public Set<Trait> traitsOf(Node node) {
        java.util.EnumSet<Trait> out = java.util.EnumSet.noneOf(Trait.class);
        for (String c : drawnCapabilitiesOf(node)) {
            out.addAll(traitsOf(c));
        }
        boolean branches = out.contains(Trait.CHOOSER) || node.type().equals("custom");
        for (String c : labelCapabilitiesOf(node)) {
            Set<Trait> t = traitsOf(c);
            out.addAll(t);
            if (t.contains(Trait.CHOOSER) && !branches) {
                out.remove(Trait.CHOOSER);
            }
        }
        return out;
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
