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

    /** "a grounding check", "an LLM", "an audit log": a noun phrase for a derived name. */
    static String withArticle(String name) {
        if (name.isEmpty()) {
            return name;
        }
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(0))
                && Character.isUpperCase(name.charAt(1));
        String phrase = acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        char first = Character.toUpperCase(name.charAt(0));
        String lower = phrase.toLowerCase(java.util.Locale.ROOT);
        boolean soundsLikeYou = lower.startsWith("us") || lower.startsWith("uni") || lower.startsWith("eu")
                || lower.startsWith("one");
        boolean vowelSound = acronym ? "AEFHILMNORSX".indexOf(first) >= 0
                : "AEIOU".indexOf(first) >= 0 && !soundsLikeYou;
        return (vowelSound ? "an " : "a ") + phrase;
    }

    /** The text with its first letter in upper case. */
    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    /** 1234.5 → "$1,234.50"; 0.0123 → "$0.0123"; 0.000021 → "$0.000021" (two significant digits). */
    static String dollars(double usd) {
        if (usd >= 1) {
            return String.format(Locale.ROOT, "$%,.2f", usd);
        }
        if (usd >= 0.01 || usd == 0) {
            return String.format(Locale.ROOT, "$%.4f", usd);
        }
        return "$" + new java.math.BigDecimal(usd).round(new java.math.MathContext(2)).stripTrailingZeros()
                .toPlainString();
    }
}
