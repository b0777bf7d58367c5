package dev.designround.rules;

import dev.designround.model.PhraseMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The candidate's notes (or the words on the canvas: cards, arrows, the title) mention at least {@code min} of the
 * topics: requirements before architecture, as the interview guides insist ("What's the expected volume? What's
 * our latency budget? The cost budget?"). Matching is linear in the length of the text, whatever the number of
 * keywords.
 */
public record NotesMention(List<Topic> topics, int min) implements Condition {

    /**
     * A requirement topic and the words that show the candidate thought about it.
     *
     * @param keywords lower-case words or phrases, matched as whole words ("sla" does not match "slack"), punctuation
     *                 between words ignored; a keyword ending in {@code *} matches the start of its last word
     *                 ("latenc*" matches "latency"); a keyword starting with a symbol ("$", "/day") is matched as
     *                 written
     * @param patterns fixed patterns for the standard topics only ("8 s", "$0.25", "5k/day"); a scenario file can
     *                 give keywords, never patterns
     */
    public record Topic(String id, String label, List<String> keywords, List<Pattern> patterns) {
        public Topic {
            keywords = List.copyOf(keywords);
            patterns = List.copyOf(patterns);
        }

        public Topic(String id, String label, List<String> keywords) {
            this(id, label, keywords, List.of());
        }
    }

    public NotesMention {
        topics = List.copyOf(topics);
        if (min < 1 || min > topics.size()) {
            throw new IllegalArgumentException("min must be between 1 and the number of topics");
        }
    }

    @Override
    public String kind() {
        return "notes";
    }

    @Override
    public Outcome evaluate(GraphView view) {
        // Each piece of writing (the notes, the title, a label) is read on its own, so a phrase never runs from one
        // card's label into the next; the grader remembers what each piece held, so moving or wiring cards reads
        // nothing again and typing a label reads that label only.
        List<String> pieces = view.derived("notes.pieces", NotesMention::pieces);
        PhraseMatcher matcher = view.remembered(new GraderMemory.Identity("notes.words", this), 0, k -> words());
        Set<String> mentioned = view.piecewise(this, pieces,
                piece -> mentioned(matcher, piece, piece.toLowerCase(Locale.ROOT)));
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Topic t : topics) {
            (mentioned.contains(t.id()) ? found : missing).add(t.label());
        }
        if (found.size() >= min) {
            return Outcome.pass("The notes cover " + Text.joinAnd(found) + ".");
        }
        if (topics.size() == 1) {
            return Outcome.fail("The notes do not mention " + topics.get(0).label() + ".", List.of());
        }
        String have = found.isEmpty() ? "none of them" : "only " + Text.joinAnd(found);
        return Outcome.fail("The notes should cover at least " + min + " of " + Text.joinAnd(labels())
                + "; they cover " + have + ".", List.of());
    }

    /** The rule's plain keywords (those that start with a letter or digit) as one matcher, built once per rule. */
    private PhraseMatcher words() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (Topic t : topics) {
            List<String> plain = new ArrayList<>();
            for (String k : t.keywords()) {
                if (k.isEmpty() || Character.isLetterOrDigit(k.charAt(0))) {
                    plain.add(k);
                }
            }
            words.put(t.id(), plain);
        }
        return new PhraseMatcher(words, List.of());
    }

    /**
     * Everything the candidate wrote: the notes, the title and the words on the cards and arrows ("Client: 150 ms
     * debounce" says debouncing as well as a sentence in the notes does).
     */
    static String writing(GraphView view) {
        return String.join("\n", view.derived("notes.pieces", NotesMention::pieces));
    }

    /** The notes, the title, the cards' labels in id order and the arrows' labels: what {@link #writing} joins. */
    private static List<String> pieces(GraphView view) {
        List<String> pieces = new ArrayList<>(2 + view.size() + view.design().edgeCount());
        pieces.add(view.design().info().notes());
        pieces.add(view.design().info().title());
        for (int i = 0; i < view.size(); i++) {
            pieces.add(view.node(i).label());
        }
        view.design().edges().forEach(e -> pieces.add(e.label()));
        return pieces;
    }

    /**
     * The ids of the topics the writing mentions: by a word (one pass over the text for all topics), else by a
     * keyword written with a symbol, else by a pattern; a topic already found is not searched for again.
     */
    private Set<String> mentioned(PhraseMatcher matcher, String notes, String lower) {
        Set<String> out = new java.util.HashSet<>(matcher.keysIn(notes));
        for (Topic t : topics) {
            for (String k : t.keywords()) {
                if (!out.contains(t.id()) && !k.isEmpty() && !Character.isLetterOrDigit(k.charAt(0))
                        && literal(lower, k)) {
                    out.add(t.id());
                }
            }
            for (Pattern p : t.patterns()) {
                if (!out.contains(t.id()) && p.matcher(lower).find()) {
                    out.add(t.id());
                }
            }
        }
        return out.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(out);
    }

    /** A keyword that starts with a symbol, as written; if it ends with a letter or digit, at a word's end. */
    private static boolean literal(String text, String keyword) {
        boolean boundary = Character.isLetterOrDigit(keyword.charAt(keyword.length() - 1));
        for (int i = text.indexOf(keyword); i >= 0; i = text.indexOf(keyword, i + 1)) {
            int end = i + keyword.length();
            if (!boundary || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    private List<String> labels() {
        return topics.stream().map(Topic::label).toList();
    }
}
