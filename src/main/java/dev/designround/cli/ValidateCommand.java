package dev.designround.cli;

import dev.designround.batch.DesignFile;
import dev.designround.batch.DesignFiles;
import dev.designround.batch.DiagramFileType;
import dev.designround.io.imports.DiagramImporter;
import dev.designround.io.imports.ImportResult;
import dev.designround.model.Design;
import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonValue;
import dev.designround.json.OneLine;
import dev.designround.json.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code validate PATH... [--page NAME]}: one line per file, OK or the first problem; exit 2 if any file is invalid.
 * A folder (a scenario pack) stands for every JSON file in it and its subfolders. A scenario's reference designs
 * are graded: the strong one must be a Strong Hire and the weak one a No Hire. Diagrams from draw.io, Mermaid and
 * Excalidraw are checked as they would be imported, with a line on stderr saying what their shapes became.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks design, scenario and catalog files, and diagrams from draw.io, Mermaid and Excalidraw; "
                + "prints one line per file.",
                "A folder (a scenario pack) stands for every .json file in it and its subfolders. A scenario's "
                        + "reference designs are graded too: the strong one must grade Strong Hire, the weak one "
                        + "No Hire.",
                "Exit code 2 if any file is invalid."})
final class ValidateCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, and folders of files, to check")
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
        for (DesignFile listed : listing()) {
            Verdict verdict = listed.unreadable().isPresent()
                    ? new Verdict(false, listed.unreadable().get().getMessage())
                    : validate(listed.path(), FileKinds.standard(context.catalog(), listed.path()));
            context.out().println(verdict.line());
            allValid &= verdict.ok();
        }
        return allValid ? Cli.OK : Cli.BAD_INPUT;
    }

    /** The files named, in order, each folder replaced by the JSON files in it (as {@code check} lists them). */
    private List<DesignFile> listing() {
        List<DesignFile> out = new ArrayList<>();
        for (Path path : files) {
            if (Files.isDirectory(path)) {
                out.addAll(DesignFiles.standard(context.catalog(), context.json()).list(List.of(path)));
            } else {
                out.add(DesignFile.named(path));
            }
        }
        return out;
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
