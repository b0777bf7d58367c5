package dev.designround.ui.window;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to open or save to. Tests put in answers instead of native dialogs. */
public interface FileDialogs {

    /** A design file or diagram to open, or empty when the user cancels. */
    Optional<Path> chooseToOpen(Window owner, Optional<Path> folder);

    /** Where to save, or empty when the user cancels; the name ends in {@code .json}. */
    Optional<Path> chooseToSave(Window owner, Optional<Path> folder, String suggestedName);

    /**
     * Where to write an export, or empty when the user cancels.
     *
     * @param description what the file holds ("PNG image"), for the dialog's filter
     * @param extension   the format's extension without the dot; the dialog filters on it
     */
    Optional<Path> chooseToExport(Window owner, Optional<Path> folder, String suggestedName, String description,
                                  String extension);
}
