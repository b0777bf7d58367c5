package dev.designround.ui.palette;

import dev.designround.model.Catalog;
import dev.designround.model.Category;
import dev.designround.model.ComponentType;
import dev.designround.ui.look.CategoryStyles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The component catalog as a palette: one group per category, each entry with its icon, name and a tooltip with
 * the description. Entries are dragged onto the canvas, or double-clicked to add at the centre of the view. The
 * search field filters by name, id, description and category, best match first ({@link PaletteSearch}); Enter
 * adds the first match.
 */
public final class Palette extends VBox {

    private final CustomTextField searchField = new CustomTextField();
    private final PaletteSearch search;
    private final VBox groups = new VBox();
    private final Label empty = new Label("No component matches.");
    private final List<PaletteItem> all = new ArrayList<>();
    /** The entries under their category headers, as shown without a search. */
    private final List<javafx.scene.Node> grouped = new ArrayList<>();

    /** @param addAtCentre adds a node of the given type id at the middle of the view */
    public Palette(Catalog catalog, CategoryStyles styles, Consumer<String> addAtCentre) {
        getStyleClass().add("palette");
        search = new PaletteSearch(catalog);
        searchField.setPromptText("Search components");
        searchField.setId("palette-search");
        FontIcon glass = new FontIcon("mdi2m-magnify");
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                firstVisible().ifPresent(item -> addAtCentre.accept(item.type().id()));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                e.consume();
            }
        });
        searchField.textProperty().addListener((obs, before, after) -> filter(after));
        searchField.setLeft(glass);
        for (Category category : catalog.categories()) {
            List<ComponentType> types = catalog.typesIn(category.id());
            if (types.isEmpty()) {
                continue;
            }
            Label header = new Label(category.name().toUpperCase(Locale.ROOT));
            header.getStyleClass().add("palette-category");
            List<PaletteItem> items = new ArrayList<>();
            for (ComponentType type : types) {
                items.add(new PaletteItem(type, category, styles.styleClass(category.id()), addAtCentre));
            }
            all.addAll(items);
            groups.getChildren().add(header);
            groups.getChildren().addAll(items);
        }
        grouped.addAll(groups.getChildren());
        empty.getStyleClass().add("palette-empty");
        empty.setVisible(false);
        empty.setManaged(false);
        groups.getChildren().add(empty);
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(searchField, scroll);
        setMinWidth(200);
        setPrefWidth(240);
    }

    public TextField searchField() {
        return searchField;
    }

    /**
     * Shows the entries matching every word of the query (case-insensitive), best first in one list (see
     * {@link PaletteSearch}); an empty query shows all, grouped by category.
     */
    public void filter(String query) {
        boolean searching = query != null && !query.isBlank();
        List<javafx.scene.Node> order = new ArrayList<>();
        if (searching) {
            search.find(query).forEach(type -> item(type.id()).ifPresent(order::add));
        }
        int found = order.size();
        order.add(empty);
        grouped.stream().filter(n -> !order.contains(n)).forEach(order::add);
        for (javafx.scene.Node n : grouped) {
            boolean shown = !searching || order.indexOf(n) < found;
            n.setVisible(shown);
            n.setManaged(shown);
        }
        empty.setVisible(searching && found == 0);
        empty.setManaged(searching && found == 0);
        groups.getChildren().setAll(searching ? order : grouped);
        if (!searching) {
            groups.getChildren().add(empty);
        }
    }

    /** The entries shown now, top to bottom (a search shows the best match first). */
    public List<PaletteItem> shownItems() {
        return groups.getChildren().stream().filter(n -> n instanceof PaletteItem && n.isVisible())
                .map(n -> (PaletteItem) n).toList();
    }

    private java.util.Optional<PaletteItem> firstVisible() {
        return shownItems().stream().findFirst();
    }

    /** The entry for a component type, for tests. */
    public java.util.Optional<PaletteItem> item(String typeId) {
        return all.stream().filter(i -> i.type().id().equals(typeId)).findFirst();
    }
}
