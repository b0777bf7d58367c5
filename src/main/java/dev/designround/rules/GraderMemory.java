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
    /** How much remembered keys may hold in all (in characters of text, say): a few designs' worth. */
    private static final long REMEMBERED_WEIGHT_LIMIT = 4_000_000;

    /**
     * One card's reading. The sets are shared between gradings: never modified. The codes number the type and the
     * capabilities (see {@link #typeCode}, {@link #capabilityCode}), so that a view indexes its nodes by them
     * without hashing names.
     */
    record Reading(Set<String> capabilities, Set<String> fromLabel, EnumSet<Trait> traits, int typeCode,
                   int[] capabilityCodes) {
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
    private final Map<String, Integer> typeCodes = new ConcurrentHashMap<>();
    private final Map<String, Integer> capabilityCodes = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong rememberedWeight = new java.util.concurrent.atomic.AtomicLong();

    GraderMemory(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The value for a key, computed once: {@code compute} must be a pure function of the key (the key holds
     * everything the value depends on, and equal keys give equal values). {@code weight} is how much the key holds
     * on to (characters of text): what is remembered stays within a few designs' worth, and a key heavier than that
     * is not remembered at all.
     */
    @SuppressWarnings("unchecked")
    <K, V> V remember(K key, long weight, Function<K, V> compute) {
        Object known = remembered.get(key);
        if (known != null) {
            return (V) known;
        }
        V value = compute.apply(key);
        if (weight <= REMEMBERED_WEIGHT_LIMIT) {
            if (rememberedWeight.addAndGet(weight) > REMEMBERED_WEIGHT_LIMIT) {
                remembered.clear();
                rememberedWeight.set(weight);
            }
            remembered.put(key, value);
        }
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
        int[] codes = new int[all.size()];
        int k = 0;
        for (String c : all) {
            codes[k++] = code(capabilityCodes, c);
        }
        return new Reading(Collections.unmodifiableSet(all), Collections.unmodifiableSet(fromLabel), traits,
                code(typeCodes, node.type()), codes);
    }

    /** The number of a type id seen on a card, or -1 if no card read so far has it. */
    int typeCode(String type) {
        return typeCodes.getOrDefault(type, -1);
    }

    /** The number of a capability id seen on a card, or -1 if no card read so far has it. */
    int capabilityCode(String capability) {
        return capabilityCodes.getOrDefault(capability, -1);
    }

    private static int code(Map<String, Integer> codes, String name) {
        synchronized (codes) {
            return codes.computeIfAbsent(name, x -> codes.size());
        }
    }
}
