package dev.designround.ui.window;

import dev.designround.ui.look.Themes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts: every action's shortcuts, by menu, made from the actions themselves, plus the mouse
 * and keyboard gestures of the canvas.
 */
final class ShortcutsDialog {

    /** Canvas gestures that are not menu actions. */
    static final List<String[]> GESTURES = List.of(
            new String[] {"Drag a palette entry onto the canvas", "Add a component there"},
            new String[] {"Double-click a palette entry", "Add it in the middle of the view"},
            new String[] {"Enter in the palette search", "Add the first match"},
            new String[] {"Click / Shift+click / Ctrl+click", "Select / add to or remove from the selection"},
            new String[] {"Drag on empty canvas", "Rubber-band select the cards, zones and notes inside"},
            new String[] {"Drag a card", "Move the selection (snaps to the grid when snapping is on)"},
            new String[] {"Drag a zone's title or border", "Move the zone with the cards and notes in it"},
            new String[] {"Drag a selected zone's corner", "Resize the zone"},
            new String[] {"Double-click a zone's title / a text note", "Rename the zone / edit the note"},
            new String[] {"Ctrl+Enter in a text note", "Finish editing it (Enter starts a new line)"},
            new String[] {"Drag from a card's round handle onto a card", "Connect them (onto itself: a loop)"},
            new String[] {"Double-click a card or an arrow / Enter", "Edit its label in place"},
            new String[] {"Arrow keys / Shift+arrow keys", "Nudge the selection by a grid step / a pixel"},
            new String[] {"Backspace", "Delete the selection"},
            new String[] {"Escape", "Cancel the gesture, or clear the selection"},
            new String[] {"Space+drag, middle-button drag", "Pan"},
            new String[] {"Wheel / Shift+wheel", "Scroll up and down / left and right"},
            new String[] {"Ctrl+wheel, + / -", "Zoom at the mouse / in the middle"},
            new String[] {"Shift+1", "Fit the design in the window"},
            new String[] {"Right-click", "Menu for the card, arrow, zone, note or canvas under the mouse"});

    private ShortcutsDialog() {
    }

    static void show(Window owner, List<Action> actions) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setId("shortcuts");
        // two columns sharing the width; an entry too long for its column wraps, whole, onto more lines
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setPercentWidth(46);
        javafx.scene.layout.ColumnConstraints what = new javafx.scene.layout.ColumnConstraints();
        what.setPercentWidth(54);
        grid.getColumnConstraints().addAll(keys, what);
        int row = 0;
        Map<String, List<Action>> groups = new LinkedHashMap<>();
        for (Action a : actions) {
            if (!a.keys().isEmpty()) {
                groups.computeIfAbsent(a.group(), g -> new java.util.ArrayList<>()).add(a);
            }
        }
        for (Map.Entry<String, List<Action>> g : groups.entrySet()) {
            grid.add(group(g.getKey()), 0, row++, 2, 1);
            for (Action a : g.getValue()) {
                grid.addRow(row++, key(keysOf(a)), does(a.text()));
            }
        }
        grid.add(group("Canvas"), 0, row++, 2, 1);
        for (String[] gesture : GESTURES) {
            grid.addRow(row++, key(gesture[0]), does(gesture[1]));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(760);
        scroll.setMinViewportWidth(560);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        dialog.getDialogPane().setId("shortcuts-dialog");
        dialog.getDialogPane().setPrefWidth(820);
        dialog.setResizable(true);
        dialog.showAndWait();
    }

    /** All shortcuts of an action as the platform writes them: "Ctrl+Shift+Z or Ctrl+Y". */
    static String keysOf(Action a) {
        return a.keys().stream().map(KeyCombination::getDisplayText).distinct().collect(Collectors.joining(" or "));
    }

    private static Label key(String text) {
        Label l = does(text); // wraps rather than cut ("Click / Shift+click / Ctr...")
        l.getStyleClass().add("shortcut-key");
        return l;
    }

    private static Label does(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label group(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("shortcut-group");
        return l;
    }
}
