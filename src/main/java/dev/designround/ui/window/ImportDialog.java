package dev.designround.ui.window;

import dev.designround.io.imports.ImportResult;
import dev.designround.io.imports.RecognisedShape;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.scenario.Scenario;
import dev.designround.ui.look.Icons;
import dev.designround.ui.look.Themes;
import dev.designround.ui.look.TypeListCell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What File → Open shows for a diagram from draw.io, Mermaid or Excalidraw before it is opened: what each shape
 * became and why, with a type box per shape to correct it, the round the design answers, and for a draw.io file
 * of several pages the page to read. The summary line follows the corrections as they are made. Nothing is
 * opened until Open is pressed; Cancel leaves the window as it was.
 *
 * <p>Ids, for tests: {@code import-dialog}, {@code import-summary}, {@code import-page}, {@code import-scenario},
 * {@code import-only-custom}, {@code import-shapes}, {@code import-type-NODEID}, {@code import-open},
 * {@code import-problem}.
 */
final class ImportDialog {

    static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);

    /** Reads another page of the same file. */
    @FunctionalInterface
    interface PageReader {
        ImportResult read(String page) throws InputException;
    }

    /**
     * What the user chose.
     *
     * @param result   the diagram as read, with the types the user corrected
     * @param scenario the round the user chose for it, when it differs from what the file names
     * @param changed  whether the user changed anything (types, the round), which then counts as unsaved
     */
    record Answer(ImportResult result, Optional<String> scenario, boolean changed) {
    }

    /** One shape's row: what it is now. */
    private static final class Row {
        final RecognisedShape shape;
        final ReadOnlyObjectWrapper<ComponentType> type = new ReadOnlyObjectWrapper<>();
        final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper();

        Row(RecognisedShape shape, ComponentType type) {
            this.shape = shape;
            this.type.set(type);
            this.why.set(shape.explanation());
        }
    }

    /** The round box's items: a scenario, or none yet (null). */
    record Round(Scenario scenario) {
    }

    private final Catalog catalog;
    private final PageReader pages;
    private final ObservableList<ComponentType> types;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final Map<String, String> chosen = new HashMap<>();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final CheckBox onlyCustom = new CheckBox("Only the shapes not recognised");
    private final TableView<Row> table = new TableView<>(shown);
    private Optional<ComboBox<Round>> roundBox = Optional.empty();
    private ImportResult imported;

    private ImportDialog(Catalog catalog, ImportResult imported, PageReader pages) {
        this.catalog = catalog;
        this.pages = pages;
        this.imported = imported;
        this.types = FXCollections.observableArrayList(catalog.types());
    }

    /**
     * Shows the dialog and waits.
     *
     * @param fileName  the file's name, for the header
     * @param pageNames the draw.io file's pages (a page box when there are two or more)
     * @param scenarios the installed rounds, empty while they are still loading (no round box then)
     * @return what the user chose, or empty when they cancelled
     */
    static Optional<Answer> ask(Window owner, Catalog catalog, String fileName, ImportResult imported,
                                List<String> pageNames, List<Scenario> scenarios, PageReader pages) {
        return new ImportDialog(catalog, imported, pages).show(owner, fileName, pageNames, scenarios);
    }

    private Optional<Answer> show(Window owner, String fileName, List<String> pageNames, List<Scenario> scenarios) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Design Round");
        dialog.setHeaderText("Import " + fileName + " (" + imported.tool() + ")");
        dialog.setGraphic(Icons.of("mdi2f-file-import-outline"));
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(Themes.STYLESHEET);
        dialog.getDialogPane().setId("import-dialog");
        // wide enough for a label, a type and why side by side; the pane's pref width alone is not honoured
        dialog.getDialogPane().setMinWidth(Math.min(900, javafx.stage.Screen.getPrimary().getVisualBounds()
                .getWidth() - 40));
        dialog.getDialogPane().getButtonTypes().addAll(OPEN, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(OPEN).setId("import-open");

        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("import-summary");
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("import-problem");
        problem.setVisible(false);
        problem.managedProperty().bind(problem.visibleProperty());

        GridPane choices = new GridPane();
        choices.setHgap(10);
        choices.setVgap(8);
        if (pageNames.size() > 1) {
            choices.addRow(choices.getRowCount(), new Label("Page"), pageBox(pageNames));
        }
        roundBox = scenarios.isEmpty() ? Optional.empty() : Optional.of(roundBox(scenarios));
        roundBox.ifPresent(box -> choices.addRow(choices.getRowCount(), new Label("Round"), box));

        onlyCustom.setId("import-only-custom");
        onlyCustom.managedProperty().bind(onlyCustom.visibleProperty());
        onlyCustom.selectedProperty().addListener((o, was, now) -> filter());
        table.setId("import-shapes");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(360);
        table.setPlaceholder(new Label("No shapes on this page"));
        table.getColumns().add(column("Shape", 280, r -> new ReadOnlyStringWrapper(label(r.shape)), c -> new ShapeCell()));
        TableColumn<Row, ComponentType> becomes = new TableColumn<>("Becomes");
        becomes.setCellValueFactory(c -> c.getValue().type.getReadOnlyProperty());
        becomes.setCellFactory(c -> new TypeChoiceCell());
        becomes.setPrefWidth(250);
        becomes.setSortable(false);
        table.getColumns().add(becomes);
        table.getColumns().add(column("Why", 300, r -> r.why.getReadOnlyProperty(), c -> new WhyCell()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label hint = new Label("A type decides what the grader sees the shape do. A custom component still counts "
                + "the capabilities its label names. You can change any card's type later in the inspector.");
        hint.setWrapText(true);
        hint.getStyleClass().add("inspector-hint");

        VBox content = new VBox(10, summary, problem, choices, onlyCustom, table, hint);
        content.setPadding(new Insets(8, 14, 0, 14));
        dialog.getDialogPane().setContent(content);
        refill();

        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isEmpty() || pressed.get() != OPEN) {
            return Optional.empty();
        }
        String named = imported.design().info().scenario();
        Optional<String> scenario = roundBox.map(ComboBox::getValue).map(r -> r.scenario() == null ? ""
                : r.scenario().id()).filter(id -> !id.equals(named) && !id.isEmpty());
        return Optional.of(new Answer(current(), scenario, !chosen.isEmpty() || scenario.isPresent()));
    }

    private ComboBox<String> pageBox(List<String> pageNames) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(pageNames));
        box.setId("import-page");
        box.setValue(imported.page().orElse(pageNames.get(0)));
        box.setOnAction(e -> {
            String page = box.getValue();
            if (page == null || imported.page().filter(page::equals).isPresent()) {
                return;
            }
            try {
                imported = pages.read(page);
                chosen.clear();
                problem.setVisible(false);
                refill();
            } catch (InputException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
                box.setValue(imported.page().orElse(pageNames.get(0)));
            }
        });
        return box;
    }

    private static ComboBox<Round> roundBox(List<Scenario> scenarios) {
        ComboBox<Round> box = new ComboBox<>();
        box.setId("import-scenario");
        box.getItems().add(new Round(null));
        scenarios.forEach(s -> box.getItems().add(new Round(s)));
        box.setCellFactory(l -> new RoundCell());
        box.setButtonCell(new RoundCell());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(420);
        box.setValue(box.getItems().get(0));
        return box;
    }

    /** Chooses the round the file names, once the rows are known (the page box may read another page). */
    private void selectNamedRound(ComboBox<Round> box) {
        String named = imported.design().info().scenario();
        box.getItems().stream().filter(r -> r.scenario() != null && r.scenario().id().equals(named)).findFirst()
                .ifPresent(box::setValue);
    }

    private void refill() {
        rows.setAll(imported.shapes().stream().map(s -> new Row(s, catalog.type(s.type()).orElse(null))).toList());
        onlyCustom.setVisible(rows.stream().anyMatch(r -> !r.shape.recognised()));
        filter();
        summary.setText(imported.summary());
        roundBox.ifPresent(this::selectNamedRound);
    }

    private void filter() {
        shown.setPredicate(onlyCustom.isSelected() ? r -> !r.shape.recognised() : r -> true);
    }

    /** The user chose a type for a shape. */
    private void choose(Row row, ComponentType type) {
        if (type.id().equals(row.shape.type())) {
            chosen.remove(row.shape.nodeId());
            row.why.set(row.shape.explanation());
        } else {
            chosen.put(row.shape.nodeId(), type.id());
            row.why.set(RecognisedShape.How.CHOSEN.description());
        }
        row.type.set(type);
        summary.setText(current().summary());
    }

    private ImportResult current() {
        return imported.withTypes(chosen);
    }

    private static String label(RecognisedShape s) {
        String text = s.text().replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? "(no label)" : text;
    }

    /** A shape's label; one not recognised is marked, so that the eye finds what may need a correction. */
    private static final class ShapeCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
            boolean custom = r != null && !r.shape.recognised();
            setText(empty ? null : item);
            setGraphic(custom ? Icons.of("mdi2h-help-circle-outline") : null);
            getStyleClass().remove("import-custom");
            if (custom) {
                getStyleClass().add("import-custom");
            }
        }
    }

    private static final class WhyCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    private static <T> TableColumn<Row, T> column(String title, double width,
            java.util.function.Function<Row, javafx.beans.value.ObservableValue<T>> value,
            javafx.util.Callback<TableColumn<Row, T>, TableCell<Row, T>> cells) {
        TableColumn<Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(cells);
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A type box in each row, always shown: one click to open it, as in the inspector. */
    private final class TypeChoiceCell extends TableCell<Row, ComponentType> {
        private final ComboBox<ComponentType> box = new ComboBox<>(types);
        private boolean updating;

        TypeChoiceCell() {
            box.setCellFactory(l -> new TypeListCell());
            box.setButtonCell(new TypeListCell());
            box.setMaxWidth(Double.MAX_VALUE);
            box.setVisibleRowCount(14);
            box.valueProperty().addListener((o, was, now) -> {
                Row r = getTableRow() == null ? null : getTableRow().getItem();
                if (!updating && now != null && r != null) {
                    choose(r, now);
                }
            });
        }

        @Override
        protected void updateItem(ComponentType item, boolean empty) {
            super.updateItem(item, empty);
            Row r = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            box.setValue(item);
            updating = false;
            box.setId("import-type-" + r.shape.nodeId());
            setGraphic(box);
        }
    }

    private static final class RoundCell extends ListCell<Round> {
        @Override
        protected void updateItem(Round item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.scenario() == null ? "None yet (choose one later)"
                    : item.scenario().title() + "  ·  " + item.scenario().domain());
        }
    }
}
