package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.Node;

/** Replaces a node by an edited version with the same id: label, type, props or capabilities. */
public final class EditNodeCommand implements Command {

    private final String name;
    private final Node before;
    private final Node after;

    public EditNodeCommand(String name, Node before, Node after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit keeps the node id: " + before.id() + " vs " + after.id());
        }
        this.name = name;
        this.before = before;
        this.after = after;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Design design) {
        design.updateNode(after);
    }

    @Override
    public void undo(Design design) {
        design.updateNode(before);
    }

    @Override
    public boolean isEmpty() {
        return before.equals(after);
    }
}
