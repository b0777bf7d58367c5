package dev.designround.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a Mermaid file writes it, made into what a person reads: node and link text with its quotes, Markdown
 * strings, Mermaid's entity codes ({@code #quot;}) and HTML taken out; a front matter title as YAML writes it;
 * the statements of a line, which semicolons separate.
 */
final class MermaidText {

    private MermaidText() {
    }

    /** Node or link text as a person reads it: markdown quotes, entity codes and HTML taken out. */
    static String decode(String text) {
        String s = text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
            s = s.substring(1, s.length() - 1).replace("**", "").replace("\\n", "\n");
        }
        return HtmlText.toText(entities(s));
    }

    /** Mermaid's entity codes ({@code #quot;}, {@code #35;}, {@code #9829;}) as characters. */
    static String entities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = c == '#' ? s.indexOf(';', i + 1) : -1;
            if (end > i + 1 && end - i <= 10) {
                String name = s.substring(i + 1, end);
                String decoded = name.chars().allMatch(Character::isDigit) ? HtmlText.reference("#" + name)
                        : HtmlText.reference(name);
                if (decoded != null) {
                    // a markup character stays an entity, so that HTML reading does not take it for a tag
                    out.append(switch (decoded) {
                        case "<" -> "&lt;";
                        case ">" -> "&gt;";
                        case "&" -> "&amp;";
                        default -> decoded;
                    });
                    i = end + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** A YAML scalar as front matter holds a title: plain, 'single' or "double" quoted. */
    static String yamlScalar(String s) {
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            String inner = s.substring(1, s.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                if (c == '\\' && i + 1 < inner.length()) {
                    char e = inner.charAt(++i);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'x' -> i = hexEscape(inner, i, 2, out);
                        case 'u' -> i = hexEscape(inner, i, 4, out);
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        int comment = s.indexOf(" #");
        return (comment >= 0 ? s.substring(0, comment) : s).strip();
    }

    /**
     * A hex escape (a backslash, then x or u) whose letter is at {@code at}: the character its {@code digits} hex
     * digits name, or the letter when they are not hex; nothing when the string ends first. Returns where the
     * escape ends.
     */
    private static int hexEscape(String s, int at, int digits, StringBuilder out) {
        if (at + digits >= s.length()) {
            return at;
        }
        try {
            out.append((char) Integer.parseInt(s.substring(at + 1, at + 1 + digits), 16));
            return at + digits;
        } catch (NumberFormatException ex) {
            out.append(s.charAt(at));
            return at;
        }
    }

    /** Statements of a line: split at semicolons outside quotes and brackets. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == ')' || c == '}')) {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && c == ';') {
                out.add(line.substring(start, i));
                start = i + 1;
            }
        }
        out.add(line.substring(start));
        return out;
    }

    /** A text cut to 40 characters for a message, with an ellipsis where it was cut. */
    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 39) + "\u2026" : s;
    }
}
