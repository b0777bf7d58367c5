package dev.designround.ui.inspector;

import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.edit.Selection;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;

/**
 * Shows and edits what is selected: one node ({@code NodeForm}), one edge ({@code EdgeForm}), one zone
 * ({@code ZoneForm}), one text note ({@code TextNoteForm}), or the design itself when nothing or several things are
 * selected. Follows the selection and the design (an undo shows at once).
 */
public final class Inspector extends ScrollPane implements DesignListener, Selection.Listener {

    private Editor editor;
    private boolean refreshQueued;

    public Inspector() {
        getStyleClass().addAll("inspector-pane", "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(260);
    }

    public void show(Editor next) {
        if (editor != null) {
            editor.design().removeListener(this);
            editor.selection().removeListener(this);
        }
        editor = next;
        editor.design().addListener(this);
        editor.selection().addListener(this);
        refresh();
    }

    @Override
    public void designChanged(DesignChange change) {
        if (touchesShown(change)) {
            queueRefresh();
        }
    }

    @Override
    public void selectionChanged(Selection.State before, Selection.State after) {
        queueRefresh();
    }

    private boolean touchesShown(DesignChange change) {
        Selection s = editor.selection();
        if (change instanceof DesignChange.NodeUpdated u) {
            return s.containsNode(u.after().id()) && s.nodes().size() == 1;
        }
        if (change instanceof DesignChange.EdgeUpdated u) {
            return s.containsEdge(u.after().id());
        }
        if (change instanceof DesignChange.ZoneUpdated u) {
            return s.containsZone(u.after().id());
        }
        if (change instanceof DesignChange.TextUpdated u) {
            return s.containsText(u.after().id());
        }
        if (change instanceof DesignChange.EdgeAdded a) {
            return s.containsNode(a.edge().from()) || s.containsNode(a.edge().to()) || s.isEmpty();
        }
        return s.isEmpty();
    }

    /** Many changes in one go (an auto-arrange, a paste) rebuild the form once. */
    private void queueRefresh() {
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(() -> {
                refreshQueued = false;
                refresh();
            });
        }
    }

    private void refresh() {
        if (editor == null) {
            return;
        }
        String focusedId = getScene() != null && getScene().getFocusOwner() != null
                && isAncestorOf(getScene().getFocusOwner()) ? getScene().getFocusOwner().getId() : null;
        Selection s = editor.selection();
        if (s.nodes().size() == 1 && s.edges().isEmpty() && s.zones().isEmpty() && s.texts().isEmpty()) {
            editor.design().node(s.nodes().iterator().next()).ifPresent(n -> setContent(new NodeForm(editor, n)));
        } else if (s.nodes().isEmpty() && s.edges().size() == 1 && s.zones().isEmpty() && s.texts().isEmpty()) {
            editor.design().edge(s.edges().iterator().next()).ifPresent(e -> setContent(new EdgeForm(editor, e)));
        } else if (s.nodes().isEmpty() && s.edges().isEmpty() && s.zones().size() == 1 && s.texts().isEmpty()) {
            editor.design().zone(s.zones().iterator().next()).ifPresent(z -> setContent(new ZoneForm(editor, z)));
        } else if (s.nodes().isEmpty() && s.edges().isEmpty() && s.zones().isEmpty() && s.texts().size() == 1) {
            editor.design().text(s.texts().iterator().next()).ifPresent(t -> setContent(new TextNoteForm(editor, t)));
        } else {
            setContent(new DesignForm(editor));
        }
        if (focusedId != null && getContent() != null) {
            try {
                javafx.scene.Node again = getContent().lookup("#" + focusedId);
                if (again != null) {
                    again.requestFocus();
                }
            } catch (RuntimeException notASelector) {
                // an id made from a property name that is no CSS selector: leave the focus alone
            }
        }
    }

    private boolean isAncestorOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }
}
