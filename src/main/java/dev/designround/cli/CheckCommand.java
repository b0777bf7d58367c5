package dev.designround.cli;

import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE [--scenario ID] [--format text|json]}: grades a design like an interviewer. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Grades a design against its scenario's rubric: verdict, score and every finding.",
                "Exit code 0 whatever the verdict; 2 for a bad file or unknown scenario."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "the design file")
    Path file;

    @Option(names = "--scenario", paramLabel = "ID", description = "grade against this scenario instead of the one "
            + "the file names")
    String scenario;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a person, default) or json")
    Format format;

    @Option(names = "--pack", paramLabel = "DIR", description = "also load scenarios from this folder (repeatable)")
    List<Path> packs;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException {
        Design design = new DesignReader(context.catalog(), context.json()).read(file);
        Scenario s = Scenarios.resolve(Scenarios.library(context, packs), scenario, design, file);
        Report report = new Grader(context.catalog()).grade(design, s.rubric());
        if (format == Format.json) {
            context.out().print(ReportJson.toJson(report));
        } else {
            ReportText.print(report, s.title(), file.toString(), context.out());
        }
        return Cli.OK;
    }
}
