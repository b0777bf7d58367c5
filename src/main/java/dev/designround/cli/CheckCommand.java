package dev.designround.cli;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.GradedDesign;
import dev.designround.json.InputException;
import dev.designround.rules.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check PATH... [--scenario ID] [--format text|json|jsonl|junit|csv] [--min-verdict V] [--report FILE]}:
 * grades designs like an interviewer. One design file prints its report exactly as it always has; several files
 * or a folder are graded in one process, in parallel, and printed in a stable order with a summary.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Grades designs against their scenario's rubric: verdict, score and every finding.",
                "Give design files and folders (searched, with their subfolders, for design files); several are "
                        + "graded in parallel in one run and printed in the order given, folders sorted by name.",
                "Diagrams from draw.io, Mermaid and Excalidraw are read too (docs/import.md); a line on stderr says "
                        + "what each one's shapes became. Give --scenario when the file names none.",
                "Exit code 0 whatever the verdicts; 2 if some file is bad or a scenario unknown (the others are "
                        + "still graded); 3 with --min-verdict if some design grades below it; 1 internal error."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, jsonl, junit, csv }

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "design files and folders of designs")
    List<Path> paths;

    @Option(names = "--scenario", paramLabel = "ID", description = "grade against this scenario instead of the one "
            + "each file names")
    String scenario;

    @Option(names = "--page", paramLabel = "NAME", description = "for draw.io files with several pages: the page to "
            + "grade (default: the first)")
    String page;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a person, default), json (one object for one file; JSON Lines, an object per "
                    + "design with its \"file\", for several), jsonl (JSON Lines always), junit (JUnit XML for CI) "
                    + "or csv (a row per design, for spreadsheets)")
    Format format;

    @Option(names = "--min-verdict", paramLabel = "VERDICT", description = "exit with 3 if any design grades "
            + "below this verdict: LEAN_HIRE or STRONG_HIRE")
    Verdict minVerdict;

    @Option(names = "--report", paramLabel = "FILE.html", description = "also write a class report: one HTML page "
            + "over all the designs (verdicts, scores, the rules missed most often), linking to each design's own "
            + "report in the folder FILE-designs beside it")
    Path report;

    @Option(names = "--jobs", paramLabel = "N", description = "grade N designs at once (default: the number of "
            + "processors)")
    Integer jobs;

    @Option(names = "--pack", paramLabel = "DIR", description = "also load scenarios from this folder (repeatable)")
    List<Path> packs;

    CheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException, InterruptedException {
        boolean single = paths.size() == 1 && !Files.isDirectory(paths.get(0))
                && (format == Format.text || format == Format.json);
        BatchGrading grading = new BatchGrading(context).scenario(scenario).packs(packs).threads(jobs)
                .report(report).minVerdict(minVerdict).progress(!single).page(page);
        CheckRun run = grading.run(paths);
        if (single) {
            printSingle(run);
        } else {
            grading.reportProblems(run);
            switch (format) {
                case text -> BatchText.print(run, context.out());
                case json, jsonl -> printLines(run);
                case junit -> BatchJUnit.write(run, context.out());
                case csv -> BatchCsv.write(run, context.out());
                default -> throw new IllegalStateException("unknown format " + format);
            }
        }
        grading.reportFolder().ifPresent(folder -> context.err().println("wrote " + report + " (class report; "
                + "each design's own report in " + folder + ")"));
        run.belowMinimum().forEach(g -> context.err().println(g.file().display() + ": "
                + g.report().verdict().label() + " is below " + minVerdict.label() + " (--min-verdict)"));
        return run.exitCode();
    }

    /** One design file, printed exactly as {@code check FILE} always has; a bad one is the command's error. */
    private void printSingle(CheckRun run) throws InputException {
        BatchOutcome<GradedDesign> outcome = run.outcomes().get(0);
        if (outcome instanceof BatchOutcome.Bad<GradedDesign> bad) {
            throw bad.problem();
        }
        if (outcome instanceof BatchOutcome.Failed<GradedDesign> failed) {
            if (failed.error() instanceof Error e) {
                throw e;
            }
            throw failed.error() instanceof RuntimeException e ? e : new IllegalStateException(failed.error());
        }
        GradedDesign g = ((BatchOutcome.Done<GradedDesign>) outcome).value();
        if (format == Format.json) {
            context.out().print(ReportJson.toJson(g.report()));
        } else {
            ReportText.print(g.report(), g.scenarioTitle(), g.file().display(), context.out());
        }
    }

    private void printLines(CheckRun run) {
        for (BatchOutcome<GradedDesign> o : run.shown()) {
            if (o instanceof BatchOutcome.Done<GradedDesign> d) {
                context.out().print(ReportJson.line(o.file().display(), d.value().report()));
            } else {
                context.out().print(ReportJson.errorLine(o.file().display(), BatchGrading.problem(o)));
            }
        }
    }
}
