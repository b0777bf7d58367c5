package dev.designround.ui.feedback;

import dev.designround.rules.Report;
import dev.designround.scenario.Comparison;
import java.util.Objects;
import java.util.Optional;

/**
 * One grading of the open design: the rubric report, and, while the strong answer is open, what the design lacks
 * next to it.
 */
public record Grading(Report report, Optional<Comparison> comparison) {

    public Grading {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(comparison, "comparison");
    }
}
