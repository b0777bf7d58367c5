package dev.designround.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds phrases in free text the way a reader skims a whiteboard: case-insensitive, whole words, punctuation
 * ignored ({@code pre-filter} reads as {@code pre filter}), a trailing {@code *} matching the start of the last word
 * ({@code redact*} matches "redacted"), and a phrase with a negation up to {@value #NEGATION_WINDOW} words before it
 * in the same clause ignored ("no ACL yet", "instead of a grounding check"). Each phrase stands for a key (a
 * capability id). Matching is linear in the text's length: words are looked up by their first word (or first
 * letters, for one-word prefixes), never by scanning every phrase. Immutable and thread-safe.
 */
public final class PhraseMatcher {

    /** How many words before a phrase a negation may stand. */
    static final int NEGATION_WINDOW = 4;
    private static final int PREFIX_KEY = 3;

    private record Phrase(String key, String[] words, boolean prefix, String text) {
    }

    /** A phrase found in a text: its key, the phrase as written in the vocabulary, and where it starts. */
    public record Match(String key, String phrase, int offset) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byPrefix = new HashMap<>();
    private final List<String[]> negations = new ArrayList<>();
    private final List<String[]> negationsAfter = new ArrayList<>();
    private boolean skipQuoted;

    public PhraseMatcher(Map<String, List<String>> phrases, List<String> negations) {
        this(phrases, negations, List.of());
    }

    /**
     * The same matcher, but ignoring words inside quotation marks: on a card, quoted text is a message or an
     * example ("Slack DMs: 'approval requested'"), not something the card does.
     */
    public PhraseMatcher skippingQuotes() {
        skipQuoted = true;
        return this;
    }

    /**
     * @param phrases        per key, its phrases
     * @param negations      words or phrases that, up to {@value #NEGATION_WINDOW} words before a phrase, cancel it
     * @param negationsAfter words that, right after a phrase (within two words), cancel it: "ASR down" names a
     *                       situation, not something the card does
     */
    public PhraseMatcher(Map<String, List<String>> phrases, List<String> negations, List<String> negationsAfter) {
        phrases.forEach((key, list) -> {
            for (String p : list) {
                boolean prefix = p.endsWith("*");
                String[] words = words(prefix ? p.substring(0, p.length() - 1) : p).toArray(new String[0]);
                if (words.length == 0) {
                    continue;
                }
                Phrase phrase = new Phrase(key, words, prefix, p);
                if (prefix && words.length == 1) {
                    String w = words[0];
                    byPrefix.computeIfAbsent(w.substring(0, Math.min(PREFIX_KEY, w.length())),
                            k -> new ArrayList<>()).add(phrase);
                } else {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(phrase);
                }
            }
        });
        for (String n : negations) {
            List<String> w = words(n);
            if (!w.isEmpty()) {
                this.negations.add(w.toArray(new String[0]));
            }
        }
        for (String n : negationsAfter) {
            List<String> w = words(n);
            if (!w.isEmpty()) {
                this.negationsAfter.add(w.toArray(new String[0]));
            }
        }
    }

    /** The keys whose phrases occur (not negated) in the text, in order of first occurrence. */
    public Set<String> keysIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Match m : find(text)) {
            out.add(m.key());
        }
        return out;
    }

    /** Every occurrence (not negated), in text order; at most one match per key and position. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        List<Token> clause = new ArrayList<>();
        int i = 0;
        int n = text.length();
        char quote = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (skipQuoted) {
                if (quote != 0) {
                    if (closes(text, i, quote)) {
                        quote = 0;
                    }
                    i++;
                    continue;
                }
                char q = opens(text, i);
                if (q != 0) {
                    quote = q;
                    i++;
                    continue;
                }
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                clause.add(new Token(text.substring(start, i).toLowerCase(Locale.ROOT), start));
                continue;
            }
            if (isClauseBreak(c)) {
                scan(clause, out);
                clause.clear();
            }
            i++;
        }
        scan(clause, out);
        return out;
    }

    private record Token(String word, int offset) {
    }

    /** The closing mark if a quotation opens at {@code i}: a double or curly quote, or ' after a non-letter. */
    private static char opens(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '"' -> '"';
            case '\u201c' -> '\u201d';
            case '\u2018' -> '\u2019';
            case '\'' -> i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '\'' : 0;
            default -> 0;
        };
    }

    private static boolean closes(String text, int i, char quote) {
        if (text.charAt(i) != quote) {
            return false;
        }
        return quote != '\'' || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isClauseBreak(char c) {
        return c == '.' || c == ';' || c == ',' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')'
                || c == '\n' || c == '|' || c == '[' || c == ']';
    }

    private void scan(List<Token> tokens, List<Match> out) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            Map<String, Phrase> found = new LinkedHashMap<>();
            List<Phrase> exact = byFirstWord.get(w);
            if (exact != null) {
                for (Phrase p : exact) {
                    if (matchesAt(tokens, i, p)) {
                        found.putIfAbsent(p.key(), p);
                    }
                }
            }
            List<Phrase> prefixed = byPrefix.get(w.substring(0, Math.min(PREFIX_KEY, w.length())));
            if (prefixed != null) {
                for (Phrase p : prefixed) {
                    if (w.startsWith(p.words()[0])) {
                        found.putIfAbsent(p.key(), p);
                    }
                }
            }
            if (!found.isEmpty() && !negated(tokens, i)) {
                for (Phrase p : found.values()) {
                    int end = i + (p.prefix() && p.words().length == 1 ? 1 : p.words().length);
                    if (!negatedAfter(tokens, end)) {
                        out.add(new Match(p.key(), p.text(), tokens.get(i).offset()));
                    }
                }
            }
        }
    }

    private static boolean matchesAt(List<Token> tokens, int at, Phrase p) {
        String[] words = p.words();
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            String t = tokens.get(at + k).word();
            boolean last = k == words.length - 1;
            if (last && p.prefix() ? !t.startsWith(words[k]) : !t.equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a negation ends within the {@link #NEGATION_WINDOW} words before position {@code at}. */
    private boolean negated(List<Token> tokens, int at) {
        int from = Math.max(0, at - NEGATION_WINDOW);
        for (String[] neg : negations) {
            for (int end = at - 1; end >= from; end--) {
                int start = end - neg.length + 1;
                if (start < 0) {
                    break;
                }
                boolean all = true;
                for (int k = 0; k < neg.length && all; k++) {
                    all = tokens.get(start + k).word().equals(neg[k]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of {@link #negationsAfter} starts within two words after position {@code end}. */
    private boolean negatedAfter(List<Token> tokens, int end) {
        for (String[] neg : negationsAfter) {
            for (int start = end; start <= end + 1 && start + neg.length <= tokens.size(); start++) {
                boolean all = true;
                for (int k = 0; k < neg.length && all; k++) {
                    all = tokens.get(start + k).word().equals(neg[k]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower-case words of a text: maximal runs of letters and digits. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return out;
    }
}
