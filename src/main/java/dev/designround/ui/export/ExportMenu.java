package dev.designround.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * File → Export: one item per export format (images, diagram formats, reports), each with a tooltip saying what
 * the file holds. Items that cannot be used for the open design (a report for a design that answers no scenario)
 * are dimmed ({@code :unavailable}) and their tooltip says why; JavaFX shows no tooltip on a disabled item, so
 * they stay clickable and a click says why in the status bar instead of exporting. Item ids:
 * {@code menu-export-FORMAT}.
 */
public final class ExportMenu {

    public static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("png", "PNG image"), Map.entry("svg", "SVG image"),
            Map.entry("pdf", "PDF, diagram and report"), Map.entry("mermaid", "Mermaid flowchart"),
            Map.entry("drawio", "draw.io diagram"), Map.entry("dot", "Graphviz DOT"),
            Map.entry("graphml", "GraphML"), Map.entry("json", "Design file (JSON)"),
            Map.entry("report-md", "Report, Markdown"), Map.entry("report-html", "Report, HTML"));
    private static final Map<String, String> ICONS = Map.of(
            "png", "mdi2f-file-image-outline", "svg", "mdi2v-vector-curve", "pdf", "mdi2f-file-pdf-box",
            "mermaid", "mdi2l-language-markdown-outline", "drawio", "mdi2s-sitemap-outline",
            "dot", "mdi2g-graph-outline", "graphml", "mdi2f-file-xml-box", "json", "mdi2c-code-json",
            "report-md", "mdi2c-clipboard-text-outline", "report-html", "mdi2l-language-html5");
    /** Where a separator goes: before these formats. */
    private static final List<String> GROUP_STARTS = List.of("mermaid", "report-md");

    private final ExportActions actions;
    private final Menu menu = new Menu("Export", new FontIcon("mdi2e-export"));
    private final List<Entry> entries = new ArrayList<>();

    private record Entry(String format, String description, Label label, Tooltip tooltip) {
    }

    public ExportMenu(ExportActions actions) {
        this.actions = actions;
        menu.setId("menu-export");
        actions.exporters().all().forEach(exporter -> {
            if (GROUP_STARTS.contains(exporter.format()) && !menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item(exporter.format(), exporter.description()));
        });
        menu.setOnShowing(e -> refresh());
    }

    /** How the menu and the file dialog name a format: "PNG image". */
    public static String label(String format) {
        return LABELS.getOrDefault(format, format);
    }

    public Menu menu() {
        return menu;
    }

    /** Dims what cannot be exported for the open design now, and says why in the tooltips. */
    public void refresh() {
        for (Entry e : entries) {
            Optional<String> reason = actions.unavailable(e.format());
            e.label().pseudoClassStateChanged(UNAVAILABLE, reason.isPresent());
            Optional<String> diagramOnly = e.format().equals("pdf") ? actions.pdfWithoutReport() : Optional.empty();
            e.tooltip().setText(reason.map(r -> "Not available: " + r)
                    .or(() -> diagramOnly.map(r -> "The diagram alone, as a PDF, with no report: " + r))
                    .orElse(capitalised(e.description()) + "."));
        }
    }

    private MenuItem item(String format, String description) {
        Label label = new Label(label(format) + "…", new FontIcon(ICONS.getOrDefault(format, "mdi2f-file-outline")));
        label.getStyleClass().add("export-item");
        label.setMaxWidth(Double.MAX_VALUE);
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(400));
        tip.setWrapText(true);
        tip.setMaxWidth(380);
        label.setTooltip(tip);
        CustomMenuItem item = new CustomMenuItem(label, true);
        item.setId("menu-export-" + format);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> actions.export(format));
        entries.add(new Entry(format, description, label, tip));
        return item;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
