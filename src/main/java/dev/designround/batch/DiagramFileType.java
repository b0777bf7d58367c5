package dev.designround.batch;

import dev.designround.io.imports.DiagramImporter;
import dev.designround.io.imports.DiagramKind;
import dev.designround.io.imports.ImportResult;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Diagrams from other tools as designs (docs/import.md): draw.io ({@code *.drawio}), Mermaid ({@code *.mmd},
 * {@code *.mermaid}) and Excalidraw ({@code *.excalidraw}) files in folders, and any file whose content is one of
 * them (draw.io's {@code .xml}, Markdown with a {@code ```mermaid} block, an Excalidraw scene saved as
 * {@code .json}). Thread-safe; what each file's shapes became is told to a listener, which may be called from
 * several threads at once.
 */
public final class DiagramFileType implements DesignFileType {

    private final DiagramImporter importer;
    private final Optional<String> page;
    private final BiConsumer<DesignFile, ImportResult> imported;

    /**
     * @param page     the draw.io page to read (the first when empty); a file found in a folder that is not a
     *                 draw.io file ignores it
     * @param imported told, for each file read, what its shapes became
     */
    public DiagramFileType(Catalog catalog, JsonTreeReader json, Optional<String> page,
                           BiConsumer<DesignFile, ImportResult> imported) {
        this.importer = new DiagramImporter(catalog, json);
        this.page = Objects.requireNonNull(page, "page");
        this.imported = Objects.requireNonNull(imported, "imported");
    }

    @Override
    public String name() {
        return "diagrams, *.drawio, *.mmd, *.excalidraw";
    }

    @Override
    public boolean claims(Path file) {
        Path name = file.getFileName();
        return name != null && DiagramKind.hasDiagramExtension(name.toString());
    }

    @Override
    public boolean recognises(Path file, byte[] head) {
        return kind(file, head).isPresent();
    }

    private static Optional<DiagramKind> kind(Path file, byte[] head) {
        Path name = file.getFileName();
        return DiagramImporter.kindOf(head, name == null ? "" : name.toString());
    }

    @Override
    public Optional<Design> read(DesignFile file) throws InputException {
        boolean drawio = kind(file.path(), DesignFiles.head(file.path())).orElse(null) == DiagramKind.DRAWIO;
        ImportResult result = importer.read(file.path(), file.display(),
                file.named() || drawio ? page : Optional.empty());
        imported.accept(file, result);
        return Optional.of(result.design());
    }
}
