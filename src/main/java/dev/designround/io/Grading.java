package dev.designround.io;

import dev.designround.rules.Report;
import java.time.Instant;
import java.util.Objects;

/**
 * A design's grading, as the reports show it.
 *
 * @param report        the rule engine's report
 * @param scenarioTitle the scenario's title ("Document Q&A for a law firm"); the id when there is none
 * @param gradedAt      when it was graded (reports print it as an ISO-8601 instant)
 */
public record Grading(Report report, String scenarioTitle, Instant gradedAt) {

    public Grading {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(gradedAt, "gradedAt");
        scenarioTitle = scenarioTitle == null || scenarioTitle.isBlank() ? report.scenario() : scenarioTitle;
    }
}
