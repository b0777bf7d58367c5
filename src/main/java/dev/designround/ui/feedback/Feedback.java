package dev.designround.ui.feedback;

import dev.designround.rules.Report;
import dev.designround.scenario.Comparison;
import java.util.Objects;
import java.util.Optional;

/**
 * The feedback on the open design after one live grading: the rubric report, and, while the strong answer is open,
 * what the design lacks next to it. (A grading as reports print it is {@link dev.designround.io.Grading}.)
 */
public record Feedback(Report report, Optional<Comparison> comparison) {

    public Feedback {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(comparison, "comparison");
    }
}
