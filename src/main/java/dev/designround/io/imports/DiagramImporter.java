package dev.designround.io.imports;

import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads a diagram drawn in draw.io, Mermaid or Excalidraw as a design (docs/import.md): finds the file's kind from
 * its content ({@link DiagramKind}), reads it with the same size and depth limits as design files, and recognises
 * each shape's type ({@link Recogniser}). Thread-safe: a run over many files shares one.
 */
public final class DiagramImporter {

    private final JsonTreeReader json;
    private final Recogniser recogniser;
    private final DrawioReader drawio;
    private final MermaidReader mermaid;
    private final ExcalidrawReader excalidraw = new ExcalidrawReader();

    public DiagramImporter(Catalog catalog, JsonTreeReader json) {
        this.json = json;
        this.recogniser = new Recogniser(catalog);
        this.drawio = new DrawioReader(json);
        this.mermaid = new MermaidReader(json, recogniser::isTypeName);
    }

    /** The kind of diagram a file holds, from its first bytes and name; empty when it is no diagram. */
    public static Optional<DiagramKind> kindOf(byte[] head, String fileName) {
        return DiagramKind.of(head.length > DiagramKind.HEAD_BYTES ? Arrays.copyOf(head, DiagramKind.HEAD_BYTES)
                : head, fileName);
    }

    /**
     * Reads a file as a design.
     *
     * @param display how messages name the file
     * @param page    for draw.io, the page to read (else the first)
     * @throws InputException naming the file and what is wrong: unreadable, too large, no diagram, broken
     */
    public ImportResult read(Path file, String display, Optional<String> page) throws InputException {
        byte[] bytes = json.readBytes(file, display);
        Path name = file.getFileName();
        return read(bytes, name == null ? "" : name.toString(), display, page);
    }

    /** Reads a file's bytes as a design; its name gives the kind when its content does not. */
    public ImportResult read(byte[] bytes, String fileName, String display, Optional<String> page)
            throws InputException {
        DiagramKind kind = kindOf(bytes, fileName).orElseThrow(() -> new InputException(display, "not a diagram "
                + "Design Round can read (draw.io, Mermaid, Excalidraw) nor a Design Round design"));
        if (page.isPresent() && kind != DiagramKind.DRAWIO) {
            throw new InputException(display, "--page is for draw.io files; this file is "
                    + (kind == DiagramKind.MARKDOWN ? "" : "a ") + kind.description() + (kind == DiagramKind.MARKDOWN
                    ? "" : " diagram"));
        }
        Diagram diagram = switch (kind) {
            case DRAWIO -> drawio.read(bytes, display, page);
            case EXCALIDRAW -> excalidraw.read(json.parse(bytes, display), display);
            case MERMAID -> mermaid.read(text(bytes, display), 0, display);
            case MARKDOWN -> {
                MermaidReader.Block block = MermaidReader.firstBlock(text(bytes, display)).orElseThrow(() ->
                        new InputException(display, "no ```mermaid block in this Markdown file"));
                yield mermaid.read(block.text(), block.lineOffset(), display);
            }
        };
        return recogniser.recognise(diagram, display);
    }

    /**
     * The names of a draw.io file's pages, in order, to choose one from; empty for other diagrams and for a
     * draw.io file with a single unnamed page.
     *
     * @throws InputException naming the file and what is wrong, as {@link #read} would
     */
    public List<String> pages(byte[] bytes, String fileName, String display) throws InputException {
        Optional<DiagramKind> kind = kindOf(bytes, fileName);
        return kind.isPresent() && kind.get() == DiagramKind.DRAWIO ? drawio.pages(bytes, display) : List.of();
    }

    /** UTF-8 text; a byte-order mark is dropped, bytes that are not UTF-8 refused. */
    private static String text(byte[] bytes, String display) throws InputException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new InputException(display, "not UTF-8 text");
        }
    }
}
