package dev.designround.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for mistyped ids and keys: the closest known name by edit distance, if close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The known name closest to {@code input}, when it is within a third of the input's length (at least 2 edits)
     * or one contains the other.
     */
    public static Optional<String> closest(String input, Collection<String> known) {
        String needle = input.toLowerCase(Locale.ROOT);
        if (needle.length() >= 3) {
            Optional<String> containing = known.stream()
                    .filter(k -> k.toLowerCase(Locale.ROOT).contains(needle)
                            || needle.contains(k.toLowerCase(Locale.ROOT)) && k.length() >= 3)
                    .min(java.util.Comparator.comparingInt((String k) -> distance(needle, k.toLowerCase(Locale.ROOT)))
                            .thenComparing(k -> k));
            if (containing.isPresent()) {
                return containing;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(needle, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, needle.length() / 3);
        String lowerBest = best.toLowerCase(Locale.ROOT);
        boolean contains = needle.length() >= 3 && (lowerBest.contains(needle) || needle.contains(lowerBest));
        return bestDistance <= allowed || contains ? Optional.of(best) : Optional.empty();
    }

    /** {@code " (did you mean \"x\"?)"} or the empty string. */
    public static String didYouMean(String input, Collection<String> known) {
        return closest(input, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
    }

    /** Levenshtein distance, two rows. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
