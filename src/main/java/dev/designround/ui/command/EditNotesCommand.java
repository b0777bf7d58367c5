package dev.designround.ui.command;

import dev.designround.model.Design;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes the design's notes (the candidate's requirements, assumptions, estimates). Notes are edited as the user
 * types, one command per keystroke; commands of one typing session (the same {@code session} token, which the
 * notes editor renews after a pause) {@link #absorb merge} into one undoable step.
 */
public final class EditNotesCommand implements Command {

    private final String before;
    private final String after;
    private final Object session;

    /**
     * @param before  the notes before the edit
     * @param after   the notes after it
     * @param session the typing session it belongs to; commands of the same session merge
     */
    public EditNotesCommand(String before, String after, Object session) {
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public String name() {
        return "Edit notes";
    }

    @Override
    public void execute(Design design) {
        design.setInfo(design.info().withNotes(after));
    }

    @Override
    public void undo(Design design) {
        design.setInfo(design.info().withNotes(before));
    }

    @Override
    public boolean isEmpty() {
        return before.equals(after);
    }

    @Override
    public Optional<Command> absorb(Command next) {
        if (next instanceof EditNotesCommand n && n.session == session && n.before.equals(after)) {
            return Optional.of(new EditNotesCommand(before, n.after, session));
        }
        return Optional.empty();
    }
}
