package dev.designround.ui.command;

import dev.designround.model.Design;

/**
 * One undoable edit of a design. The whiteboard changes a design only through commands run by a
 * {@link CommandStack}, so that every edit can be undone and redone.
 *
 * <p>Contract: {@link #execute(Design)} is called on a design in the state the command was made for (right after
 * it was made, or after its own {@link #undo(Design)}); {@link #undo(Design)} on the design exactly as
 * {@code execute} left it, and puts it back as it was before, content and node order aside. Commands hold no
 * JavaFX state and can be driven programmatically.
 */
public interface Command {

    /** What the command does, for menus: "Add LLM", "Move 3 nodes". */
    String name();

    void execute(Design design);

    void undo(Design design);

    /**
     * Whether executing changes nothing (a move by zero pixels, an edit to the same value); such commands are not
     * recorded.
     */
    default boolean isEmpty() {
        return false;
    }
}
