package dev.designround.batch;

import dev.designround.json.InputException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a run over many designs, as {@link DesignFiles#list} found it.
 *
 * @param index      its place in the listing, from 0 (outputs keep this order)
 * @param path       where it is
 * @param display    how messages and outputs name it: as the user typed it, or the folder they typed plus the
 *                   file's place inside it ({@code class/alice.json})
 * @param named      whether the user named this file itself; a file found in a folder that turns out to be another
 *                   kind of file (a scenario, a catalog) is skipped, a named one is an error
 * @param unreadable a problem found while listing (a folder that cannot be read), reported when the file is read
 */
public record DesignFile(int index, Path path, String display, boolean named, Optional<InputException> unreadable) {

    public DesignFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(display, "display");
        unreadable = unreadable == null ? Optional.empty() : unreadable;
    }

    /** A file the user named, first in its listing. */
    public static DesignFile named(Path path) {
        return new DesignFile(0, path, path.toString(), true, Optional.empty());
    }
}
