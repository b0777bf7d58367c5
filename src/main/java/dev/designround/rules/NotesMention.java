package dev.designround.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The candidate's notes mention at least {@code min} of the topics: requirements before architecture, as the
 * interview guides insist ("What's the expected volume? What's our latency budget? The cost budget?").
 */
public record NotesMention(List<Topic> topics, int min) implements Condition {

    /**
     * A requirement topic and the words that show the candidate thought about it.
     *
     * @param keywords lower-case words or phrases, matched as whole words ("sla" does not match "slack"); a
     *                 keyword ending in {@code *} matches the start of a word ("latenc*" matches "latency")
     */
    public record Topic(String id, String label, List<String> keywords) {
        public Topic {
            keywords = List.copyOf(keywords);
        }

        boolean mentionedIn(String lowerNotes) {
            for (String k : keywords) {
                if (pattern(k).matcher(lowerNotes).find()) {
                    return true;
                }
            }
            return false;
        }

        /** Word boundaries where the keyword starts or ends with a letter or digit. */
        private static Pattern pattern(String keyword) {
            boolean prefix = keyword.endsWith("*");
            String word = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
            String before = !word.isEmpty() && Character.isLetterOrDigit(word.charAt(0)) ? "(?<![\\p{L}\\p{N}])" : "";
            String after = !prefix && !word.isEmpty() && Character.isLetterOrDigit(word.charAt(word.length() - 1))
                    ? "(?![\\p{L}\\p{N}])" : "";
            return Pattern.compile(before + Pattern.quote(word) + after);
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
        String notes = view.design().info().notes().toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Topic t : topics) {
            (t.mentionedIn(notes) ? found : missing).add(t.label());
        }
        if (found.size() >= min) {
            return Outcome.pass("The notes cover " + Text.joinAnd(found) + ".");
        }
        if (topics.size() == 1) {
            return Outcome.fail("The notes do not mention " + topics.get(0).label() + ".", List.of());
        }
        String have = found.isEmpty() ? "none" : "only " + Text.joinAnd(found);
        return Outcome.fail("The notes cover " + have + " of " + Text.joinAnd(labels()) + "; they should cover at "
                + "least " + min + ".", List.of());
    }

    private List<String> labels() {
        return topics.stream().map(Topic::label).toList();
    }
}
