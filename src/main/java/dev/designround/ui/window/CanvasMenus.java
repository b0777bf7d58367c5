package dev.designround.ui.window;

import dev.designround.model.EdgeKind;
import dev.designround.ui.canvas.CanvasTarget;
import dev.designround.ui.canvas.DiagramCanvas;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Right-click menus on the canvas: for a card (edit label, duplicate, copy, zone around the selection, align and
 * distribute the selection, delete), an arrow (edit label, kind, reverse, delete), a zone (rename, duplicate with
 * what it holds, copy, delete), a text note (edit, duplicate, copy, delete) or the empty canvas (a zone or a text
 * note there, paste, select all, auto-arrange, fit). The right-click itself selects what is under the mouse first
 * (see the canvas gestures), so the menu acts on it.
 */
final class CanvasMenus {

    private final Actions actions;
    private final Workbench workbench;
    private ContextMenu showing;

    CanvasMenus(Actions actions, Workbench workbench) {
        this.actions = actions;
        this.workbench = workbench;
    }

    /**
     * Opens on the right button's release (every platform, including headless test robots), and on the keyboard's
     * menu key for what is selected.
     */
    void install(DiagramCanvas canvas) {
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                show(canvas.targetAt(e.getX(), e.getY()), e.getScreenX(), e.getScreenY(),
                        canvas.toWorld(e.getX(), e.getY()));
                e.consume();
            }
        });
        canvas.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                Point2D at = canvas.localToScreen(canvas.getWidth() / 2, canvas.getHeight() / 2);
                show(selectedCard(canvas), at.getX(), at.getY(), canvas.centerInWorld());
            }
            e.consume();
        });
    }

    private static CanvasTarget selectedCard(DiagramCanvas canvas) {
        return canvas.editor().flatMap(ed -> ed.selection().nodes().stream().findFirst())
                .<CanvasTarget>map(CanvasTarget.Card::new).orElse(CanvasTarget.NOTHING);
    }

    private void show(CanvasTarget target, double screenX, double screenY, Point2D world) {
        if (workbench.document().isEmpty()) {
            return;
        }
        if (showing != null) {
            showing.hide();
        }
        ContextMenu menu;
        if (target instanceof CanvasTarget.Card || target instanceof CanvasTarget.Handle) {
            menu = new ContextMenu(item("rename"), item("duplicate"), item("copy"), item("cut"),
                    new SeparatorMenuItem(), item("add-zone"), MainMenu.alignMenu(actions), new SeparatorMenuItem(),
                    item("delete"));
        } else if (target instanceof CanvasTarget.ZoneFrame || target instanceof CanvasTarget.ZoneCorner) {
            menu = new ContextMenu(named(item("rename"), "Rename zone"), item("duplicate"), item("copy"),
                    item("cut"), new SeparatorMenuItem(), named(item("delete"), "Delete zone (keeps its cards)"));
        } else if (target instanceof CanvasTarget.Note) {
            menu = new ContextMenu(named(item("rename"), "Edit text"), item("duplicate"), item("copy"), item("cut"),
                    new SeparatorMenuItem(), item("delete"));
        } else if (target instanceof CanvasTarget.Arrow arrow) {
            String edgeId = arrow.edgeId();
            menu = new ContextMenu(item("rename"), new SeparatorMenuItem(), kind(edgeId, EdgeKind.FLOW),
                    kind(edgeId, EdgeKind.FALLBACK), kind(edgeId, EdgeKind.ASYNC), new SeparatorMenuItem(),
                    item("reverse-arrow"), item("delete"));
        } else {
            MenuItem zone = new MenuItem("Add zone here", new org.kordamp.ikonli.javafx.FontIcon("mdi2s-selection-drag"));
            zone.setId("menu-add-zone-here");
            zone.setOnAction(a -> workbench.canvas().gestures().addZoneAt(world.getX(), world.getY()));
            MenuItem text = new MenuItem("Add text note here",
                    new org.kordamp.ikonli.javafx.FontIcon("mdi2t-text-box-plus-outline"));
            text.setId("menu-add-text-here");
            text.setOnAction(a -> workbench.canvas().gestures().addTextNoteAt(world.getX(), world.getY()));
            boolean readOnly = !workbench.canvas().isEditable();
            zone.setDisable(readOnly);
            text.setDisable(readOnly);
            menu = new ContextMenu(zone, text, new SeparatorMenuItem(), item("paste"), item("select-all"),
                    new SeparatorMenuItem(), item("arrange"), item("fit"));
        }
        menu.setId("canvas-menu");
        showing = menu;
        menu.show(workbench.canvas(), screenX, screenY);
    }

    private MenuItem item(String actionId) {
        return actions.get(actionId).menuItem();
    }

    /** An action's item under a name that says what it does here ("Rename zone"). */
    private static MenuItem named(MenuItem item, String text) {
        item.textProperty().unbind();
        item.setText(text);
        return item;
    }

    private MenuItem kind(String edgeId, EdgeKind kind) {
        String name = kind.id().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.id().substring(1);
        MenuItem item = new MenuItem(name + (kind == EdgeKind.FLOW ? " (solid)" : kind == EdgeKind.FALLBACK
                ? " (dashed)" : " (dotted)"));
        item.setId("menu-kind-" + kind.id());
        Optional<EdgeKind> current = workbench.document().flatMap(d -> d.editor().design().edge(edgeId))
                .map(dev.designround.model.Edge::kind);
        item.setDisable(current.filter(k -> k == kind).isPresent());
        item.setOnAction(a -> workbench.document().ifPresent(d -> d.editor().setEdgeKind(edgeId, kind)));
        return item;
    }
}
