package dev.designround.batch;

import dev.designround.rules.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One labelled design of a calibration set, as its folder's {@code manifest.json} describes it.
 *
 * @param set      the calibration folder as the user named it
 * @param path     the design file
 * @param display  how outputs name the design: the folder plus the manifest's file name
 *                 ({@code calibration/legal-doc-qa.lean.json})
 * @param scenario the scenario it answers, and is graded against
 * @param kind     what the labeller drew (strong, compact, lean, weak); may be empty
 * @param expected the verdicts a fair interviewer would give, any of which agrees
 * @param flags    failure modes the design leaves open, which the grading must flag
 * @param notFlags failure modes the design defends against, which the grading must not flag
 * @param why      the labeller's reason; may be empty
 */
public record CalibrationCase(String set, Path path, String display, String scenario, String kind,
                              List<Verdict> expected, List<String> flags, List<String> notFlags, String why) {

    public CalibrationCase {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        kind = kind == null ? "" : kind;
        why = why == null ? "" : why;
        expected = List.copyOf(expected);
        flags = List.copyOf(flags);
        notFlags = List.copyOf(notFlags);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("a labelled design needs at least one expected verdict");
        }
    }

    /** Whether the labeller drew the lean answer: a reasonable architecture that misses one key part. */
    public boolean lean() {
        return kind.equals("lean");
    }
}
