package dev.designround.io.report;

import dev.designround.diagram.SafeText;

/** Escapes text for HTML element content and quoted attribute values; nothing typed can become markup. */
final class HtmlText {

    private HtmlText() {
    }

    static String escape(String text) {
        String clean = SafeText.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
