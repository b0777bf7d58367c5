package dev.designround.ui.window;

import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.layout.CanvasPoint;
import dev.designround.layout.Arrangement;
import dev.designround.layout.LayeredLayout;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.ui.edit.Alignment;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.edit.Fragment;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Edit-menu work that needs more than the editor: the system clipboard (copied nodes travel as design-file text,
 * so they paste into another window too) and auto-arrange (ELK runs on a copy in the background; the result is
 * applied as one undoable step if the design has not changed meanwhile).
 */
final class EditActions {

    /** How far a paste or duplicate lands from the original, and from the previous paste. */
    static final double PASTE_OFFSET = 2 * CardGeometry.GRID;

    private final Workbench workbench;
    private final DesignReader reader;
    private final DesignWriter writer = new DesignWriter();
    private final LayeredLayout layout = new LayeredLayout();
    private String lastPasted = "";
    private int pasteCount;

    EditActions(Workbench workbench, Services services) {
        this.workbench = workbench;
        this.reader = new DesignReader(services.catalog());
    }

    private Optional<Editor> editor() {
        return workbench.document().map(Document::editor);
    }

    void copy() {
        editor().flatMap(Editor::copySelection).ifPresent(fragment -> {
            String text = fragment.toText(writer);
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            lastPasted = text;
            pasteCount = 0;
            workbench.status("Copied " + fragment.describe());
        });
    }

    void cut() {
        editor().ifPresent(e -> {
            if (e.copySelection().isPresent()) {
                copy();
                e.deleteSelection();
            }
        });
    }

    void paste() {
        Optional<Editor> editor = editor();
        if (editor.isEmpty()) {
            return;
        }
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String text = clipboard.hasString() ? clipboard.getString() : "";
        Optional<Fragment> fragment = Fragment.parse(text, reader);
        if (fragment.isEmpty()) {
            workbench.status("Nothing to paste: the clipboard holds no Design Round components");
            return;
        }
        if (text.equals(lastPasted)) {
            pasteCount++;
        } else {
            lastPasted = text;
            pasteCount = 1;
        }
        CanvasPoint offset = fragment.get().pasteOffset(editor.get().design(), pasteCount, PASTE_OFFSET);
        editor.get().paste(fragment.get(), offset.x(), offset.y(), "Paste");
        workbench.status("Pasted " + fragment.get().describe());
    }

    void duplicate() {
        editor().ifPresent(e -> e.copySelection().map(Fragment::describe).ifPresent(what -> {
            if (e.duplicateSelection(PASTE_OFFSET) > 0) {
                workbench.status("Duplicated " + what);
            }
        }));
    }

    /** Lines up or spreads out the selected cards; says what to select when there are too few. */
    void align(Alignment alignment) {
        editor().ifPresent(e -> {
            if (!e.alignSelection(alignment)) {
                workbench.status(alignment.label() + ": select " + alignment.minimum() + " or more cards first");
            }
        });
    }

    /** Turns the selected arrows round; says what to select when no arrow is. */
    void reverseArrows() {
        editor().ifPresent(e -> {
            if (e.reverseSelectedEdges() == 0) {
                workbench.status("Reverse arrow: select an arrow first (click it)");
            }
        });
    }

    /**
     * Lays the design out in layers, left to right, zones around what they hold, without blocking the window.
     */
    void autoArrange() {
        editor().ifPresent(editor -> {
            Design snapshot = editor.design().copy();
            long version = editor.stack().version();
            workbench.status("Arranging…");
            Thread worker = new Thread(() -> {
                Arrangement arrangement = layout.arrange(snapshot);
                Platform.runLater(() -> apply(editor, version, arrangement));
            }, "auto-arrange");
            worker.setDaemon(true);
            worker.setUncaughtExceptionHandler((t, error) -> Platform.runLater(() -> {
                throw new IllegalStateException("auto-arrange failed", error);
            }));
            worker.start();
        });
    }

    private void apply(Editor editor, long version, Arrangement arrangement) {
        if (editor().filter(e -> e == editor).isEmpty() || editor.stack().version() != version) {
            workbench.status("Auto-arrange skipped: the design changed while it was being arranged");
            return;
        }
        if (!editor.arrange(arrangement)) {
            workbench.status("Auto-arrange: nothing to move");
            return;
        }
        workbench.canvas().fitToContent();
        int zones = arrangement.zones().size();
        workbench.status("Arranged " + count(arrangement.nodes().size()) + (zones == 0 ? ""
                : " and " + zones + (zones == 1 ? " zone" : " zones")) + " (undo with Ctrl+Z)");
    }

    private static String count(int nodes) {
        return nodes + (nodes == 1 ? " node" : " nodes");
    }
}
