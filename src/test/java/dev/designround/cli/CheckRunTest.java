package dev.designround.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.batch.BatchOutcome;
import dev.designround.batch.DesignFile;
import dev.designround.batch.GradedDesign;
import dev.designround.json.InputException;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exit code of a check over many designs: 1 for a bug, then 2 for bad input, then 3 below the minimum. */
class CheckRunTest {

    private static final DesignFile FILE = DesignFile.named(Path.of("a.json"));

    private static BatchOutcome<GradedDesign> graded(Verdict verdict) {
        return new BatchOutcome.Done<>(FILE, new GradedDesign(FILE, "", "S", new Report("s", verdict, 50, List.of(),
                List.of())), Duration.ZERO);
    }

    private static final BatchOutcome<GradedDesign> BAD = new BatchOutcome.Bad<>(FILE,
            new InputException("a.json", "broken"));
    private static final BatchOutcome<GradedDesign> BUG = new BatchOutcome.Failed<>(FILE,
            new IllegalStateException("bug"));
    private static final BatchOutcome<GradedDesign> SKIPPED = new BatchOutcome.Skipped<>(FILE);

    private static int exit(Optional<Verdict> min, List<BatchOutcome<GradedDesign>> outcomes) {
        return new CheckRun(outcomes, min).exitCode();
    }

    @Test
    void everyVerdictIsZeroWithoutAMinimum() {
        assertThat(exit(Optional.empty(), List.of(graded(Verdict.NO_HIRE), SKIPPED))).isZero();
    }

    @Test
    void belowTheMinimumIsThree() {
        Optional<Verdict> lean = Optional.of(Verdict.LEAN_HIRE);
        assertThat(exit(lean, List.of(graded(Verdict.LEAN_HIRE), graded(Verdict.STRONG_HIRE)))).isZero();
        assertThat(exit(lean, List.of(graded(Verdict.LEAN_HIRE), graded(Verdict.NO_HIRE)))).isEqualTo(3);
        assertThat(exit(Optional.of(Verdict.STRONG_HIRE), List.of(graded(Verdict.LEAN_HIRE)))).isEqualTo(3);
    }

    @Test
    void aBadFileIsTwoEvenWithDesignsBelowTheMinimum() {
        assertThat(exit(Optional.of(Verdict.STRONG_HIRE), List.of(graded(Verdict.NO_HIRE), BAD))).isEqualTo(2);
    }

    @Test
    void aBugIsOneWhateverElseHappened() {
        assertThat(exit(Optional.of(Verdict.STRONG_HIRE), List.of(graded(Verdict.NO_HIRE), BAD, BUG))).isEqualTo(1);
    }

    @Test
    void skippedFilesAreNotShown() {
        assertThat(new CheckRun(List.of(SKIPPED, BAD), Optional.empty()).shown()).containsExactly(BAD);
    }
}
