package dev.designround.io.imports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of diagram Design Round imports, and how a file's kind is found: from what it holds first (XML with a
 * draw.io model, JSON of an Excalidraw scene, text starting like a Mermaid diagram, Markdown with a
 * {@code ```mermaid} block), and from its extension when its content does not say.
 */
public enum DiagramKind {
    DRAWIO("draw.io", List.of("drawio", "drawio.xml", "drawio.svg", "dio")),
    MERMAID("Mermaid", List.of("mmd", "mermaid")),
    MARKDOWN("Markdown with a Mermaid block", List.of("md", "markdown")),
    EXCALIDRAW("Excalidraw", List.of("excalidraw"));

    /** How much of a file is read to find its kind. */
    public static final int HEAD_BYTES = 8192;

    private static final Pattern EXCALIDRAW_TYPE = Pattern.compile("\"type\"\\s*:\\s*\"excalidraw");
    private static final Pattern DIAGRAM_LINE = Pattern.compile("(?i)^(graph|flowchart|flowchart-elk|sequenceDiagram"
            + "|classDiagram|classDiagram-v2|stateDiagram|stateDiagram-v2|erDiagram|journey|gantt|pie|quadrantChart"
            + "|requirementDiagram|gitGraph|C4Context|mindmap|timeline|zenuml|sankey-beta|xychart-beta|block-beta"
            + "|architecture-beta|kanban)\\b.*");

    private final String description;
    private final List<String> extensions;

    DiagramKind(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** The extensions a file of this kind has in a folder, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** Whether a file's name says it is a diagram of some kind (what a folder is searched for). */
    public static boolean hasDiagramExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k != MARKDOWN)
                .anyMatch(k -> k.extensions.stream().anyMatch(e -> name.endsWith("." + e)));
    }

    /**
     * The kind of a file, from the start of its content and its name; empty when it is none of them (Design
     * Round's own JSON among others).
     *
     * @param head     the file's first bytes ({@link #HEAD_BYTES} are enough)
     * @param fileName its name, for the extension
     */
    public static Optional<DiagramKind> of(byte[] head, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String start = text.stripLeading();
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (start.startsWith("<")) {
            boolean drawio = start.contains("mxfile") || start.contains("mxGraphModel");
            return drawio || name.endsWith(".drawio") || name.endsWith(".xml") || name.endsWith(".dio")
                    ? Optional.of(DRAWIO) : Optional.empty();
        }
        if (start.startsWith("{")) {
            return EXCALIDRAW_TYPE.matcher(start).find() || name.endsWith(".excalidraw") ? Optional.of(EXCALIDRAW)
                    : Optional.empty();
        }
        if (name.endsWith(".drawio")) {
            return Optional.of(DRAWIO);
        }
        if (name.endsWith(".excalidraw")) {
            return Optional.of(EXCALIDRAW);
        }
        if (name.endsWith(".mmd") || name.endsWith(".mermaid") || startsLikeMermaid(start)) {
            return Optional.of(MERMAID);
        }
        if (start.contains("```mermaid") || start.contains("~~~mermaid")) {
            return Optional.of(MARKDOWN);
        }
        return Optional.empty();
    }

    /** Whether the first line that says something (after front matter and comments) names a Mermaid diagram. */
    private static boolean startsLikeMermaid(String text) {
        boolean inFrontMatter = false;
        boolean first = true;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (first && l.equals("---")) {
                inFrontMatter = true;
                first = false;
                continue;
            }
            first = false;
            if (inFrontMatter) {
                inFrontMatter = !l.equals("---");
                continue;
            }
            if (l.isEmpty() || l.startsWith("%%")) {
                continue;
            }
            return DIAGRAM_LINE.matcher(l).matches();
        }
        return false;
    }
}
