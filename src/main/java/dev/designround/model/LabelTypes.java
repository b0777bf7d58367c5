package dev.designround.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a shape drawn in another tool is, read from its label and its outline: "Pinecone" is a vector DB,
 * "GPT-4o" an LLM, a cylinder a store, a stick figure a user. The phrases come from
 * {@code components/label-types.json} plus every component type's own name; they are matched as
 * {@link PhraseMatcher} matches them (whole words, case-insensitive, a trailing {@code *} for the start of a word).
 * Immutable and thread-safe.
 *
 * <p>Which phrase names the shape when a label holds several: only the label's head counts when it names a type
 * (the text before a line break, a bracket, a colon or a dash: "Redis (session cache)" is read from "Redis"), the
 * longest phrase wins ("Redis vector DB" is a vector DB, not a cache), and of equally long ones the last, since
 * English puts the thing after what describes it ("Kafka consumer queue" is a queue). A shape's outline decides
 * only when its label names nothing.
 */
public final class LabelTypes {

    public static final LabelTypes EMPTY = new LabelTypes(Map.of(), Map.of());

    /** The outlines that say what a shape is, whatever its label, in the words of {@code label-types.json}. */
    public enum Outline {
        /** A database drum: a store. */
        CYLINDER("cylinder"),
        /** A stick figure or person: a user. */
        ACTOR("actor"),
        /** A page with a wavy bottom edge: documents. */
        DOCUMENT("document");

        private final String id;

        Outline(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Outline> fromId(String id) {
            return Arrays.stream(values()).filter(o -> o.id.equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Outline::id).toList();
        }
    }

    /** How a type was found. */
    public enum Source { LABEL, OUTLINE }

    /**
     * A type recognised for a shape.
     *
     * @param type     the component type id
     * @param source   whether its label or its outline said so
     * @param evidence the phrase as written in the vocabulary, or the outline's id
     */
    public record Reading(String type, Source source, String evidence) {
    }

    private final PhraseMatcher matcher;
    private final Map<String, List<String>> phrases;
    private final Map<Outline, String> outlines;

    /**
     * @param phrases  per component type id, the phrases that name it
     * @param outlines per outline, the type a shape of that outline is when its label names none
     */
    public LabelTypes(Map<String, List<String>> phrases, Map<Outline, String> outlines) {
        this.phrases = Map.copyOf(phrases);
        this.outlines = Map.copyOf(outlines);
        // longest first: the matcher reports one phrase per type and place, the first of its list that matches
        Map<String, List<String>> longestFirst = new java.util.HashMap<>();
        phrases.forEach((type, list) -> longestFirst.put(type, list.stream()
                .sorted(java.util.Comparator.comparingInt((String p) -> -PhraseMatcher.words(p).size())).toList()));
        this.matcher = new PhraseMatcher(longestFirst, List.of()).skippingQuotes();
    }

    /** The type a shape's label names, else the one its outline shows, else empty. */
    public Optional<Reading> typeOf(String label, Optional<Outline> outline) {
        Optional<Reading> named = typeNamedIn(label);
        if (named.isPresent()) {
            return named;
        }
        return outline.flatMap(o -> Optional.ofNullable(outlines.get(o))
                .map(type -> new Reading(type, Source.OUTLINE, o.id())));
    }

    /** The type a label names, by the rules in the class comment. */
    public Optional<Reading> typeNamedIn(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        List<PhraseMatcher.Match> matches = matcher.find(label);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        int head = headEnd(label);
        List<PhraseMatcher.Match> inHead = new ArrayList<>();
        for (PhraseMatcher.Match m : matches) {
            if (m.offset() < head) {
                inHead.add(m);
            }
        }
        PhraseMatcher.Match best = null;
        for (PhraseMatcher.Match m : inHead.isEmpty() ? matches : inHead) {
            if (best == null || length(m) >= length(best)) {
                best = m;
            }
        }
        return Optional.of(new Reading(best.key(), Source.LABEL, best.phrase()));
    }

    private static int length(PhraseMatcher.Match m) {
        return PhraseMatcher.words(m.phrase().replace("*", "")).size();
    }

    /** Where the label's head ends: at its first line break, bracket, colon or dash between words. */
    private static int headEnd(String label) {
        int end = label.length();
        for (String mark : List.of("\n", "(", "[", "{", ":", " - ", " \u2013 ", " \u2014 ", " / ")) {
            int at = label.indexOf(mark);
            if (at > 0 && at < end && !label.substring(0, at).isBlank()) {
                end = at;
            }
        }
        return end;
    }

    /** The phrases of one type, as written in the vocabulary. */
    public List<String> phrasesOf(String type) {
        return phrases.getOrDefault(type, List.of());
    }

    /** The type a shape of this outline is when its label names none. */
    public Optional<String> typeOf(Outline outline) {
        return Optional.ofNullable(outlines.get(outline));
    }

    /** The types some phrase names. */
    public java.util.Set<String> types() {
        return phrases.keySet();
    }

    @Override
    public String toString() {
        return "LabelTypes[" + phrases.size() + " types, outlines " + outlines.keySet().stream()
                .map(o -> o.id().toLowerCase(Locale.ROOT)).toList() + "]";
    }
}
