package dev.designround.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to write an export. Tests answer from a script instead of a native dialog. */
@FunctionalInterface
public interface ExportTargets {

    /**
     * The file to write, or empty when the user cancels.
     *
     * @param folder        where to start, if known
     * @param suggestedName the name to offer ({@code legal.png})
     * @param description   what the file holds, for the dialog's filter ("PNG image")
     * @param extension     the format's extension, without the dot
     */
    Optional<Path> choose(Optional<Path> folder, String suggestedName, String description, String extension);
}
