package dev.designround.io.report;

import dev.designround.diagram.SafeText;

/**
 * Escapes text for GitHub-flavoured Markdown so it shows as typed: HTML-significant characters become entities
 * (no markup or script can be injected), Markdown punctuation is backslash-escaped, and line breaks become
 * {@code <br>} (safe inside table cells too). Emoji and right-to-left text are kept.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    static String escape(String text) {
        String clean = SafeText.clean(text).strip();
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\n' -> out.append("<br>");
                case '\t' -> out.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '!' ->
                        out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
