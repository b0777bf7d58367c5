package dev.designround.cli;

import dev.designround.io.DesignReader;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.io.Exporters;
import dev.designround.io.Grading;
import dev.designround.diagram.Theme;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE --to FORMAT -o OUT}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a design to another format; pdf, report-md and report-html also grade it against its",
                "scenario (the one the file names, or --scenario)."})
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
            description = "diagram colours for png, svg, mermaid, drawio, dot: light (default) or dark")
    String theme;

    @Option(names = "--scenario", paramLabel = "ID", description = "for pdf, report-md, report-html: grade against "
            + "this scenario instead of the one the file names")
    String scenario;

    @Option(names = "--pack", paramLabel = "DIR", description = "also load scenarios from this folder (repeatable)")
    List<Path> packs;

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
        ExportRequest request = new ExportRequest(design, context.catalog(), file.getFileName().toString());
        String note = "";
        boolean noScenario = scenario == null && design.info().scenario().isBlank();
        if (exporter.needsGrading() && noScenario && exporter.format().equals("pdf")) {
            note = ", diagram only: the design names no scenario (give --scenario ID to add the report)";
        } else if (exporter.needsGrading()) {
            Scenario s = Scenarios.resolve(Scenarios.library(context, packs), scenario, design, file);
            Report report = new Grader(context.catalog()).grade(design, s.rubric());
            request = request.withGrading(new Grading(report, s.title(), context.clock().instant()));
        }
        try {
            Exporters.exportTo(exporter, request, output);
        } catch (IOException e) {
            throw new InputException(output.toString(), "cannot write the file: " + e.getMessage());
        }
        context.out().println("wrote " + output + " (" + exporter.format() + note + ")");
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
