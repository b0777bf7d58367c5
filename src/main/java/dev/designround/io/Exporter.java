package dev.designround.io;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a design (and, for reports, its grading) into one file format. One small interface; file handling,
 * atomic writes and format lookup live in {@link Exporters}.
 */
public interface Exporter {

    /** The id used on the command line ({@code export --to ID}), e.g. {@code mermaid}. */
    String format();

    /** The usual file name extension, without the dot, e.g. {@code mmd}. */
    String extension();

    /** One line for {@code --help} and the Export menu. */
    String description();

    /**
     * Whether this format shows the design's grading (the reports), so that the request must carry a
     * {@link Grading}.
     */
    default boolean needsGrading() {
        return false;
    }

    /** Writes the whole export to {@code out}; does not close it. */
    void write(ExportRequest request, OutputStream out) throws IOException;
}
