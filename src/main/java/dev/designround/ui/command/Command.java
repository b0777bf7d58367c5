package dev.designround.ui.command;

import dev.designround.model.Design;
import java.util.Optional;

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

    /**
     * One command doing this and then {@code next}, when the user sees both as one edit (typing in one go); empty
     * otherwise (the default). The stack asks the last command it ran when it runs the next one, and keeps the
     * merged command instead of both. Called after {@code next} was executed; must not change the design.
     */
    default Optional<Command> absorb(Command next) {
        return Optional.empty();
    }
}
