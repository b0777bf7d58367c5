package dev.designround.rules;

import dev.designround.model.Catalog;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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
 *       text: moving or wiring cards leaves the text as it was;</li>
 *   <li>the last design's {@link Layout}: the order of its nodes and edges by id and the nodes each edge joins,
 *       which depend only on the ids, and moving or relabelling cards leaves those as they were.</li>
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
    private volatile Layout layout;
    private volatile LastReadings lastReadings;
    private final Map<Identity, LastPieces> lastPieces = new ConcurrentHashMap<>();

    /** The cards of the last design read, in its order, and their readings. */
    private record LastReadings(Node[] nodes, Reading[] readings) {
    }
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

    /**
     * What a reader finds in each piece of writing (a notes rule's topics in the notes, the title, each label),
     * and all of it together. The reader is a pure function of the piece; the {@code reader}'s identity keys what
     * was found in the last writing it read, so that a piece equal to the one at the same place last time (or
     * anywhere last time) is not read again: typing one label reads that label only.
     */
    Set<String> piecewise(Object reader, List<String> pieces, Function<String, Set<String>> read) {
        LastPieces last = lastPieces.get(new Identity("pieces", reader));
        Map<String, Set<String>> byText = null;
        String[] texts = pieces.toArray(new String[0]);
        @SuppressWarnings("unchecked")
        Set<String>[] found = new Set[texts.length];
        Set<String> all = new java.util.HashSet<>();
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i];
            Set<String> f = null;
            if (text.isEmpty()) {
                f = Set.of();
            } else if (last != null && i < last.texts().length
                    && (last.texts()[i] == text || last.texts()[i].equals(text))) {
                f = last.found()[i];
            } else if (last != null) {
                if (byText == null) {
                    byText = new java.util.HashMap<>();
                    for (int j = 0; j < last.texts().length; j++) {
                        byText.put(last.texts()[j], last.found()[j]);
                    }
                }
                f = byText.get(text);
            }
            if (f == null) {
                f = read.apply(text);
            }
            found[i] = f;
            all.addAll(f);
        }
        if (lastPieces.size() >= 256) {
            lastPieces.clear();
        }
        lastPieces.put(new Identity("pieces", reader), new LastPieces(texts, found));
        return Collections.unmodifiableSet(all);
    }

    /** The pieces of writing a reader read last, and what it found in each. */
    private record LastPieces(String[] texts, Set<String>[] found) {
    }

    /**
     * A key that is its object's identity (a rule's own equals would compare all its words), with a name saying
     * what is kept under it, so that two things kept for one rule do not meet.
     */
    static final class Identity {
        private final String what;
        private final Object of;

        Identity(String what, Object of) {
            this.what = what;
            this.of = of;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.of == of && other.what.equals(what);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of) * 31 + what.hashCode();
        }
    }

    /**
     * How the grader reads each of a design's cards (in the design's order). A card that is the very same object
     * as in the last design read needs no look-up.
     */
    Reading[] readings(Node[] nodes) {
        LastReadings last = lastReadings;
        Reading[] out = new Reading[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            boolean same = last != null && i < last.nodes().length && last.nodes()[i] == nodes[i];
            out[i] = same ? last.readings()[i] : reading(nodes[i]);
        }
        lastReadings = new LastReadings(nodes.clone(), out.clone());
        return out;
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
        traits.addAll(catalog.traitsOf(node));
        int[] codes = new int[all.size()];
        int k = 0;
        for (String c : all) {
            codes[k++] = code(capabilityCodes, c);
        }
        return new Reading(Collections.unmodifiableSet(all), Collections.unmodifiableSet(fromLabel), traits,
                code(typeCodes, node.type()), codes);
    }

    /**
     * A design's nodes and edges in id order, for the ids it was built from. Immutable once built; shared by the
     * views of every design with the same ids in the same order.
     *
     * @param nodeIds   the nodes' ids in the design's order
     * @param edgeIds   the edges' ids, and the ids of the nodes they join, in the design's order
     * @param nodeOrder for each position in id order, the node's position in the design's order
     * @param edgeOrder the same for the edges
     * @param from      for each edge in id order, the id-order index of the node it leaves
     * @param to        the same for the node it enters
     * @param index     node id to its index in id order
     */
    record Layout(String[] nodeIds, String[] edgeIds, String[] edgeFroms, String[] edgeTos, int[] nodeOrder,
                  int[] edgeOrder, int[] from, int[] to, Map<String, Integer> index) {

        static Layout of(Node[] nodes, Edge[] edges) {
            String[] nodeIds = new String[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                nodeIds[i] = nodes[i].id();
            }
            String[] edgeIds = new String[edges.length];
            String[] froms = new String[edges.length];
            String[] tos = new String[edges.length];
            for (int k = 0; k < edges.length; k++) {
                edgeIds[k] = edges[k].id();
                froms[k] = edges[k].from();
                tos[k] = edges[k].to();
            }
            int[] nodeOrder = sortedBy(nodeIds);
            int[] edgeOrder = sortedBy(edgeIds);
            Map<String, Integer> index = new HashMap<>(nodes.length * 4 / 3 + 1);
            for (int i = 0; i < nodeOrder.length; i++) {
                index.put(nodeIds[nodeOrder[i]], i);
            }
            int[] from = new int[edges.length];
            int[] to = new int[edges.length];
            for (int k = 0; k < edgeOrder.length; k++) {
                from[k] = index.get(froms[edgeOrder[k]]);
                to[k] = index.get(tos[edgeOrder[k]]);
            }
            return new Layout(nodeIds, edgeIds, froms, tos, nodeOrder, edgeOrder, from, to,
                    Collections.unmodifiableMap(index));
        }

        /** Positions in id order (ids are unique, so any sort gives this order). */
        private static int[] sortedBy(String[] ids) {
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < ids.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing(i -> ids[i]));
            int[] out = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                out[i] = order[i];
            }
            return out;
        }

        /** Whether the nodes and edges have exactly these ids, in this order. */
        boolean fits(Node[] nodes, Edge[] edges) {
            if (nodes.length != nodeIds.length || edges.length != edgeIds.length) {
                return false;
            }
            for (int i = 0; i < nodes.length; i++) {
                if (!nodes[i].id().equals(nodeIds[i])) {
                    return false;
                }
            }
            for (int k = 0; k < edges.length; k++) {
                Edge e = edges[k];
                if (!e.id().equals(edgeIds[k]) || !e.from().equals(edgeFroms[k]) || !e.to().equals(edgeTos[k])) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The layout of these nodes and edges (in the design's order): the last one when the ids are the same. */
    Layout layout(Node[] nodes, Edge[] edges) {
        Layout last = layout;
        if (last != null && last.fits(nodes, edges)) {
            return last;
        }
        Layout built = Layout.of(nodes, edges);
        layout = built;
        return built;
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
