package dev.designround.ui.inspector;

import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.ui.edit.Editor;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inspector for one edge: where it runs, its label and its kind (flow, fallback, async). */
final class EdgeForm extends VBox {

    private static final Map<EdgeKind, String> MEANING = Map.of(
            EdgeKind.FLOW, "Carries the request and what each component makes of it; adds latency.",
            EdgeKind.FALLBACK, "Taken only when the source fails (outage, timeout, refusal); carries the request on.",
            EdgeKind.ASYNC, "Off the request path: logging, evaluation, feedback, monitoring. Adds no latency.");

    EdgeForm(Editor editor, Edge edge) {
        getStyleClass().add("inspector");
        Label title = new Label("Edge", new FontIcon("mdi2a-arrow-right"));
        title.getStyleClass().add("inspector-title");
        String from = editor.design().node(edge.from()).map(editor.catalog()::displayName).orElse(edge.from());
        String to = editor.design().node(edge.to()).map(editor.catalog()::displayName).orElse(edge.to());
        Label route = new Label(from + "  →  " + to);
        route.getStyleClass().add("inspector-subtitle");
        getChildren().addAll(title, route);

        getChildren().add(Fields.section("Label"));
        getChildren().add(Fields.text("inspector-edge-label", edge.label(), "what flows: \"top-5 chunks\"",
                text -> editor.renameEdge(edge.id(), text)));

        getChildren().add(Fields.section("Kind"));
        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox();
        kinds.getStyleClass().add("segmented");
        for (EdgeKind kind : EdgeKind.values()) {
            ToggleButton b = new ToggleButton(capitalised(kind.id()));
            b.setId("inspector-kind-" + kind.id());
            b.setToggleGroup(group);
            b.setSelected(kind == edge.kind());
            b.setOnAction(e -> {
                b.setSelected(true);
                editor.setEdgeKind(edge.id(), kind);
            });
            kinds.getChildren().add(b);
        }
        kinds.getChildren().get(0).getStyleClass().add("left-pill");
        kinds.getChildren().get(1).getStyleClass().add("center-pill");
        kinds.getChildren().get(2).getStyleClass().add("right-pill");
        getChildren().addAll(kinds, Fields.hint(MEANING.get(edge.kind())));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
