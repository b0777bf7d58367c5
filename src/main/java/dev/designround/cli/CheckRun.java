package dev.designround.cli;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.GradedDesign;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes of one {@code check} over many designs, with what every output format asks of them.
 *
 * @param outcomes   one per file, in the listing's order (skipped files included)
 * @param minVerdict the verdict every design must reach ({@code --min-verdict}), if any
 */
record CheckRun(List<BatchOutcome<GradedDesign>> outcomes, Optional<Verdict> minVerdict) {

    CheckRun {
        outcomes = List.copyOf(outcomes);
    }

    /** Every file that was not skipped, in order. */
    List<BatchOutcome<GradedDesign>> shown() {
        return outcomes.stream().filter(o -> !(o instanceof BatchOutcome.Skipped)).toList();
    }

    List<GradedDesign> graded() {
        return outcomes.stream().flatMap(o -> o instanceof BatchOutcome.Done<GradedDesign> d
                ? java.util.stream.Stream.of(d.value()) : java.util.stream.Stream.empty()).toList();
    }

    List<Report> reports() {
        return graded().stream().map(GradedDesign::report).toList();
    }

    long count(Class<?> kind) {
        return outcomes.stream().filter(kind::isInstance).count();
    }

    /** Whether a verdict is below {@code --min-verdict}. */
    boolean below(Verdict verdict) {
        return minVerdict.map(min -> min.isBetterThan(verdict)).orElse(false);
    }

    List<GradedDesign> belowMinimum() {
        return graded().stream().filter(g -> below(g.report().verdict())).toList();
    }

    /**
     * The exit code: 1 if a bug met some design, else 2 if some file was bad, else 3 if some design grades below
     * {@code --min-verdict}, else 0.
     */
    int exitCode() {
        if (count(BatchOutcome.Failed.class) > 0) {
            return Cli.INTERNAL_ERROR;
        }
        if (count(BatchOutcome.Bad.class) > 0) {
            return Cli.BAD_INPUT;
        }
        return belowMinimum().isEmpty() ? Cli.OK : Cli.BELOW_MIN_VERDICT;
    }
}
