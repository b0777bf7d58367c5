package dev.designround.batch;

import dev.designround.rules.Report;
import java.util.Objects;

/**
 * One design of a run, graded.
 *
 * @param file          the file it came from
 * @param designTitle   the design's own title (may be empty)
 * @param scenarioTitle the title of the scenario it was graded against ("Document Q&A for a law firm")
 * @param report        the rule engine's report
 */
public record GradedDesign(DesignFile file, String designTitle, String scenarioTitle, Report report) {

    public GradedDesign {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(report, "report");
        designTitle = designTitle == null ? "" : designTitle;
        scenarioTitle = scenarioTitle == null || scenarioTitle.isBlank() ? report.scenario() : scenarioTitle;
    }
}
