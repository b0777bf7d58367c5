package dev.designround.cli;

import dev.designround.batch.Batch;
import dev.designround.batch.BatchOutcome;
import dev.designround.batch.CalibratedDesign;
import dev.designround.batch.Calibration;
import dev.designround.batch.CalibrationCase;
import dev.designround.io.ErrorLog;
import dev.designround.json.InputException;
import dev.designround.json.OneLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate DIR... [--format text|json] [--jobs N] [--pack DIR]}: grades labelled designs (each folder's
 * {@code manifest.json} says what a fair interviewer would give each design) and prints where the grading agrees.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Grades labelled designs and compares the grading with the labels: for scenario authors and "
                + "teachers.",
                "Each DIR holds design files and a manifest.json that gives, for each, the scenario, the verdicts a "
                        + "fair interviewer would give, the failure modes it leaves open (which must be flagged) and "
                        + "those it defends against (which must not be).",
                "Prints the agreement, a confusion table (expected against given verdict), the defences wrongly "
                        + "flagged, the gaps missed, and each disagreement with the rules behind it.",
                "Exit code 0 when it ran, whatever the agreement; 2 for a bad manifest or design file; 1 internal "
                        + "error."})
final class CalibrateCommand implements Callable<Integer> {

    enum Format { text, json }

    private final CliContext context;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "calibration folders, each with a manifest.json")
    List<Path> folders;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a person, default) or json (one object: the totals, per set and in all, and "
                    + "a case per design)")
    Format format;

    @Option(names = "--jobs", paramLabel = "N", description = "grade N designs at once (default: the number of "
            + "processors)")
    Integer jobs;

    @Option(names = "--pack", paramLabel = "DIR", description = "also load scenarios from this folder (repeatable)")
    List<Path> packs;

    CalibrateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException, InterruptedException {
        if (jobs != null && jobs < 1) {
            throw new UsageException("--jobs must be at least 1, not " + jobs);
        }
        Calibration calibration = new Calibration(context.catalog(), Scenarios.library(context, packs),
                context.json(), jobs == null ? Batch.defaultThreads() : jobs);
        List<CalibrationCase> cases = calibration.read(folders);
        List<BatchOutcome<CalibratedDesign>> outcomes = calibration.grade(cases, context.progress());
        List<CalibratedDesign> graded = new ArrayList<>();
        int code = Cli.OK;
        for (BatchOutcome<CalibratedDesign> o : outcomes) {
            if (o instanceof BatchOutcome.Done<CalibratedDesign> done) {
                graded.add(done.value());
            } else if (o instanceof BatchOutcome.Bad<CalibratedDesign> bad) {
                context.err().println(bad.problem().getMessage());
                code = Math.max(code, Cli.BAD_INPUT);
            } else if (o instanceof BatchOutcome.Failed<CalibratedDesign> failed) {
                Optional<Path> log = ErrorLog.record(failed.error(), new String[] {"calibrate", o.file().display()});
                context.err().println(OneLine.of(o.file().display()) + ": internal error: "
                        + OneLine.of(failed.error().toString()) + log.map(p -> " (details in " + p + ")").orElse(""));
                code = Cli.INTERNAL_ERROR;
            }
        }
        if (code != Cli.OK) {
            return code;
        }
        List<String> sets = cases.stream().map(CalibrationCase::set).distinct().toList();
        switch (format) {
            case text -> CalibrationText.print(sets, graded, context.out());
            case json -> context.out().print(CalibrationJson.toJson(sets, graded));
            default -> throw new IllegalStateException("unknown format " + format);
        }
        return Cli.OK;
    }
}
