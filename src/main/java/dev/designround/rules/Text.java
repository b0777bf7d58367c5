package dev.designround.rules;

import java.util.List;
import java.util.Locale;

/** Small helpers for writing findings in plain English. */
final class Text {

    private static final int LIST_LIMIT = 4;

    private Text() {
    }

    /** "A", "A and B", "A, B and C", "A, B, C, D and 3 more". */
    static String joinAnd(List<String> items) {
        return join(items, "and");
    }

    /** "A", "A or B", "A, B or C". */
    static String joinOr(List<String> items) {
        return join(items, "or");
    }

    private static String join(List<String> items, String conjunction) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() > LIST_LIMIT + 1) {
            return String.join(", ", items.subList(0, LIST_LIMIT)) + " " + conjunction + " "
                    + (items.size() - LIST_LIMIT) + " more";
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    /** "is" for one, "are" for several. */
    static String isAre(int count) {
        return count == 1 ? "is" : "are";
    }

    /** A path as "User → Gateway → Claude". */
    static String path(List<String> labels) {
        return String.join(" → ", labels);
    }

    /** 1234.5 → "1,235 ms"; 90000 → "1.5 min". */
    static String millis(double ms) {
        if (ms >= 60_000) {
            return String.format(Locale.ROOT, "%.1f min", ms / 60_000);
        }
        return String.format(Locale.ROOT, "%,.0f ms", ms);
    }

    /** 0.0123 → "$0.0123". */
    static String dollars(double usd) {
        return usd >= 1 ? String.format(Locale.ROOT, "$%,.2f", usd) : String.format(Locale.ROOT, "$%.4f", usd);
    }
}
