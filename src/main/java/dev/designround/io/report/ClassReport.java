package dev.designround.io.report;

import dev.designround.rules.Report;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of designs graded together (a class's submissions, a repository's diagrams), as the class report shows
 * it.
 *
 * @param title    what the set is, e.g. the folder's name
 * @param gradedAt when it was graded
 * @param entries  one per design file, in the order to show them
 */
public record ClassReport(String title, Instant gradedAt, List<Entry> entries) {

    public ClassReport {
        Objects.requireNonNull(gradedAt, "gradedAt");
        title = title == null ? "" : title;
        entries = List.copyOf(entries);
    }

    /**
     * One design file.
     *
     * @param file          how to name the file
     * @param designTitle   the design's title (empty when it has none, or was not read)
     * @param scenarioTitle the scenario it was graded against (empty when not graded)
     * @param report        its grading; empty when the file could not be graded
     * @param problem       why it could not be graded (one line naming the file); empty when graded
     * @param link          a relative link to the design's own report; empty for none
     */
    public record Entry(String file, String designTitle, String scenarioTitle, Optional<Report> report,
                        String problem, String link) {

        public Entry {
            Objects.requireNonNull(file, "file");
            designTitle = designTitle == null ? "" : designTitle;
            scenarioTitle = scenarioTitle == null ? "" : scenarioTitle;
            report = report == null ? Optional.empty() : report;
            problem = problem == null ? "" : problem;
            link = link == null ? "" : link;
        }

        public static Entry graded(String file, String designTitle, String scenarioTitle, Report report,
                                   String link) {
            return new Entry(file, designTitle, scenarioTitle, Optional.of(report), "", link);
        }

        public static Entry notGraded(String file, String problem) {
            return new Entry(file, "", "", Optional.empty(), problem, "");
        }
    }

    /** The statistics over the graded entries. */
    public ClassStats stats() {
        return ClassStats.of(entries.stream().flatMap(e -> e.report().stream()).toList());
    }
}
