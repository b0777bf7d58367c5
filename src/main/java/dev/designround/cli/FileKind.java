package dev.designround.cli;

import dev.designround.json.JsonValue;
import dev.designround.json.Problems;

/** One kind of Design Round file that {@code validate} can check, recognised by its {@code "format"}. */
interface FileKind {

    /** The {@code "format"} value, e.g. {@code design-round.design}. */
    String format();

    /**
     * Checks a parsed file, recording every problem.
     *
     * @return a short summary for the OK line, e.g. {@code design: 12 nodes, 14 edges}
     */
    String check(JsonValue root, Problems problems);
}
