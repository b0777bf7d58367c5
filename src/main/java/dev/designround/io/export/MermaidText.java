package dev.designround.io.export;

import dev.designround.diagram.SafeText;
/**
 * Escapes text for a quoted Mermaid label ({@code n1["..."]}, {@code -->|"..."|}): characters that would end the
 * label, start markup or be read as an entity become Mermaid's entity codes ({@code #quot;}, {@code #lt;},
 * {@code #35;}, ...), and line breaks become {@code <br/>}. So does {@code %}: Mermaid reads {@code %%{...}%%}
 * anywhere in the text as a directive (a label {@code %%{wrap}%%} stopped the whole diagram from being drawn, one
 * with {@code %%{init: ...}%%} changed its theme). Emoji and right-to-left text stay as they are.
 */
public final class MermaidText {

    private MermaidText() {
    }

    public static String escape(String text) {
        String clean = SafeText.clean(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '%' -> out.append("#37;");
                case '&' -> out.append("#amp;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '`' -> out.append("#96;");
                case '|' -> out.append("#124;");
                case '\n' -> out.append("<br/>");
                case '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A one-line title as a YAML double-quoted string for Mermaid's front matter: backslashes and double quotes
     * escaped YAML's way, everything else as typed ({@code &} stays {@code &}). Mermaid passes titles through an
     * HTML sanitiser, which would drop a {@code <tag>} and show a lone {@code <} as {@code &lt;}, so angle
     * brackets become the look-alike quotation marks {@code ‹ ›}.
     */
    public static String yamlTitle(String oneLine) {
        StringBuilder out = new StringBuilder(oneLine.length() + 2).append('"');
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '<' -> out.append('\u2039');
                case '>' -> out.append('\u203A');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
