package dev.designround.cli;

import dev.designround.io.DesignReader;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.io.Exporters;
import dev.designround.io.export.Theme;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE --to FORMAT -o OUT}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a design (and its grading, for reports) to another format.")
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "the design file")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "one of: ${COMPLETION-CANDIDATES}", completionCandidates = Formats.class)
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the file to write")
    Path output;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "diagram colours: light (default) or dark")
    String theme;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException {
        Theme chosen = Theme.fromId(theme).orElseThrow(() -> new UsageException(
                "unknown theme \"" + theme + "\" (use one of: " + String.join(", ", Theme.ids()) + ")"));
        Exporters exporters = Exporters.standard(chosen);
        Exporter exporter = exporters.find(format).orElseThrow(() -> new UsageException(
                "unknown export format \"" + format + "\" (use one of: " + String.join(", ", exporters.formats())
                        + ")"));
        Design design = new DesignReader(context.catalog(), context.json()).read(file);
        try {
            Exporters.exportTo(exporter, new ExportRequest(design, context.catalog(), file.getFileName().toString()),
                    output);
        } catch (IOException e) {
            throw new InputException(output.toString(), "cannot write the file: " + e.getMessage());
        }
        context.out().println("wrote " + output + " (" + exporter.format() + ")");
        return Cli.OK;
    }

    /** The formats, for help text. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.standard().formats().iterator();
        }
    }
}
