package dev.designround.ui.feedback;

import dev.designround.rules.CategoryScore;
import dev.designround.rules.Thresholds;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The score per category as bars: the category, a bar filled by its score (style classes {@code good},
 * {@code fair}, {@code poor}), and how many of its rules passed.
 */
final class CategoryBars extends GridPane {

    CategoryBars() {
        getStyleClass().add("category-bars");
        setHgap(8);
        setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setFillWidth(true);
        getColumnConstraints().addAll(name, bar, new ColumnConstraints());
    }

    void show(List<CategoryScore> categories) {
        getChildren().clear();
        int row = 0;
        for (CategoryScore c : categories) {
            Label label = new Label(c.category().label());
            label.getStyleClass().add("category-name");
            ProgressBar bar = new ProgressBar(c.score() / 100);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().addAll("category-bar", c.score() >= Thresholds.DEFAULT.strongHire() ? "good" : c.score() >= Thresholds.DEFAULT.leanHire() ? "fair" : "poor");
            bar.setId("category-" + c.category().id());
            Label count = new Label(c.passed() + "/" + c.total());
            count.getStyleClass().add("category-count");
            javafx.scene.control.Tooltip.install(bar, new javafx.scene.control.Tooltip(String.format(Locale.ROOT,
                    "%s: %.0f%%, %d of %d rules passed", c.category().label(), c.score(), c.passed(), c.total())));
            addRow(row++, label, bar, count);
        }
    }
}
