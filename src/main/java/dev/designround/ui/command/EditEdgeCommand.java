package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.Edge;

/** Replaces an edge by an edited version with the same id: label, kind or ends. */
public final class EditEdgeCommand implements Command {

    private final String name;
    private final Edge before;
    private final Edge after;

    public EditEdgeCommand(String name, Edge before, Edge after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("an edit keeps the edge id: " + before.id() + " vs " + after.id());
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
        design.updateEdge(after);
    }

    @Override
    public void undo(Design design) {
        design.updateEdge(before);
    }

    @Override
    public boolean isEmpty() {
        return before.equals(after);
    }
}
