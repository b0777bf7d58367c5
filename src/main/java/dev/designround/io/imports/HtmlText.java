package dev.designround.io.imports;

import java.util.Locale;
import java.util.Map;

/**
 * The text a person sees in a label written as HTML, as draw.io writes labels with {@code html=1} and Mermaid
 * allows in node text: {@code <br>}, block ends ({@code </div>}, {@code </p>}, {@code </li>}) and {@code <hr>} become
 * line breaks, other tags are dropped, character references ({@code &amp;}, {@code &nbsp;}, {@code &#8212;},
 * {@code &#x2014;}) become their characters, and blank lines and runs of spaces are collapsed. Labels are a few
 * words: a small reader of our own is enough (an HTML parser library would be ten thousand times the size of what
 * it does here), and it never fetches, runs or keeps anything.
 */
final class HtmlText {

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "\u2013"),
            Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"), Map.entry("rarr", "\u2192"),
            Map.entry("larr", "\u2190"), Map.entry("harr", "\u2194"), Map.entry("bull", "\u2022"),
            Map.entry("middot", "\u00b7"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("times", "\u00d7"),
            Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
            Map.entry("euro", "\u20ac"), Map.entry("deg", "\u00b0"), Map.entry("plusmn", "\u00b1"));

    private HtmlText() {
    }

    /** The visible text of an HTML fragment, lines trimmed, without empty lines. */
    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i + 1);
                if (end < 0) {
                    out.append(html, i, n);
                    break;
                }
                String tag = tagName(html.substring(i + 1, end));
                if (tag.equals("br") || tag.equals("hr") || tag.equals("/div") || tag.equals("/p")
                        || tag.equals("/li") || tag.equals("/h1") || tag.equals("/h2") || tag.equals("/h3")
                        || tag.equals("/tr") || tag.equals("div") || tag.equals("p") || tag.equals("li")) {
                    out.append('\n');
                } else if (tag.equals("/td") || tag.equals("/th")) {
                    out.append(' ');
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i + 1);
                String decoded = end > i + 1 && end - i <= 12 ? reference(html.substring(i + 1, end)) : null;
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(decoded);
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return tidy(out.toString());
    }

    /** Lines trimmed, runs of blanks made one space, empty lines dropped. */
    static String tidy(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String clean = line.replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!clean.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(clean);
            }
        }
        return out.toString();
    }

    private static String tagName(String inside) {
        String s = inside.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || (end == 0 && s.charAt(0) == '/'))) {
            end++;
        }
        return s.substring(0, end);
    }

    /** A character reference's text, or null when it is not one. */
    static String reference(String name) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) && code != 0 ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(name.toLowerCase(Locale.ROOT));
    }
}
