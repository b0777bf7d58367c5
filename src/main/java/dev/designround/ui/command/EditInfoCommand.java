package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.DesignInfo;

/** Changes the design's title, scenario or notes. */
public final class EditInfoCommand implements Command {

    private final String name;
    private final DesignInfo before;
    private final DesignInfo after;

    public EditInfoCommand(String name, DesignInfo before, DesignInfo after) {
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
        design.setInfo(after);
    }

    @Override
    public void undo(Design design) {
        design.setInfo(before);
    }

    @Override
    public boolean isEmpty() {
        return before.equals(after);
    }
}
