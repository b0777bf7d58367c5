package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What one {@link Grader} remembers between gradings, since from one grading to the next (the whiteboard grades on
 * every edit) almost everything is unchanged:
 * <ul>
 *   <li>how it read each card: all its capabilities (its type's, its own, and what its label says), those it has
 *       only from its label, and their traits, keyed by everything a reading depends on (type, label, own
 *       capabilities, whether the label is read). Reading labels is the dearest part of building a
 *       {@link GraphView};</li>
 *   <li>values that are pure functions of their key ({@link #remember}), such as the topics a notes rule finds in a
 *       text: moving or wiring cards leaves the text as it was.</li>
 * </ul>
 * Bounded; thread-safe (a batch grades on several threads with one grader).
 */
final class GraderMemory {

    private static final int CACHE_LIMIT = 16_384;
    private static final int REMEMBERED_LIMIT = 256;

    /** One card's reading. The sets are shared between gradings: never modified. */
    record Reading(Set<String> capabilities, Set<String> fromLabel, EnumSet<Trait> traits) {
    }

    /** Everything a reading depends on. Plain equals and hashCode: a record's are slower in this hot loop. */
    private static final class Key {
        private final String type;
        private final String label;
        private final List<String> capabilities;
        private final boolean readsLabel;
        private final int hash;

        Key(Node node) {
            type = node.type();
            label = node.label();
            capabilities = node.capabilities();
            readsLabel = node.readsLabel();
            int h = 31 * (31 * type.hashCode() + label.hashCode()) + capabilities.hashCode();
            hash = 2 * h + (readsLabel ? 1 : 0);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && readsLabel == k.readsLabel && type.equals(k.type)
                    && label.equals(k.label) && capabilities.equals(k.capabilities);
        }
    }

    private final Catalog catalog;
    private final Map<Key, Reading> cache = new ConcurrentHashMap<>();
    private final Map<Object, Object> remembered = new ConcurrentHashMap<>();

    GraderMemory(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The value for a key, computed once: {@code compute} must be a pure function of the key (the key holds
     * everything the value depends on, and equal keys give equal values).
     */
    @SuppressWarnings("unchecked")
    <K, V> V remember(K key, Function<K, V> compute) {
        Object known = remembered.get(key);
        if (known != null) {
            return (V) known;
        }
        V value = compute.apply(key);
        if (remembered.size() >= REMEMBERED_LIMIT) {
            remembered.clear();
        }
        remembered.put(key, value);
        return value;
    }

    /** How the grader reads a card. */
    Reading reading(Node node) {
        Key key = new Key(node);
        Reading known = cache.get(key);
        if (known != null) {
            return known;
        }
        Reading reading = read(node);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, reading);
        return reading;
    }

    private Reading read(Node node) {
        Set<String> fromLabel = catalog.labelCapabilitiesOf(node);
        Set<String> all = new LinkedHashSet<>(catalog.drawnCapabilitiesOf(node));
        all.addAll(fromLabel);
        EnumSet<Trait> traits = EnumSet.noneOf(Trait.class);
        for (String c : all) {
            traits.addAll(catalog.traitsOf(c));
        }
        return new Reading(Collections.unmodifiableSet(all), Collections.unmodifiableSet(fromLabel), traits);
    }
}
