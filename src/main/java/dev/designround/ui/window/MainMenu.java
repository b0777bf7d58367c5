package dev.designround.ui.window;

import dev.designround.ui.canvas.DiagramCanvas;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The menu bar and toolbar, made from the window's {@link Actions}. */
final class MainMenu {

    private static final String RECENT_MENU_ID = "menu-open-recent";

    private MainMenu() {
    }

    static MenuBar menuBar(Actions a, Workbench w) {
        Menu recent = new Menu("Open Recent");
        recent.setId(RECENT_MENU_ID);
        recent.setGraphic(new FontIcon("mdi2h-history"));
        Menu file = new Menu("File", null, a.get("new").menuItem(), a.get("open").menuItem(), recent,
                new SeparatorMenuItem(), a.get("save").menuItem(), a.get("save-as").menuItem(),
                w.tools().exportMenu().menu(),
                new SeparatorMenuItem(), a.get("close").menuItem(), a.get("quit").menuItem());
        Menu edit = new Menu("Edit", null, a.get("undo").menuItem(), a.get("redo").menuItem(), new SeparatorMenuItem(),
                a.get("cut").menuItem(), a.get("copy").menuItem(), a.get("paste").menuItem(),
                a.get("duplicate").menuItem(), a.get("delete").menuItem(), new SeparatorMenuItem(),
                a.get("copy-mermaid").menuItem(), a.get("copy-image").menuItem(), new SeparatorMenuItem(),
                a.get("select-all").menuItem(), a.get("rename").menuItem());
        Menu insert = new Menu("Insert", null, a.get("add-zone").menuItem(), a.get("add-text").menuItem());
        Menu arrange = new Menu("Arrange", null, a.get("arrange").menuItem(), new SeparatorMenuItem(),
                alignMenu(a), a.get("reverse-arrow").menuItem());
        Menu round = new Menu("Round", null, a.get("submit").menuItem(), a.get("strong-answer").menuItem(),
                a.get("history").menuItem());
        Menu view = new Menu("View", null, a.get("zoom-in").menuItem(), a.get("zoom-out").menuItem(),
                a.get("actual-size").menuItem(), a.get("fit").menuItem(), new SeparatorMenuItem(),
                a.get("snap").menuItem(), a.get("dark").menuItem());
        Menu help = new Menu("Help", null, a.get("shortcuts").menuItem(), a.get("reading-guide").menuItem(),
                a.get("about").menuItem());
        MenuBar bar = new MenuBar(file, edit, insert, arrange, round, view, help);
        bar.setId("menu-bar");
        recent.setOnShowing(e -> fillRecent(recent, w));
        fillRecent(recent, w);
        return bar;
    }

    /** Align and distribute the selected cards, as a submenu (the Arrange menu and the cards' right-click menu). */
    static Menu alignMenu(Actions a) {
        Menu menu = new Menu("Align and distribute");
        menu.setGraphic(new FontIcon("mdi2a-align-horizontal-left"));
        for (dev.designround.ui.edit.Alignment al : dev.designround.ui.edit.Alignment.values()) {
            if (al == dev.designround.ui.edit.Alignment.SPREAD_HORIZONTALLY) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(a.get(Actions.alignId(al)).menuItem());
        }
        return menu;
    }

    /** Rebuilds the Open Recent menu after the recent files changed. */
    static void refreshRecent(Workbench w) {
        if (w.stage().getScene() != null && w.stage().getScene().getRoot() != null) {
            w.stage().getScene().getRoot().lookupAll("#menu-bar").forEach(node -> {
                if (node instanceof MenuBar bar) {
                    bar.getMenus().get(0).getItems().stream().filter(i -> RECENT_MENU_ID.equals(i.getId()))
                            .findFirst().ifPresent(m -> fillRecent((Menu) m, w));
                }
            });
        }
    }

    private static void fillRecent(Menu menu, Workbench w) {
        List<Path> files = w.recentFiles();
        menu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            menu.getItems().add(none);
            return;
        }
        for (Path f : files) {
            MenuItem item = new MenuItem(f.getFileName() + "   " + (f.getParent() == null ? "" : f.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> w.files().open(f));
            menu.getItems().add(item);
        }
    }

    private static Separator vertical() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    static ToolBar toolBar(Actions a, DiagramCanvas canvas) {
        Label zoom = new Label();
        zoom.setId("zoom-label");
        zoom.setMinWidth(48);
        zoom.setAlignment(javafx.geometry.Pos.CENTER);
        zoom.textProperty().bind(canvas.viewportProperty().map(v -> Math.round(v.scale() * 100) + " %"));
        zoom.visibleProperty().bind(a.get("fit").disabledProperty().not());
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                a.get("new").button(), a.get("open").button(), a.get("save").button(), vertical(),
                a.get("undo").button(), a.get("redo").button(), vertical(),
                a.get("duplicate").button(), a.get("delete").button(), a.get("arrange").button(), vertical(),
                a.get("add-zone").button(), a.get("add-text").button(), vertical(),
                a.get("zoom-out").button(), zoom, a.get("zoom-in").button(), a.get("fit").button(), vertical(),
                a.get("snap").button(), spring, a.get("dark").button(), a.get("shortcuts").button());
        bar.setId("tool-bar");
        return bar;
    }
}
