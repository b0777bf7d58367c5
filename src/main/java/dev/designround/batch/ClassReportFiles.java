package dev.designround.batch;

import dev.designround.io.AtomicFiles;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporters;
import dev.designround.io.Grading;
import dev.designround.io.report.ClassReport;
import dev.designround.io.report.ClassReportHtmlWriter;
import dev.designround.io.report.ReportHtmlExporter;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a class report: the page ({@code class.html}) and, in a folder beside it ({@code class-designs/}), each
 * design's own HTML report, which the page links to. Every file is written atomically, keeping the previous
 * version as {@code NAME.bak}.
 */
public final class ClassReportFiles {

    private final Path page;
    private final Catalog catalog;
    private final Instant gradedAt;
    private final ReportHtmlExporter designReport = new ReportHtmlExporter();

    public ClassReportFiles(Path page, Catalog catalog, Instant gradedAt) {
        this.page = page;
        this.catalog = catalog;
        this.gradedAt = gradedAt;
    }

    /** The folder for the designs' own reports: the page's name without {@code .html}, plus {@code -designs}. */
    public Path designFolder() {
        return designFolderOf(page);
    }

    /** The folder for the designs' own reports beside a class report page. */
    public static Path designFolderOf(Path page) {
        String name = page.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".html") ? name.substring(0, name.length() - 5)
                : name.toLowerCase(Locale.ROOT).endsWith(".htm") ? name.substring(0, name.length() - 4) : name;
        return page.resolveSibling(stem + "-designs");
    }

    /** Grades each design with {@code grader} and writes its own report. */
    public Batch.Task<GradedDesign> grading(Batch.Task<GradedDesign> grader) {
        return (file, design) -> {
            GradedDesign graded = grader.apply(file, design);
            write(graded, design);
            return graded;
        };
    }

    private void write(GradedDesign graded, Design design) throws InputException {
        Path target = designFolder().resolve(fileName(graded.file()));
        ExportRequest request = new ExportRequest(design, catalog, graded.file().path().getFileName().toString())
                .withGrading(new Grading(graded.report(), graded.scenarioTitle(), gradedAt));
        try {
            Exporters.exportTo(designReport, request, target);
        } catch (IOException e) {
            throw new InputException(target.toString(), "cannot write the file: " + e.getMessage());
        }
    }

    /**
     * Writes the page over a run's outcomes (skipped files left out).
     *
     * @param title what the set is, e.g. the folder's name
     * @throws InputException naming the page when it cannot be written
     */
    public void writePage(String title, List<BatchOutcome<GradedDesign>> outcomes) throws InputException {
        List<ClassReport.Entry> entries = new ArrayList<>();
        String folder = designFolder().getFileName().toString();
        for (BatchOutcome<GradedDesign> o : outcomes) {
            String file = o.file().display();
            if (o instanceof BatchOutcome.Done<GradedDesign> done) {
                GradedDesign g = done.value();
                entries.add(ClassReport.Entry.graded(file, g.designTitle(), g.scenarioTitle(), g.report(),
                        segment(folder) + "/" + segment(fileName(o.file()))));
            } else if (o instanceof BatchOutcome.Bad<GradedDesign> bad) {
                entries.add(ClassReport.Entry.notGraded(file, bad.problem().getMessage()));
            } else if (o instanceof BatchOutcome.Failed<GradedDesign> failed) {
                entries.add(ClassReport.Entry.notGraded(file, file + ": internal error: " + failed.error()));
            }
        }
        String html = new ClassReportHtmlWriter().write(new ClassReport(title, gradedAt, entries));
        try {
            AtomicFiles.write(page, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(page.toString(), "cannot write the file: " + e.getMessage());
        }
    }

    /** {@code 007-alice.html}: the place in the listing keeps names unique and in order. */
    static String fileName(DesignFile file) {
        String name = file.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String safe = stem.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return String.format(Locale.ROOT, "%03d-%s.html", file.index() + 1, safe);
    }

    private static String segment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
