package dev.designround.ui.palette;

import dev.designround.model.Catalog;
import dev.designround.model.Category;
import dev.designround.model.ComponentType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Which component types a palette search finds, best first. A type matches when every word of the query is in its
 * name, id, description or category; the best are those whose name is the query, then whose name starts with it,
 * then whose name has a word starting with it, then the same for the id, then the category, and last the ones
 * that only mention it in their description. Equal ranks keep the catalog's order. Plain Java.
 */
public final class PaletteSearch {

    private enum Rank { NAME, NAME_PREFIX, NAME_WORD, ID_PREFIX, ID_WORD, CATEGORY, ANYWHERE }

    private record Entry(ComponentType type, String name, String id, String category, String haystack) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public PaletteSearch(Catalog catalog) {
        for (Category c : catalog.categories()) {
            for (ComponentType t : catalog.typesIn(c.id())) {
                String name = lower(t.name());
                String category = lower(c.name());
                entries.add(new Entry(t, name, lower(t.id()), category,
                        String.join(" ", lower(t.id()), name, lower(t.description()), category)));
            }
        }
    }

    /** The types matching a query, best first; every type, in catalog order, for an empty query. */
    public List<ComponentType> find(String query) {
        String q = query == null ? "" : lower(query).strip().replaceAll("\\s+", " ");
        record Hit(Entry entry, int rank, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            OptionalInt rank = rank(entries.get(i), q);
            if (rank.isPresent()) {
                hits.add(new Hit(entries.get(i), rank.getAsInt(), i));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparingInt(Hit::order));
        return hits.stream().map(h -> h.entry().type()).toList();
    }

    private static OptionalInt rank(Entry e, String q) {
        if (q.isEmpty()) {
            return OptionalInt.of(0);
        }
        for (String word : q.split(" ")) {
            if (!e.haystack().contains(word)) {
                return OptionalInt.empty();
            }
        }
        Rank r;
        if (e.name().equals(q)) {
            r = Rank.NAME;
        } else if (e.name().startsWith(q)) {
            r = Rank.NAME_PREFIX;
        } else if (wordStarts(e.name(), q)) {
            r = Rank.NAME_WORD;
        } else if (e.id().startsWith(q)) {
            r = Rank.ID_PREFIX;
        } else if (wordStarts(e.id().replace('-', ' '), q)) {
            r = Rank.ID_WORD;
        } else if (wordStarts(e.category(), q)) {
            r = Rank.CATEGORY;
        } else {
            r = Rank.ANYWHERE;
        }
        return OptionalInt.of(r.ordinal());
    }

    /** Whether a word of the text (after a space, a hyphen, a slash or a bracket) starts with the query. */
    private static boolean wordStarts(String text, String q) {
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
            if (i == 0 || " -/(".indexOf(text.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
