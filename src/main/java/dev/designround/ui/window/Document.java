package dev.designround.ui.window;

import dev.designround.round.RoundState;
import dev.designround.ui.edit.Editor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A design open in the window: its editing session, the file it was opened from or saved to, if any, and the
 * round saved with it. The round counts among the unsaved changes: asking a question or ticking a phase since the
 * last save does (the clock running does not).
 */
public final class Document {

    private final Editor editor;
    private Path file;
    private Path importedFrom;
    private boolean changedOnImport;
    private Optional<RoundState> savedRound;
    private Supplier<Optional<RoundState>> round = Optional::empty;

    public Document(Editor editor, Optional<Path> file) {
        this(editor, file, Optional.empty());
    }

    /** @param savedRound the round saved in the file (resumed when the design is shown) */
    public Document(Editor editor, Optional<Path> file, Optional<RoundState> savedRound) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.file = file.orElse(null);
        this.savedRound = Objects.requireNonNull(savedRound, "savedRound");
    }

    /**
     * A design imported from another tool's diagram (draw.io, Mermaid, Excalidraw). It has no file of its own
     * until it is saved, so that saving never writes JSON over the diagram: Save asks where, suggesting the
     * diagram's folder and name.
     *
     * @param source          the diagram it was read from
     * @param changedOnImport whether the user corrected it while importing (types, the round): then closing it
     *                        asks to save, since those corrections are nowhere else
     */
    static Document imported(Editor editor, Path source, boolean changedOnImport) {
        Document d = new Document(editor, Optional.empty());
        d.importedFrom = Objects.requireNonNull(source, "source");
        d.changedOnImport = changedOnImport;
        return d;
    }

    /** The diagram this design was imported from, until it is saved as a design file. */
    public Optional<Path> importedFrom() {
        return file == null ? Optional.ofNullable(importedFrom) : Optional.empty();
    }

    /** The round as saved in the file, or as last saved. */
    public Optional<RoundState> savedRound() {
        return savedRound;
    }

    /** Where the round as it stands now comes from (the window's round panels). */
    void followRound(Supplier<Optional<RoundState>> current) {
        round = current;
    }

    /** The round as it stands now, for saving. */
    Optional<RoundState> round() {
        return round.get();
    }

    void roundSaved(Optional<RoundState> state) {
        savedRound = state;
    }

    public Editor editor() {
        return editor;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    void savedAs(Path target) {
        file = target;
        changedOnImport = false;
    }

    /** Whether there are changes since it was opened or last saved, in the design or in the round. */
    public boolean isDirty() {
        return changedOnImport || !editor.stack().isClean() || !round.get().orElse(RoundState.START).sameProgress(
                savedRound.orElse(RoundState.START));
    }

    /**
     * The file name, else the name of the diagram it was imported from ("arch.drawio (imported)"), else the
     * design's title, else "Untitled".
     */
    public String name() {
        if (file != null) {
            return file.getFileName().toString();
        }
        if (importedFrom != null) {
            return importedFrom.getFileName() + " (imported)";
        }
        String title = editor.design().info().title();
        return title.isBlank() ? "Untitled" : title;
    }
}
