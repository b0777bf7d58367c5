package dev.designround.ui.round;

import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import dev.designround.ui.edit.Editor;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The candidate's notes, kept in the design's {@code notes} as they type: every keystroke goes through the
 * editor, so the notes are saved and graded at once, and typing without a pause of {@link #PAUSE} (or leaving the
 * field) is one undoable step. Undo and redo typed here undo the design's history, not the field's own. An undo
 * elsewhere shows at once.
 */
final class NotesArea extends TextArea implements DesignListener {

    /** A pause this long ends a typing session: what is typed after it is a new undoable step. */
    static final Duration PAUSE = Duration.seconds(1);

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final PauseTransition pause = new PauseTransition(PAUSE);
    private Optional<Editor> editor = Optional.empty();
    private Object session = new Object();
    private boolean fromModel;

    NotesArea() {
        setId("notes");
        getStyleClass().add("notes-area");
        setWrapText(true);
        setPrefRowCount(7);
        setPromptText("Requirements, assumptions, estimates: documents and volume, users, the latency and cost "
                + "budgets, what a wrong answer costs. The grader reads these notes.");
        textProperty().addListener((o, was, now) -> typed(now));
        pause.setOnFinished(e -> newSession());
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                newSession();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::history);
    }

    /** Edits the notes of another design (or none). */
    void show(Optional<Editor> next) {
        editor.ifPresent(ed -> ed.design().removeListener(this));
        editor = next;
        next.ifPresent(ed -> ed.design().addListener(this));
        showModel(next.map(ed -> ed.design().info().notes()).orElse(""));
        setDisable(next.isEmpty());
    }

    private void typed(String text) {
        if (fromModel || editor.isEmpty()) {
            return;
        }
        editor.get().editNotes(text, session);
        pause.playFromStart();
    }

    @Override
    public void designChanged(DesignChange change) {
        if (change instanceof DesignChange.InfoChanged info && !info.after().notes().equals(getText())) {
            showModel(info.after().notes());
        }
    }

    private void showModel(String notes) {
        int caret = getCaretPosition();
        fromModel = true;
        try {
            setText(notes);
        } finally {
            fromModel = false;
        }
        positionCaret(Math.min(caret, notes.length()));
        newSession();
    }

    private void newSession() {
        pause.stop();
        session = new Object();
    }

    private void history(KeyEvent e) {
        if (editor.isEmpty()) {
            return;
        }
        if (UNDO.match(e)) {
            newSession();
            editor.get().undo();
            e.consume();
        } else if (REDO.match(e) || REDO_Y.match(e)) {
            newSession();
            editor.get().redo();
            e.consume();
        }
    }
}
