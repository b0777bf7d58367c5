package dev.designround.ui.inspector;

import dev.designround.ui.edit.Editor;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inspector when nothing, or several things, are selected: the design's title and what to do next. */
final class DesignForm extends VBox {

    DesignForm(Editor editor) {
        getStyleClass().add("inspector");
        int nodes = editor.selection().nodes().size();
        int edges = editor.selection().edges().size();
        int zones = editor.selection().zones().size();
        int texts = editor.selection().texts().size();
        if (nodes + edges + zones + texts > 1) {
            java.util.List<String> parts = new java.util.ArrayList<>();
            addCount(parts, nodes, "node");
            addCount(parts, edges, "edge");
            addCount(parts, zones, "zone");
            addCount(parts, texts, "text note");
            Label title = new Label(String.join(", ", parts) + " selected", new FontIcon("mdi2s-select-group"));
            title.getStyleClass().add("inspector-title");
            getChildren().addAll(title, Fields.hint("Drag to move them together. Delete removes them; "
                    + "Ctrl+D duplicates them; Ctrl+C copies them."));
            return;
        }
        Label title = new Label("Design", new FontIcon("mdi2v-vector-square"));
        title.getStyleClass().add("inspector-title");
        Label counts = new Label(count(editor.design().nodeCount(), "node") + ", "
                + count(editor.design().edgeCount(), "edge"));
        counts.getStyleClass().add("inspector-subtitle");
        getChildren().addAll(title, counts, Fields.section("Title"),
                Fields.text("inspector-title", editor.design().info().title(), "Legal Q&A, attempt 3",
                        editor::setTitle));
        editor.design().info().scenarioId().ifPresent(id -> getChildren().addAll(Fields.section("Scenario"),
                new Label(id)));
        getChildren().addAll(Fields.section("How to"), Fields.hint(
                "Drag components from the palette, or double-click one to add it in the middle.\n"
                        + "Drag from a card's round handle onto another card to connect them.\n"
                        + "Select a card or an arrow to edit it here.\n"
                        + "Insert → Zone draws a boundary around the selected cards (Ctrl+G); Insert → Text note puts "
                        + "free text on the canvas (Ctrl+T). F1 lists every shortcut."));
    }

    private static void addCount(java.util.List<String> parts, int n, String what) {
        if (n > 0) {
            parts.add(count(n, what));
        }
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
