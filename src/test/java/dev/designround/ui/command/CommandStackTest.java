package dev.designround.ui.command;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private final Design design = design().node("u", "user").build();
    private final CommandStack stack = new CommandStack(design);

    private static Command add(String id) {
        return AddElementsCommand.node(Node.of(id, "llm", 0, 0), "LLM");
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        Design start = design.copy();
        stack.execute(add("a"));
        Design afterA = design.copy();
        stack.execute(add("b"));
        Design afterB = design.copy();

        stack.undo();
        assertThat(design).isEqualTo(afterA);
        stack.undo();
        assertThat(design).isEqualTo(start);
        stack.redo();
        assertThat(design).isEqualTo(afterA);
        stack.redo();
        assertThat(design).isEqualTo(afterB);
    }

    @Test
    void anewCommandDropsTheRedoHistory() {
        stack.execute(add("a"));
        stack.undo();
        stack.execute(add("b"));

        assertThat(stack.canRedo()).isFalse();
        assertThat(design.hasNode("a")).isFalse();
    }

    @Test
    void undoAndRedoOnAnEmptyHistoryDoNothing() {
        stack.undo();
        stack.redo();

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.canRedo()).isFalse();
        assertThat(design.nodeCount()).isEqualTo(1);
    }

    @Test
    void namesTellWhatUndoAndRedoWouldDo() {
        stack.execute(add("a"));
        assertThat(stack.undoName()).contains("Add LLM");
        assertThat(stack.redoName()).isEmpty();
        stack.undo();
        assertThat(stack.redoName()).contains("Add LLM");
    }

    @Test
    void aNewStackIsClean() {
        assertThat(stack.isClean()).isTrue();
    }

    @Test
    void anEditMakesItDirtyAndUndoingBackToTheSavedStateMakesItClean() {
        stack.execute(add("a"));
        assertThat(stack.isClean()).isFalse();
        stack.undo();
        assertThat(stack.isClean()).isTrue();
    }

    @Test
    void markCleanRecordsTheSavedState() {
        stack.execute(add("a"));
        stack.markClean();
        assertThat(stack.isClean()).isTrue();
        stack.undo();
        assertThat(stack.isClean()).isFalse();
        stack.redo();
        assertThat(stack.isClean()).isTrue();
    }

    @Test
    void theSavedStateLostInADroppedRedoBranchStaysDirty() {
        stack.execute(add("a"));
        stack.markClean();
        stack.undo();
        stack.execute(add("b"));
        stack.undo();

        assertThat(stack.isClean()).isFalse();
    }

    @Test
    void emptyCommandsAreNotRecorded() {
        Node u = design.node("u").orElseThrow();
        stack.execute(ReplaceCommand.node("Rename", u, u));

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isClean()).isTrue();
    }

    @Test
    void listenersHearEveryChangeAndTheVersionCountsDesignChanges() {
        AtomicInteger heard = new AtomicInteger();
        stack.addListener(heard::incrementAndGet);

        stack.execute(add("a"));
        stack.undo();
        stack.redo();
        stack.markClean();

        assertThat(heard).hasValue(4);
        assertThat(stack.version()).isEqualTo(3);
    }

    @Test
    void historyBeyondTheLimitIsForgotten() {
        for (int i = 0; i < CommandStack.LIMIT + 5; i++) {
            stack.execute(add("n" + i));
        }
        int undone = 0;
        while (stack.canUndo()) {
            stack.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(CommandStack.LIMIT);
        assertThat(stack.isClean()).isFalse();
    }

    private void type(String notes, Object session) {
        stack.execute(new EditNotesCommand(design.info().notes(), notes, session));
    }

    @Test
    void typingInOneSessionIsOneUndoableStep() {
        Object session = new Object();
        type("5", session);
        type("50", session);
        type("50k", session);

        assertThat(design.info().notes()).isEqualTo("50k");
        stack.undo();
        assertThat(design.info().notes()).isEmpty();
        assertThat(stack.canUndo()).isFalse();
        stack.redo();
        assertThat(design.info().notes()).isEqualTo("50k");
    }

    @Test
    void aNewSessionIsANewStep() {
        type("50k files", new Object());
        type("50k files, p95 10 s", new Object());

        stack.undo();

        assertThat(design.info().notes()).isEqualTo("50k files");
    }

    @Test
    void anotherCommandInBetweenEndsTheMerge() {
        Object session = new Object();
        type("a", session);
        stack.execute(add("n"));
        type("ab", session);

        stack.undo();

        assertThat(design.info().notes()).isEqualTo("a");
        assertThat(design.hasNode("n")).isTrue();
    }

    @Test
    void typingAfterASaveStartsANewStepSoTheSavedStateStaysReachable() {
        Object session = new Object();
        type("a", session);
        stack.markClean();
        type("ab", session);

        assertThat(stack.isClean()).isFalse();
        stack.undo();
        assertThat(stack.isClean()).isTrue();
        assertThat(design.info().notes()).isEqualTo("a");
    }

    @Test
    void typingAndDeletingBackToTheSavedTextLeavesNoStep() {
        Object session = new Object();
        type("a", session);
        type("", session);

        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isClean()).isTrue();
    }
}
