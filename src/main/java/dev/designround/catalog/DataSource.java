package dev.designround.catalog;

import java.io.IOException;
import java.util.List;

/**
 * A folder of Design Round data files: the data bundled in the jar, or a folder on disk (a scenario pack).
 * Paths are relative and use {@code /}.
 */
public interface DataSource {

    /** Names of the {@code .json} files directly inside {@code folder} (e.g. "scenarios"), sorted. */
    List<String> listJson(String folder) throws IOException;

    boolean exists(String path);

    byte[] read(String path) throws IOException;

    /**
     * Whether the file lies outside this source's folder once symbolic links are followed (a link in a shared
     * pack pointing at a file elsewhere); false for a file that does not exist.
     */
    default boolean leavesFolder(String path) {
        return false;
    }

    /** How to name a file of this source in a message, e.g. "scenarios/legal-doc-qa.json" or an absolute path. */
    String display(String path);
}
