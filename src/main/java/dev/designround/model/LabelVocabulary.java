package dev.designround.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What words on a card mean: per capability, the phrases that show a card does it ("ACL pre-filter" is access
 * control), from {@code components/label-phrases.json}. Read from labels (full credit: the card is drawn) and
 * from the design's notes (part credit: said, not drawn). Results for a label are cached, since the same labels
 * are read on every edit. Thread-safe.
 */
public final class LabelVocabulary {

    public static final LabelVocabulary EMPTY = new LabelVocabulary(Map.of(), List.of(), List.of());

    private static final int CACHE_LIMIT = 16_384;

    private final PhraseMatcher matcher;
    private final Map<String, List<String>> phrases;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    /**
     * @param phrases        capability id to its phrases
     * @param negations      words or phrases that cancel a phrase they stand just before ("no ACL")
     * @param negationsAfter words that cancel a phrase they follow ("ASR down")
     */
    public LabelVocabulary(Map<String, List<String>> phrases, List<String> negations, List<String> negationsAfter) {
        this.phrases = Map.copyOf(phrases);
        this.matcher = new PhraseMatcher(phrases, negations, negationsAfter).skippingQuotes();
    }

    /** The capability ids a label's words claim, in order of first mention. */
    public Set<String> capabilitiesIn(String label) {
        if (label == null || label.isBlank()) {
            return Set.of();
        }
        Set<String> known = cache.get(label);
        if (known != null) {
            return known;
        }
        Set<String> found = Set.copyOf(matcher.keysIn(label));
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(label, found);
        return found;
    }

    /** Every mention in a longer text (the notes), with the phrase and where it stands. */
    public List<PhraseMatcher.Match> mentionsIn(String text) {
        return matcher.find(text);
    }

    /** The phrases of one capability, as written in the vocabulary. */
    public List<String> phrasesOf(String capability) {
        return phrases.getOrDefault(capability, List.of());
    }

    public Set<String> capabilities() {
        return phrases.keySet();
    }
}
