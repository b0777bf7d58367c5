package dev.designround.cli;

import dev.designround.batch.DesignFile;
import dev.designround.batch.DiagramFileType;
import dev.designround.io.imports.DiagramImporter;
import dev.designround.io.imports.ImportResult;
import dev.designround.json.FileHeader;
import dev.designround.model.Design;
import dev.designround.json.InputException;
import dev.designround.json.JsonValue;
import dev.designround.json.OneLine;
import dev.designround.json.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate FILE... [--page NAME]}: one line per file, OK or the first problem; exit 2 if any file is
 * invalid. Diagrams from draw.io, Mermaid and Excalidraw are checked as they would be imported, with a line on
 * stderr saying what their shapes became.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks design, scenario and catalog files, and diagrams from draw.io, Mermaid and Excalidraw; "
                + "prints one line per file.",
                "Exit code 2 if any file is invalid."})
final class ValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to check")
    List<Path> files;

    @Option(names = "--page", paramLabel = "NAME", description = "for draw.io files with several pages: the page to "
            + "check (default: the first)")
    String page;

    ValidateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean allValid = true;
        for (Path file : files) {
            Verdict verdict = validate(file, FileKinds.standard(context.catalog(), file));
            context.out().println(verdict.line());
            allValid &= verdict.ok();
        }
        return allValid ? Cli.OK : Cli.BAD_INPUT;
    }

    /** One file's line, and whether it is valid. */
    private record Verdict(boolean ok, String line) {
    }

    /** The line names the file escaped (see {@link OneLine}): a file name cannot put control characters on it. */
    private Verdict validate(Path file, FileKinds kinds) {
        String display = file.toString();
        try {
            if (new DesignInput(context, null).files().typeOf(file) instanceof DiagramFileType) {
                ImportResult result = new DiagramImporter(context.catalog(), context.json()).read(file, display,
                        Optional.ofNullable(page));
                context.err().println(DesignInput.line(DesignFile.named(file), result));
                Design d = result.design();
                return new Verdict(true, OneLine.of(display) + ": OK (" + result.tool() + " diagram"
                        + result.page().filter(p -> !p.isEmpty()).map(p -> ", page \"" + OneLine.of(p) + "\"")
                        .orElse("") + ": " + d.nodeCount() + " nodes, " + d.edgeCount() + " edges)");
            }
            JsonValue root = context.json().read(file, display);
            Optional<String> format = FileHeader.formatOf(root);
            if (format.isEmpty()) {
                throw new InputException(display, root.position(), "not a Design Round file: missing \"format\" "
                        + "(one of " + String.join(", ", kinds.formats()) + ")");
            }
            Optional<FileKind> kind = kinds.find(format.get());
            if (kind.isEmpty()) {
                throw new InputException(display, root.position(), "not a Design Round file: unknown \"format\" \""
                        + format.get() + "\" (one of " + String.join(", ", kinds.formats()) + ")");
            }
            Problems problems = new Problems(display);
            String summary = kind.get().check(root, problems);
            problems.throwIfAny();
            return new Verdict(true, OneLine.of(display) + ": OK (" + OneLine.of(summary) + ")");
        } catch (InputException e) {
            return new Verdict(false, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Verdict(false, OneLine.of(display) + ": cannot be checked: " + OneLine.of(e.toString()));
        }
    }
}
