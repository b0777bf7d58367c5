package dev.designround.ui.feedback;

import dev.designround.rules.Finding;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.edit.Selection;
import java.util.List;
import java.util.Optional;

/**
 * Shows a finding on the canvas: selects its nodes and highlights them, with the cards and arrows along its
 * violating path (the canvas gets the style class {@code finding-failed} or {@code finding-passed}, so the
 * highlight takes the colour of what it says). The highlight goes as soon as the selection changes (the user
 * clicks elsewhere, presses Escape, adds a component) or {@link #clear()} is called; it never changes the design.
 */
public final class FindingHighlight implements Selection.Listener {

    static final String FAILED = "finding-failed";
    static final String PASSED = "finding-passed";

    private final DiagramCanvas canvas;
    private Editor editor;
    private FindingTargets shown = new FindingTargets(List.of(), List.of());
    private Selection.State expected = Selection.State.EMPTY;
    private boolean applying;

    public FindingHighlight(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * Selects the finding's nodes and highlights them and its path; if any of them is out of view, the view moves
     * (zooming out if it must) to show them all.
     */
    public void show(Editor target, Finding finding) {
        clear();
        editor = target;
        editor.selection().addListener(this);
        shown = FindingTargets.of(finding, editor.design());
        canvas.getStyleClass().add(finding.passed() ? PASSED : FAILED);
        applying = true;
        try {
            editor.selection().set(FindingTargets.selectable(finding, editor.design()), List.of());
        } finally {
            applying = false;
        }
        expected = editor.selection().state();
        canvas.setHighlighted(shown.nodes(), shown.edges());
        canvas.bringIntoView(shown.nodes());
    }

    /** The node and edge ids highlighted now. */
    public FindingTargets shown() {
        return shown;
    }

    /** Takes the highlight off (the selection stays as it is). */
    public void clear() {
        if (!shown.nodes().isEmpty() || !shown.edges().isEmpty()) {
            canvas.setHighlighted(List.of(), List.of());
        }
        canvas.getStyleClass().removeAll(FAILED, PASSED);
        shown = new FindingTargets(List.of(), List.of());
        Optional.ofNullable(editor).ifPresent(ed -> ed.selection().removeListener(this));
        editor = null;
    }

    @Override
    public void selectionChanged(Selection.State before, Selection.State after) {
        if (!applying && !after.equals(expected)) {
            clear();
        }
    }
}
