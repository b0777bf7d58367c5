package dev.designround.ui.command;

import dev.designround.model.Design;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs commands on one design and keeps them for undo and redo. Running a new command drops whatever could be
 * redone. A clean marker records the state last saved: {@link #isClean()} is true when undo and redo have brought
 * the design back to exactly that state, which is what the unsaved-changes guard asks.
 *
 * <p>A command that {@link Command#absorb absorbs} the next one (typing in one go) is kept as one step with it,
 * unless the state between them was saved or something could be redone; a merge that ends where it started
 * (text typed and deleted again) leaves no step at all.
 *
 * <p>Listeners are told after every change of the stack (execute, undo, redo, mark clean). Not thread-safe.
 */
public final class CommandStack {

    /** Undo history beyond this many commands is forgotten. */
    public static final int LIMIT = 1000;

    private final Design design;
    private final List<Command> done = new ArrayList<>();
    private final List<Command> undone = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** How many commands were done at the clean state, or -1 when that state can no longer be reached. */
    private int cleanAt;
    /** Counts every change of the design made through this stack; background work uses it to spot stale results. */
    private long version;

    public CommandStack(Design design) {
        this.design = Objects.requireNonNull(design, "design");
    }

    public Design design() {
        return design;
    }

    /** Runs a command and records it, unless it changes nothing; merges it into the last one if that absorbs it. */
    public void execute(Command command) {
        if (command.isEmpty()) {
            return;
        }
        command.execute(design);
        Optional<Command> merged = undone.isEmpty() && !done.isEmpty() && cleanAt != done.size()
                ? done.get(done.size() - 1).absorb(command) : Optional.empty();
        if (merged.isPresent()) {
            done.remove(done.size() - 1);
            if (!merged.get().isEmpty()) {
                done.add(merged.get());
            }
            changed(true);
            return;
        }
        done.add(command);
        if (cleanAt > done.size() - 1) {
            cleanAt = -1; // the saved state was in the redo branch that is now gone
        }
        undone.clear();
        if (done.size() > LIMIT) {
            done.remove(0);
            cleanAt = cleanAt > 0 ? cleanAt - 1 : -1;
        }
        changed(true);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** Undoes the last command, if any. */
    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        Command command = done.remove(done.size() - 1);
        command.undo(design);
        undone.add(command);
        changed(true);
    }

    /** Redoes the last undone command, if any. */
    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        Command command = undone.remove(undone.size() - 1);
        command.execute(design);
        done.add(command);
        changed(true);
    }

    public Optional<String> undoName() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1).name());
    }

    public Optional<String> redoName() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.get(undone.size() - 1).name());
    }

    /** Whether the design is as it was when last {@link #markClean() marked clean} (saved or opened). */
    public boolean isClean() {
        return cleanAt == done.size();
    }

    /** Records the current state as saved. */
    public void markClean() {
        cleanAt = done.size();
        changed(false);
    }

    /**
     * Records that the design is not what was last saved, though nothing was done here: a design restored from
     * crash recovery opens with unsaved changes. Undo and redo never reach a clean state after this until the next
     * {@link #markClean()}.
     */
    public void markUnsaved() {
        cleanAt = -1;
        changed(false);
    }

    /** Grows by one with every execute, undo and redo. */
    public long version() {
        return version;
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed(boolean designChanged) {
        if (designChanged) {
            version++;
        }
        listeners.forEach(Runnable::run);
    }
}
