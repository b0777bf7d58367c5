package dev.designround.cli;

import dev.designround.batch.DesignFile;
import dev.designround.batch.DesignFiles;
import dev.designround.batch.DiagramFileType;
import dev.designround.io.imports.ImportResult;
import dev.designround.json.InputException;
import dev.designround.json.OneLine;
import dev.designround.model.Design;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The designs a command reads: Design Round JSON, and diagrams from draw.io, Mermaid and Excalidraw (docs/import.md),
 * the kind found from each file's content. For each diagram, one line on stderr says what its shapes became
 * ({@code arch.drawio (page "Main"): 14 of 17 shapes recognised; 'Foo' kept as a custom component}), in the order
 * of the files however many are read at once.
 */
final class DesignInput {

    private final CliContext context;
    private final Optional<String> page;
    private final Map<Integer, String> summaries = new ConcurrentSkipListMap<>();
    private final DesignFiles files;

    /** @param page the draw.io page to read ({@code --page}), or null for the first */
    DesignInput(CliContext context, String page) {
        this.context = context;
        this.page = Optional.ofNullable(page);
        this.files = DesignFiles.standard(context.catalog(), context.json()).with(new DiagramFileType(
                context.catalog(), context.json(), this.page, (file, result) -> summaries.put(file.index(),
                line(file, result))));
    }

    DesignFiles files() {
        return files;
    }

    /**
     * Reads one design file the user named, and says on stderr what a diagram's shapes became.
     *
     * @throws InputException naming the file and what is wrong
     * @throws UsageException if {@code --page} is given for a file that is not a diagram
     */
    Design read(Path file) throws InputException {
        if (page.isPresent() && !(files.typeOf(file) instanceof DiagramFileType)) {
            throw new UsageException("--page is for draw.io files; " + file + " is a Design Round design");
        }
        Optional<Design> design = files.read(DesignFile.named(file));
        printSummaries();
        return design.orElseThrow(() -> new InputException(file.toString(), "not a design"));
    }

    /** The lines saying what each diagram read so far became, in the files' order; each is said once. */
    void printSummaries() {
        for (Map.Entry<Integer, String> e : summaries.entrySet()) {
            context.err().println(e.getValue());
        }
        summaries.clear();
    }

    static String line(DesignFile file, ImportResult result) {
        return OneLine.of(file.display()) + result.page().filter(p -> !p.isEmpty())
                .map(p -> " (page \"" + OneLine.of(p) + "\")").orElse("") + ": " + OneLine.of(result.summary());
    }
}
