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

    /** How to name a file of this source in a message, e.g. "scenarios/legal-doc-qa.json" or an absolute path. */
    String display(String path);
}
