package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.model.Design;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One kind of file a design can be read from: Design Round's own JSON today, diagrams of other tools as importers
 * are added. {@link DesignFiles} asks each kind in turn which files found in a folder are its own.
 */
public interface DesignFileType {

    /** A short name with the file names it claims, for messages, e.g. {@code Design Round JSON, *.json}. */
    String name();

    /** Whether a file found in a folder may be a design of this kind, judged by its name alone (its extension). */
    boolean claims(Path file);

    /**
     * Whether the start of a file shows it is of this kind, whatever its name: the kind of a file is found from
     * its content first ({@link DesignFiles#read}), its extension second.
     *
     * @param head the file's first bytes (up to {@link DesignFiles#HEAD_BYTES}), empty if it cannot be read
     */
    default boolean recognises(Path file, byte[] head) {
        return false;
    }

    /**
     * Reads a design.
     *
     * @return the design; empty when a file found in a folder (not {@link DesignFile#named() named}) turns out
     *         to be another kind of file that is no design (a scenario, a catalog file), so that it is skipped
     * @throws InputException naming the file, the place and what is wrong when it cannot be read as a design
     */
    Optional<Design> read(DesignFile file) throws InputException;
}
