package dev.designround.ui.inspector;

import dev.designround.model.Capability;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.look.Icons;
import dev.designround.ui.look.TypeListCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inspector for one node: label (with what it makes the card count as, and a switch to ignore that), type,
 * the known numbers (latency, cost, error rate; empty means the type's default), free-form properties and
 * capabilities (the type's, plus extra ones for a custom component). Every change is one undoable edit of the node
 * as it is in the design at that moment.
 */
final class NodeForm extends VBox {

    private final Editor editor;
    private final String nodeId;

    NodeForm(Editor editor, Node node) {
        this.editor = editor;
        this.nodeId = node.id();
        getStyleClass().add("inspector");
        Catalog catalog = editor.catalog();
        ComponentType type = catalog.type(node.type()).orElse(null);

        FontIcon icon = Icons.of(type == null ? "" : type.icon());
        Label title = new Label(catalog.displayName(node), icon);
        title.getStyleClass().add("inspector-title");
        Label subtitle = new Label((type == null ? node.type() : type.name()) + "  ·  id " + node.id());
        subtitle.getStyleClass().add("inspector-subtitle");
        getChildren().addAll(title, subtitle);

        getChildren().add(Fields.section("Label"));
        TextField label = Fields.text("inspector-label", node.label(), type == null ? "" : type.name(),
                text -> edit("Rename", n -> n.withLabel(text.strip())));
        getChildren().addAll(label, labelReading(node, label));

        getChildren().add(Fields.section("Type"));
        ComboBox<ComponentType> types = new ComboBox<>();
        types.setId("inspector-type");
        types.getItems().setAll(catalog.types());
        types.setCellFactory(list -> new TypeListCell());
        types.setButtonCell(new TypeListCell());
        types.setMaxWidth(Double.MAX_VALUE);
        types.getSelectionModel().select(type);
        types.setOnAction(e -> {
            ComponentType chosen = types.getValue();
            if (chosen != null && !chosen.id().equals(node.type())) {
                edit("Change type", n -> n.withType(chosen.id()));
            }
        });
        getChildren().add(types);
        if (type != null) {
            getChildren().add(Fields.hint(type.description()));
        }

        getChildren().add(Fields.section("Properties"));
        getChildren().add(numbers(node, type));
        getChildren().add(freeForm(node));

        getChildren().add(Fields.section("Capabilities"));
        getChildren().add(capabilities(node, type, catalog));
    }

    /**
     * What the label makes the card count as, following the text as it is typed (before it is committed), and the
     * switch that lets the label count or not.
     */
    private VBox labelReading(Node node, TextField label) {
        Catalog catalog = editor.catalog();
        Label countsAs = Fields.hint(LabelReading.sentence(catalog, node));
        countsAs.setId("inspector-label-capabilities");
        countsAs.getStyleClass().add("label-reading");
        label.textProperty().addListener((o, was, now) -> countsAs.setText(LabelReading.sentence(catalog,
                node.withLabel(now.strip()))));
        CheckBox read = new CheckBox("Read the label");
        read.setId("inspector-read-label");
        read.setSelected(node.readsLabel());
        read.setTooltip(new Tooltip("Let what the label says count, as an interviewer reads it: \"ACL pre-filter\" "
                + "is access control.\nUntick it for a card whose label names something it does not do."));
        read.setOnAction(e -> editor.setReadsLabel(nodeId, read.isSelected()));
        return new VBox(4, countsAs, read);
    }

    private GridPane numbers(Node node, ComponentType type) {
        NodeProps p = node.props();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Latency (ms, p50)"), Fields.number("inspector-latency", p.latencyMs(),
                type == null ? "" : "default " + Fields.format(type.latencyMs()), 0, NodeProps.MAX_LATENCY_MS,
                "a number of milliseconds, from 0 to " + Fields.format(NodeProps.MAX_LATENCY_MS),
                v -> edit("Latency", n -> n.withProps(n.props().withLatencyMs(v)))));
        grid.addRow(1, new Label("Cost per call (USD)"), Fields.number("inspector-cost", p.costUsd(),
                type == null ? "" : "default " + Fields.format(type.costUsd()), 0, NodeProps.MAX_COST_USD,
                "a number of dollars, from 0 to " + Fields.format(NodeProps.MAX_COST_USD), v -> edit("Cost", n -> n.withProps(n.props().withCostUsd(v)))));
        grid.addRow(2, new Label("Error rate (0–1)"), Fields.number("inspector-error-rate", p.errorRate(),
                type == null ? "" : "default " + Fields.format(type.errorRate()), 0, 1,
                "a share between 0 and 1", v -> edit("Error rate", n -> n.withProps(n.props().withErrorRate(v)))));
        grid.getChildren().forEach(c -> GridPane.setHgrow(c, c instanceof TextField ? Priority.ALWAYS : Priority.NEVER));
        return grid;
    }

    private VBox freeForm(Node node) {
        VBox rows = new VBox(6);
        for (Map.Entry<String, String> prop : node.props().other().entrySet()) {
            String key = prop.getKey();
            TextField k = Fields.text("prop-key-" + key, key, "name", text -> renameProp(key, text));
            TextField v = Fields.text("prop-value-" + key, prop.getValue(), "value",
                    text -> edit("Property", n -> n.withProps(n.props().withOther(key, text))));
            Button remove = iconButton("mdi2c-close", "Remove " + key,
                    () -> edit("Remove property", n -> n.withProps(n.props().withOther(key, null))));
            rows.getChildren().add(row(k, v, remove));
        }
        TextField newKey = new TextField();
        newKey.setPromptText("new property");
        newKey.setId("prop-new-key");
        TextField newValue = new TextField();
        newValue.setPromptText("value");
        newValue.setId("prop-new-value");
        Button add = iconButton("mdi2p-plus", "Add property", () -> addProp(newKey.getText(), newValue.getText()));
        newValue.setOnAction(e -> addProp(newKey.getText(), newValue.getText()));
        rows.getChildren().add(row(newKey, newValue, add));
        return rows;
    }

    private static HBox row(TextField key, TextField value, Button button) {
        key.setPrefColumnCount(7);
        value.setPrefColumnCount(8);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox box = new HBox(6, key, value, button);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private void addProp(String key, String value) {
        String k = key.strip();
        if (!k.isEmpty() && !isNumericName(k)) {
            edit("Add property", n -> n.withProps(n.props().withOther(k, value.strip())));
        }
    }

    private void renameProp(String from, String to) {
        String k = to.strip();
        if (k.isEmpty() || isNumericName(k) || k.equals(from)) {
            return;
        }
        edit("Rename property", n -> {
            String value = n.props().other().get(from);
            return n.withProps(n.props().withOther(from, null).withOther(k, value == null ? "" : value));
        });
    }

    private static boolean isNumericName(String key) {
        return key.equals(NodeProps.LATENCY) || key.equals(NodeProps.COST) || key.equals(NodeProps.ERROR_RATE);
    }

    private VBox capabilities(Node node, ComponentType type, Catalog catalog) {
        FlowPane chips = new FlowPane(6, 6);
        List<String> own = type == null ? List.of() : type.capabilities();
        for (String id : own) {
            chips.getChildren().add(chip(catalog, id, false));
        }
        for (String id : node.capabilities()) {
            if (!own.contains(id)) {
                Label chip = chip(catalog, id, true);
                Button remove = iconButton("mdi2c-close", "Remove " + id, () -> edit("Remove capability",
                        n -> n.withCapabilities(n.capabilities().stream().filter(c -> !c.equals(id)).toList())));
                chip.setGraphic(remove);
                chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
                chips.getChildren().add(chip);
            }
        }
        ComboBox<Capability> add = new ComboBox<>();
        add.setId("inspector-add-capability");
        add.setPromptText("Add a capability");
        add.setMaxWidth(Double.MAX_VALUE);
        add.getItems().setAll(catalog.capabilities().stream()
                .filter(c -> !own.contains(c.id()) && !node.capabilities().contains(c.id())).toList());
        add.setCellFactory(list -> new CapabilityCell());
        add.setButtonCell(new CapabilityCell());
        add.setOnAction(e -> {
            Capability chosen = add.getValue();
            if (chosen != null) {
                edit("Add capability", n -> {
                    List<String> caps = new ArrayList<>(n.capabilities());
                    caps.add(chosen.id());
                    return n.withCapabilities(caps);
                });
            }
        });
        VBox box = new VBox(8, chips, add);
        if (own.isEmpty() && node.capabilities().isEmpty()) {
            box.getChildren().add(0, Fields.hint("None. Add capabilities to make a custom component count for the "
                    + "rules."));
        }
        return box;
    }

    private static Label chip(Catalog catalog, String id, boolean extra) {
        Label chip = new Label(catalog.capability(id).map(Capability::name).orElse(id));
        chip.getStyleClass().add("chip");
        if (extra) {
            chip.getStyleClass().add("own");
        }
        catalog.capability(id).ifPresent(c -> chip.setTooltip(new Tooltip(c.description())));
        return chip;
    }

    private static Button iconButton(String icon, String tip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void edit(String name, UnaryOperator<Node> change) {
        editor.design().node(nodeId).ifPresent(current -> editor.editNode(name, change.apply(current)));
    }

    private static final class CapabilityCell extends ListCell<Capability> {
        @Override
        protected void updateItem(Capability item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
