package dev.designround.ui.look;

import dev.designround.model.Catalog;
import dev.designround.model.Category;
import java.util.HashMap;
import java.util.Map;

/**
 * The colour of each component category, as a CSS style class ({@code category-1} ... {@code category-8}, in
 * catalog order, repeating after eight). The stylesheet maps the classes to theme colours, so cards and palette
 * entries of one category look alike in light and dark themes. An unknown category gets {@code category-none}.
 */
public final class CategoryStyles {

    public static final String NONE = "category-none";
    private static final int COLOURS = 8;

    private final Map<String, String> classes = new HashMap<>();

    public CategoryStyles(Catalog catalog) {
        int i = 0;
        for (Category category : catalog.categories()) {
            classes.put(category.id(), "category-" + (i % COLOURS + 1));
            i++;
        }
    }

    public String styleClass(String categoryId) {
        return classes.getOrDefault(categoryId, NONE);
    }
}
