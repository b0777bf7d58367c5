package dev.designround.cli;

import dev.designround.io.ErrorLog;
import dev.designround.batch.Batch;
import dev.designround.batch.BatchListener;
import dev.designround.batch.BatchOutcome;
import dev.designround.batch.ClassReportFiles;
import dev.designround.batch.DesignFiles;
import dev.designround.batch.DesignGrader;
import dev.designround.batch.GradedDesign;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.rules.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Grading many designs for {@code check} and for {@code export} of a folder: list the files (Design Round designs
 * and diagrams from other tools), grade them in parallel, write the class report when asked, and say on stderr,
 * one line each, what each diagram's shapes became and which files could not be graded.
 */
final class BatchGrading {

    private final CliContext context;
    private String scenario;
    private List<Path> packs = List.of();
    private int threads = Batch.defaultThreads();
    private Optional<Path> report = Optional.empty();
    private Optional<Verdict> minVerdict = Optional.empty();
    private boolean progress = true;
    private String page;

    BatchGrading(CliContext context) {
        this.context = context;
    }

    BatchGrading scenario(String id) {
        this.scenario = id;
        return this;
    }

    BatchGrading packs(List<Path> folders) {
        this.packs = folders == null ? List.of() : folders;
        return this;
    }

    /** How many designs to grade at once; null for the default. */
    BatchGrading threads(Integer n) {
        if (n != null && n < 1) {
            throw new UsageException("--jobs must be at least 1, not " + n);
        }
        this.threads = n == null ? Batch.defaultThreads() : n;
        return this;
    }

    BatchGrading report(Path page) {
        this.report = Optional.ofNullable(page);
        return this;
    }

    BatchGrading minVerdict(Verdict verdict) {
        this.minVerdict = Optional.ofNullable(verdict);
        return this;
    }

    /** The draw.io page to read ({@code --page}), or null for each file's first. */
    BatchGrading page(String name) {
        this.page = name;
        return this;
    }

    BatchGrading progress(boolean show) {
        this.progress = show;
        return this;
    }

    /**
     * Grades every design the paths hold and writes the class report if asked.
     *
     * @throws InputException if a scenario pack is bad or the class report cannot be written
     */
    CheckRun run(List<Path> paths) throws InputException, InterruptedException {
        Catalog catalog = context.catalog();
        DesignInput input = new DesignInput(context, page);
        DesignFiles files = input.files();
        Batch.Task<GradedDesign> task = new DesignGrader(catalog, Scenarios.library(context, packs), scenario);
        Optional<ClassReportFiles> classReport = report.map(page -> new ClassReportFiles(page, catalog,
                context.clock().instant()));
        if (classReport.isPresent()) {
            task = classReport.get().grading(task);
        }
        List<BatchOutcome<GradedDesign>> outcomes = new Batch(files, threads).run(files.list(paths), task,
                progress ? context.progress() : BatchListener.NONE);
        input.printSummaries();
        if (classReport.isPresent()) {
            classReport.get().writePage(title(paths), outcomes);
        }
        return new CheckRun(outcomes, minVerdict);
    }

    /** The folder the designs' own reports go to, beside the class report; empty without one. */
    Optional<Path> reportFolder() {
        return report.map(ClassReportFiles::designFolderOf);
    }

    /** Each file that could not be graded, one line on stderr; a bug's stack trace goes to the error log. */
    void reportProblems(CheckRun run) {
        for (BatchOutcome<GradedDesign> o : run.outcomes()) {
            if (o instanceof BatchOutcome.Bad) {
                context.err().println(problem(o));
            } else if (o instanceof BatchOutcome.Failed<GradedDesign> failed) {
                Optional<Path> log = ErrorLog.record(failed.error(), new String[] {"check", o.file().display()});
                context.err().println(problem(o) + log.map(p -> " (details in " + p + ")").orElse(""));
            }
        }
    }

    /** Why a file could not be graded, one line naming it. */
    static String problem(BatchOutcome<GradedDesign> o) {
        if (o instanceof BatchOutcome.Bad<GradedDesign> bad) {
            return bad.problem().getMessage();
        }
        return o.file().display() + ": internal error: " + ((BatchOutcome.Failed<GradedDesign>) o).error();
    }

    /** What a class report is over: the folder's name, or the paths given. */
    static String title(List<Path> paths) {
        if (paths.size() == 1) {
            Path p = paths.get(0).toAbsolutePath().normalize();
            return p.getFileName() == null ? p.toString() : p.getFileName().toString();
        }
        return paths.size() + " paths: " + String.join(", ", paths.stream().limit(3).map(Path::toString).toList())
                + (paths.size() > 3 ? ", ..." : "");
    }
}
