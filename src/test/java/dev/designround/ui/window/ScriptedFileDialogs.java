package dev.designround.ui.window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** File dialogs that answer from a script instead of showing native dialogs (which no robot can drive). */
final class ScriptedFileDialogs implements FileDialogs {

    private final Deque<Path> opens = new ArrayDeque<>();
    private final Deque<Path> saves = new ArrayDeque<>();
    int saveQuestions;
    /** The folder and name each save dialog suggested, in order ("folder/name"). */
    final java.util.List<Path> suggestedSaves = new java.util.ArrayList<>();
    /** The names the export dialog suggested, in order. */
    final java.util.List<String> suggestedExportNames = new java.util.ArrayList<>();

    void willOpen(Path file) {
        opens.add(file);
    }

    void willSaveTo(Path file) {
        saves.add(file);
    }

    @Override
    public Optional<Path> chooseToOpen(Window owner, Optional<Path> folder) {
        return Optional.ofNullable(opens.poll());
    }

    @Override
    public Optional<Path> chooseToSave(Window owner, Optional<Path> folder, String suggestedName) {
        saveQuestions++;
        suggestedSaves.add(folder.orElse(Path.of("")).resolve(suggestedName));
        return Optional.ofNullable(saves.poll());
    }

    /** Answers from the same script as {@link #chooseToSave}: {@link #willSaveTo}. */
    @Override
    public Optional<Path> chooseToExport(Window owner, Optional<Path> folder, String suggestedName,
                                         String description, String extension) {
        suggestedExportNames.add(suggestedName);
        return Optional.ofNullable(saves.poll());
    }
}
