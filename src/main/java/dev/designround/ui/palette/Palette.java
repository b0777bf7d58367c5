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
 * search field filters by name, id, description and category; Enter adds the first match.
 */
public final class Palette extends VBox {

    private final CustomTextField search = new CustomTextField();
    private final VBox groups = new VBox();
    private final Label empty = new Label("No component matches.");
    private final List<Group> all = new ArrayList<>();

    private record Group(Label header, List<PaletteItem> items) {
    }

    /** @param addAtCentre adds a node of the given type id at the middle of the view */
    public Palette(Catalog catalog, CategoryStyles styles, Consumer<String> addAtCentre) {
        getStyleClass().add("palette");
        search.setPromptText("Search components");
        search.setId("palette-search");
        FontIcon glass = new FontIcon("mdi2m-magnify");
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                firstVisible().ifPresent(item -> addAtCentre.accept(item.type().id()));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                e.consume();
            }
        });
        search.textProperty().addListener((obs, before, after) -> filter(after));
        search.setLeft(glass);
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
            all.add(new Group(header, items));
            groups.getChildren().add(header);
            groups.getChildren().addAll(items);
        }
        empty.getStyleClass().add("palette-empty");
        empty.setVisible(false);
        empty.setManaged(false);
        groups.getChildren().add(empty);
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(search, scroll);
        setMinWidth(200);
        setPrefWidth(240);
    }

    public TextField searchField() {
        return search;
    }

    /** Shows only entries matching every word of the query (case-insensitive); an empty query shows all. */
    public void filter(String query) {
        String[] words = query == null ? new String[0] : query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        boolean any = false;
        for (Group g : all) {
            boolean groupVisible = false;
            for (PaletteItem item : g.items()) {
                boolean match = item.matches(words);
                item.setVisible(match);
                item.setManaged(match);
                groupVisible |= match;
            }
            g.header().setVisible(groupVisible);
            g.header().setManaged(groupVisible);
            any |= groupVisible;
        }
        empty.setVisible(!any);
        empty.setManaged(!any);
    }

    private java.util.Optional<PaletteItem> firstVisible() {
        return all.stream().flatMap(g -> g.items().stream()).filter(PaletteItem::isVisible).findFirst();
    }

    /** The entry for a component type, for tests. */
    public java.util.Optional<PaletteItem> item(String typeId) {
        return all.stream().flatMap(g -> g.items().stream()).filter(i -> i.type().id().equals(typeId)).findFirst();
    }
}
