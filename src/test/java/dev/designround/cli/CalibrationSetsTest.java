package dev.designround.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.designround.json.JsonValue;
import dev.designround.json.JsonValue.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the grading's agreement with labelled designs from falling: {@code calibrate} over the repository's own set
 * ({@code calibration/}) and over the shared set beside the project ({@code ../shared/calibration}, or
 * {@code ../../shared/calibration} from a worktree). The floors only ever go up.
 */
class CalibrationSetsTest {

    /** Where the shared set may be, relative to the project folder. */
    static final List<Path> SHARED = List.of(Path.of("..", "shared", "calibration"),
            Path.of("..", "..", "shared", "calibration"));

    private static JsonObject calibrate(Path set) throws Exception {
        CliRunner.Result r = CliRunner.run("calibrate", set.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return CalibrateCommandTest.json(r.out());
    }

    private static String disagreements(JsonObject o) {
        return ((JsonValue.JsonArray) o.get("cases")).elements().stream().map(v -> (JsonObject) v)
                .filter(c -> !((JsonValue.JsonBoolean) c.get("agree")).value())
                .map(c -> CalibrateCommandTest.string(c, "file") + " labelled "
                        + CalibrateCommandTest.strings(c, "expected") + " given " + CalibrateCommandTest.string(c,
                        "given") + " wrongly flagged " + CalibrateCommandTest.strings(c, "wronglyFlagged")
                        + " missed " + CalibrateCommandTest.strings(c, "missed"))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    /**
     * The targets of the issues "Fair grading" and "Calibrated verdicts": no inversion, at least 80 % of the lean
     * designs graded Lean Hire, at most 5 % of the defences flagged and at most 10 % of the gaps missed.
     */
    private static void meetsTheTargets(JsonObject o) {
        String why = disagreements(o);
        assertThat(CalibrateCommandTest.number(o, "inversions")).as(why).isZero();
        assertThat(CalibrateCommandTest.number(o, "leanGradedLean") * 100)
                .as(why).isGreaterThanOrEqualTo(80 * CalibrateCommandTest.number(o, "lean"));
        assertThat(CalibrateCommandTest.number(o, "wronglyFlagged") * 100)
                .as(why).isLessThanOrEqualTo(5 * CalibrateCommandTest.number(o, "notFlags"));
        assertThat(CalibrateCommandTest.number(o, "missed") * 100)
                .as(why).isLessThanOrEqualTo(10 * CalibrateCommandTest.number(o, "flags"));
    }

    @Test
    void theRepositorysOwnSetAgreesAtLeast56Of60AndMeetsTheTargets() throws Exception {
        JsonObject o = calibrate(Path.of("calibration"));
        assertThat(CalibrateCommandTest.number(o, "total")).isEqualTo(60);
        assertThat(CalibrateCommandTest.number(o, "agree")).as(disagreements(o)).isGreaterThanOrEqualTo(56);
        meetsTheTargets(o);
    }

    /**
     * The held-out set (drawn after the grader was tuned, calibration-holdout/README.md) does not meet every target
     * yet: two of its six lean designs grade Strong Hire (docs/grading.md, Calibration). Its floors keep it from
     * getting worse: no inversion, the verdict as labelled for at least 10 of 12, no gap missed beyond 10 %.
     */
    @Test
    void theHeldOutSetHasNoInversionAndItsVerdictsHoldForAtLeast10Of12() throws Exception {
        JsonObject o = calibrate(Path.of("calibration-holdout"));
        String why = disagreements(o);
        assertThat(CalibrateCommandTest.number(o, "total")).isEqualTo(12);
        assertThat(CalibrateCommandTest.number(o, "inversions")).as(why).isZero();
        assertThat(CalibrateCommandTest.number(o, "verdictAgree")).as(why).isGreaterThanOrEqualTo(10);
        assertThat(CalibrateCommandTest.number(o, "agree")).as(why).isGreaterThanOrEqualTo(6);
        assertThat(CalibrateCommandTest.number(o, "missed") * 100)
                .as(why).isLessThanOrEqualTo(10 * CalibrateCommandTest.number(o, "flags"));
    }

    @Test
    void theSharedSetAgreesAtLeast31Of32AndMeetsTheTargets() throws Exception {
        Optional<Path> shared = SHARED.stream().filter(p -> Files.isRegularFile(p.resolve("manifest.json")))
                .findFirst();
        assumeTrue(shared.isPresent(), () -> "the shared calibration set is not here (looked for "
                + SHARED.stream().map(p -> p.resolve("manifest.json").toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(" and ")) + "); not checked");
        JsonObject o = calibrate(shared.get());
        assertThat(CalibrateCommandTest.number(o, "total")).isEqualTo(32);
        assertThat(CalibrateCommandTest.number(o, "agree")).as(disagreements(o)).isGreaterThanOrEqualTo(31);
        meetsTheTargets(o);
    }
}
