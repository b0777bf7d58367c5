package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.model.LabelTypes;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a Mermaid flowchart writes a node's shape and a link, read from a {@link MermaidCursor}: the shape marks
 * around a node's text ({@code [..]}, {@code (..)}, {@code [(..)]} a cylinder, {@code {{..}}}, ...) and the shape
 * names of {@code A@{ shape: cyl }}, and every link style ({@code -->}, {@code ---}, {@code -.->} dotted,
 * {@code ==>} thick, {@code --o}, {@code --x}, {@code <-->}, {@code ~~~} invisible, longer ones) with its text
 * ({@code -->|text|}, {@code -- text -->}, {@code -. text .->}).
 */
final class MermaidSyntax {

    /** Node shapes: opening and closing marks, longest first. */
    private static final String[][] SHAPES = {
            {"(((", ")))"}, {"([", "])"}, {"[[", "]]"}, {"[(", ")]"}, {"((", "))"}, {"{{", "}}"}, {"[/", "/]"},
            {"[/", "\\]"}, {"[\\", "\\]"}, {"[\\", "/]"}, {"(-", "-)"}, {"[", "]"}, {"(", ")"}, {"{", "}"},
            {">", "]"}};
    private static final Map<String, LabelTypes.Outline> NEW_SHAPES = Map.ofEntries(
            Map.entry("cyl", LabelTypes.Outline.CYLINDER), Map.entry("cylinder", LabelTypes.Outline.CYLINDER),
            Map.entry("db", LabelTypes.Outline.CYLINDER), Map.entry("database", LabelTypes.Outline.CYLINDER),
            Map.entry("das", LabelTypes.Outline.CYLINDER), Map.entry("lin-cyl", LabelTypes.Outline.CYLINDER),
            Map.entry("h-cyl", LabelTypes.Outline.CYLINDER), Map.entry("disk", LabelTypes.Outline.CYLINDER),
            Map.entry("horizontal-cylinder", LabelTypes.Outline.CYLINDER),
            Map.entry("doc", LabelTypes.Outline.DOCUMENT), Map.entry("document", LabelTypes.Outline.DOCUMENT),
            Map.entry("docs", LabelTypes.Outline.DOCUMENT), Map.entry("documents", LabelTypes.Outline.DOCUMENT),
            Map.entry("lin-doc", LabelTypes.Outline.DOCUMENT), Map.entry("tag-doc", LabelTypes.Outline.DOCUMENT));

    private MermaidSyntax() {
    }

    /**
     * A link as read: dotted, invisible, its text, whether it has an arrowhead at its end, and whether it points
     * from right to left ({@code <--}).
     */
    record Arrow(boolean dotted, boolean invisible, String text, boolean forward, boolean reversed) {
    }

    /**
     * A node's shape and text, if any follows its id: {@code @{ shape: .., label: .. }}, or the longest opening
     * mark that some closing mark ends.
     *
     * @throws InputException when an opening mark is never closed
     */
    static void shape(MermaidCursor c, MermaidNode node) throws InputException {
        if (c.take("@{")) {
            Map<String, String> props = properties(c.until("}"));
            c.take("}");
            Optional.ofNullable(props.get("label")).ifPresent(node::text);
            Optional.ofNullable(props.get("shape")).map(v -> NEW_SHAPES.get(v.toLowerCase(Locale.ROOT)))
                    .ifPresent(o -> node.outline = o);
            return;
        }
        int start = c.at;
        String opened = null;
        for (String[] shape : SHAPES) {
            if (opened != null && !shape[0].equals(opened)) {
                break;
            }
            if (!c.startsWith(shape[0])) {
                continue;
            }
            opened = shape[0];
            c.take(shape[0]);
            String text = c.text(shape[1]);
            if (text != null) {
                node.text(text);
                if (shape[0].equals("[(")) {
                    node.outline = LabelTypes.Outline.CYLINDER;
                }
                return;
            }
            c.at = start;
        }
        if (opened != null) {
            String mark = opened;
            String closers = String.join("' or '", java.util.Arrays.stream(SHAPES)
                    .filter(sh -> sh[0].equals(mark)).map(sh -> sh[1]).toList());
            throw c.problem("the text of node " + node.id + " is not closed with '" + closers + "'");
        }
    }

    /** {@code key: value, key: "value"} of a node's {@code @{ ... }}. */
    private static Map<String, String> properties(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("([\\w-]+)\\s*:\\s*(\"([^\"]*)\"|[^,}]*)").matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(2).strip());
        }
        return out;
    }

    /**
     * The link that starts at the cursor, with its text.
     *
     * @throws InputException when no link starts there, or its text is not closed
     */
    static Arrow arrow(MermaidCursor c) throws InputException {
        c.skipSpaces();
        int start = c.at;
        c.id(); // an edge id (e1@-->) is only a name
        if (!c.take("@")) {
            c.at = start;
        }
        boolean back = c.take("<");
        if (!back && (c.startsWith("o-") || c.startsWith("x-") || c.startsWith("o=") || c.startsWith("x="))) {
            c.at++;
        }
        Arrow a;
        if (c.startsWith("~~~")) {
            c.skip('~');
            a = new Arrow(false, true, "", false, false);
        } else if (c.startsWith("-.")) {
            a = dotted(c);
        } else if (c.startsWith("--") || c.startsWith("==")) {
            a = solid(c, c.peek());
        } else {
            throw c.problem("expected a link (-->, -.->, ==>, ...) at '" + MermaidText.shorten(c.rest()) + "'");
        }
        boolean forward = a.forward || c.take(">");
        c.skipEnd();
        c.skipSpaces();
        String text = a.text;
        if (c.take("|")) {
            String t = c.text("|");
            if (t == null) {
                throw c.problem("the text of a link is not closed with '|'");
            }
            text = t;
        }
        return new Arrow(a.dotted, a.invisible, text, forward, back && !forward);
    }

    private static Arrow dotted(MermaidCursor c) throws InputException {
        c.take("-");
        int dots = c.skip('.');
        if (c.peek() == '-') {
            c.skip('-');
            return new Arrow(true, false, "", c.take(">"), false);
        }
        if (dots == 1 && Character.isWhitespace(c.peek())) {
            int end = c.text.indexOf(".-", c.at);
            if (end < 0) {
                throw c.problem("a dotted link with text is not closed with '.->' or '.-'");
            }
            String text = c.text.substring(c.at, end).strip();
            c.at = end + 1;
            c.skip('-');
            return new Arrow(true, false, text, c.take(">"), false);
        }
        throw c.problem("expected a dotted link (-.-> or -. text .->) at '" + MermaidText.shorten(c.rest()) + "'");
    }

    private static Arrow solid(MermaidCursor c, char mark) {
        int count = c.skip(mark);
        Matcher m = Pattern.compile(Pattern.quote(String.valueOf(mark)) + "{2,}[>ox]?").matcher(c.text);
        if (count == 2 && Character.isWhitespace(c.peek()) && m.find(c.at)) {
            // -- text -->: the text runs to the link's second half
            String text = c.text.substring(c.at, m.start()).strip();
            c.at = m.start();
            c.skip(mark);
            return new Arrow(false, false, text, c.take(">"), false);
        }
        return new Arrow(false, false, "", c.take(">"), false);
    }
}
