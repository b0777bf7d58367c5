package dev.designround.ui.window;

import dev.designround.ui.edit.Editor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** A design open in the window: its editing session and the file it was opened from or saved to, if any. */
public final class Document {

    private final Editor editor;
    private Path file;

    public Document(Editor editor, Optional<Path> file) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.file = file.orElse(null);
    }

    public Editor editor() {
        return editor;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    void savedAs(Path target) {
        file = target;
    }

    /** Whether there are changes since it was opened or last saved. */
    public boolean isDirty() {
        return !editor.stack().isClean();
    }

    /** The file name, else the design's title, else "Untitled". */
    public String name() {
        if (file != null) {
            return file.getFileName().toString();
        }
        String title = editor.design().info().title();
        return title.isBlank() ? "Untitled" : title;
    }
}
