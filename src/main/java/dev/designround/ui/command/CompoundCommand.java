package dev.designround.ui.command;

import dev.designround.model.Design;
import java.util.List;

/** Several commands done and undone as one ("Cut", an edit touching a node and its edges). */
public final class CompoundCommand implements Command {

    private final String name;
    private final List<Command> parts;

    public CompoundCommand(String name, List<Command> parts) {
        this.name = name;
        this.parts = parts.stream().filter(c -> !c.isEmpty()).toList();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Design design) {
        parts.forEach(c -> c.execute(design));
    }

    @Override
    public void undo(Design design) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(design);
        }
    }

    @Override
    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
