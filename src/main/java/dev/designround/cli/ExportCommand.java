package dev.designround.cli;

import dev.designround.io.ExportRequest;
import dev.designround.io.Overwrites;
import dev.designround.io.Exporter;
import dev.designround.io.Exporters;
import dev.designround.io.Grading;
import dev.designround.diagram.Theme;
import dev.designround.json.InputException;
import dev.designround.json.OneLine;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE --to FORMAT -o OUT}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a design to a picture, another diagram format or a report.",
                "pdf, report-md and report-html also grade it against its scenario (the one the file names, or "
                        + "--scenario).",
                "A folder exports with --to report-html as the class report: one page over every design in it, "
                        + "linking to each design's own report (in OUT's name without .html, plus -designs)."})
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "the design file (or a draw.io, Mermaid or "
            + "Excalidraw diagram), or a folder of designs for the class report (--to report-html)")
    Path file;

    @Option(names = "--page", paramLabel = "NAME", description = "for draw.io files with several pages: the page to "
            + "export (default: the first)")
    String page;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "one of: ${COMPLETION-CANDIDATES}", completionCandidates = Formats.class)
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "the file to write")
    Path output;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            description = "diagram colours for png, svg, mermaid, drawio, dot: light (default) or dark")
    String theme;

    @Option(names = "--scenario", paramLabel = "ID", description = "for pdf, report-md, report-html: grade against "
            + "this scenario instead of the one the file names; when the file names none (a diagram from another "
            + "tool), every format records it (--to json makes a design file for that round)")
    String scenario;

    @Option(names = "--pack", paramLabel = "DIR", description = "also load scenarios from this folder (repeatable)")
    List<Path> packs;

    @Option(names = "--force", description = "replace OUT even if it does not hold an export of this format (it is "
            + "kept as OUT.bak); the design file itself is never replaced")
    boolean force;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException, InterruptedException {
        if (Files.isDirectory(file)) {
            return exportFolder();
        }
        Theme chosen = Theme.fromId(theme).orElseThrow(() -> new UsageException(
                "unknown theme \"" + theme + "\" (use one of: " + String.join(", ", Theme.ids()) + ")"));
        Exporters exporters = Exporters.standard(chosen);
        Exporter exporter = exporters.find(format).orElseThrow(() -> new UsageException(
                "unknown export format \"" + format + "\" (use one of: " + String.join(", ", exporters.formats())
                        + ")"));
        checkTarget(exporter.format());
        Design design = new DesignInput(context, page).read(file);
        if (scenario != null && design.info().scenario().isBlank()) {
            // a diagram from another tool names no round: the exported design records the one asked for
            Scenarios.resolve(Scenarios.library(context, packs), scenario, design, file);
            design.setInfo(new DesignInfo(scenario, design.info().title(), design.info().notes()));
        }
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
        context.out().println("wrote " + OneLine.of(output.toString()) + " (" + exporter.format() + note + ")");
        return Cli.OK;
    }

    /** Refuses, before any work, to write over the design itself or over a file that is not such an export. */
    private void checkTarget(String format) throws InputException {
        Optional<String> refusal;
        try {
            refusal = Overwrites.refusal(file, output, format, force);
        } catch (IOException e) {
            throw new InputException(output.toString(), "cannot read the file already there: " + e.getMessage());
        }
        if (refusal.isPresent()) {
            throw new InputException(output.toString(), refusal.get());
        }
    }

    /**
     * A folder exports as the class report: every design in it graded, one page over them all, and each design's
     * own report beside it. Bad files are reported one line each and the rest still graded (exit 2 at the end).
     */
    private int exportFolder() throws InputException, InterruptedException {
        if (!format.equals("report-html")) {
            throw new UsageException(file + " is a folder: a folder exports only as report-html, the class report "
                    + "(give a design file to export it as " + format + ")");
        }
        BatchGrading grading = new BatchGrading(context).scenario(scenario).packs(packs).report(output).page(page);
        CheckRun run = grading.run(List.of(file));
        grading.reportProblems(run);
        context.out().println("wrote " + output + " (class report of " + run.graded().size() + " designs; each "
                + "design's own report in " + grading.reportFolder().orElseThrow() + ")");
        return run.exitCode();
    }

    /** The formats, for help text. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.standard().formats().iterator();
        }
    }
}
