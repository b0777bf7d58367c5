package dev.designround.ui.round;

import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Finding;
import dev.designround.scenario.Comparison;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.canvas.Viewport;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.look.CategoryStyles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Where the canvas sits in the window: the design's canvas alone, or, while the strong answer is open, split with
 * a read-only canvas of the scenario's strong reference. The reference's components that the design lacks are
 * marked ({@code highlighted} cards on a canvas with style class {@code reference-canvas}), and the rules the
 * reference passes and the design fails are listed under it as "what yours misses". The reference opens whole, or,
 * when whole it would be too small to read, at a readable zoom from its left ("Show all of it" fits it anyway).
 */
final class StrongAnswerView {

    /** The reference opens at this zoom or closer: card labels are whole and can be read (60 %: 8 px text). */
    static final double READABLE = 0.6;
    /** Room between the reference's first cards and the edge of its view, in screen pixels. */
    private static final double MARGIN = 32;

    private final DiagramCanvas main;
    private final Catalog catalog;
    private final DiagramCanvas reference;
    private final StackPane area = new StackPane();
    private final SplitPane split = new SplitPane();
    private final VBox referencePane = new VBox();
    private final Label lacking = new Label();
    private final VBox missed = new VBox(8);
    private final ScrollPane missedScroll = new ScrollPane();
    private final javafx.scene.layout.BorderPane body = new javafx.scene.layout.BorderPane();
    private final Label missedTitle = new Label();
    private List<String> marked = List.of();
    private boolean open;

    StrongAnswerView(DiagramCanvas main, Catalog catalog, CategoryStyles styles, Runnable close) {
        this.main = main;
        this.catalog = catalog;
        reference = new DiagramCanvas(catalog, styles);
        reference.setId("reference-canvas");
        reference.getStyleClass().add("reference-canvas");
        reference.editableProperty().set(false);
        area.getChildren().add(main);
        area.setMinSize(0, 0);

        Label title = new Label("Strong answer", new FontIcon("mdi2s-star-outline"));
        title.getStyleClass().add("reference-title");
        Label readOnly = new Label("read-only");
        readOnly.getStyleClass().add("chip");
        lacking.setId("reference-lacking");
        lacking.getStyleClass().add("reference-legend");
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button turn = new Button(null, new FontIcon("mdi2f-flip-vertical"));
        turn.setId("turn-strong-answer");
        turn.getStyleClass().addAll("flat", "button-icon");
        turn.setTooltip(new Tooltip("One above the other, or side by side"));
        turn.setOnAction(e -> orient(split.getOrientation() == Orientation.HORIZONTAL
                ? Orientation.VERTICAL : Orientation.HORIZONTAL));
        Button closeButton = new Button("Close", new FontIcon("mdi2c-close"));
        closeButton.setId("close-strong-answer");
        closeButton.getStyleClass().add("flat");
        closeButton.setOnAction(e -> close.run());
        HBox header = new HBox(8, title, readOnly, lacking, spring, icon("mdi2m-magnify-minus-outline", "Zoom out",
                reference::zoomOut), icon("mdi2f-fit-to-page-outline", "Show all of it", reference::fitToContent),
                icon("mdi2m-magnify-plus-outline", "Zoom in", reference::zoomIn), turn, closeButton);
        header.getStyleClass().add("reference-header");

        missedTitle.getStyleClass().add("round-section");
        missed.setId("reference-missed");
        VBox missedContent = new VBox(6, missedTitle, missed);
        missedContent.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        missedScroll.setContent(missedContent);
        missedScroll.setFitToWidth(true);
        missedScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        missedScroll.getStyleClass().addAll("reference-missed", "edge-to-edge");
        missedScroll.setMinHeight(48);
        body.setCenter(reference);
        body.setBottom(missedScroll);
        missedScroll.setPrefHeight(150);
        VBox.setVgrow(body, Priority.ALWAYS);
        referencePane.getChildren().addAll(header, body);
        referencePane.getStyleClass().add("reference-pane");
        referencePane.setMinSize(0, 0);
        split.getStyleClass().add("strong-answer-split");
        orient(Orientation.VERTICAL);
    }

    /**
     * Yours above the reference (the default: designs run left to right, so each gets the full width), or side by
     * side.
     */
    private void orient(Orientation orientation) {
        split.setOrientation(orientation);
        if (open) {
            split.setDividerPositions(orientation == Orientation.VERTICAL ? 0.34 : 0.4);
            fitBothWhenLaidOut();
        }
    }

    /**
     * Once the split has its size, the design's canvas shows the whole design, and the reference the whole
     * reference if it can be read so, else its left part (where requests start) at a zoom that can be read.
     */
    private void fitBothWhenLaidOut() {
        javafx.application.Platform.runLater(() -> {
            area.applyCss();
            area.layout();
            main.fitToContent();
            showReferenceReadable();
        });
    }

    /** Fits the reference, but never below {@link #READABLE} zoom, where labels would be cut or left out. */
    private void showReferenceReadable() {
        reference.fitToContent();
        Optional<Design> shown = reference.editor().map(Editor::design);
        if (reference.viewport().scale() >= READABLE || shown.isEmpty() || shown.get().nodeCount() == 0) {
            return;
        }
        double minX = shown.get().nodes().stream().mapToDouble(dev.designround.model.Node::x).min().orElse(0);
        double minY = shown.get().nodes().stream().mapToDouble(dev.designround.model.Node::y).min().orElse(0);
        double maxY = shown.get().nodes().stream().mapToDouble(dev.designround.model.Node::y).max().orElse(0)
                + CardGeometry.HEIGHT;
        double height = (maxY - minY) * READABLE;
        double top = height + 2 * MARGIN <= reference.getHeight() ? (reference.getHeight() - height) / 2 : MARGIN;
        reference.setViewport(new Viewport(READABLE, MARGIN - minX * READABLE, top - minY * READABLE));
    }

    /** What the window shows in the canvas's place. */
    Node area() {
        return area;
    }

    boolean isOpen() {
        return open;
    }

    DiagramCanvas referenceCanvas() {
        return reference;
    }

    /** Opens the reference beside the design's canvas; marks come with {@link #showComparison}. */
    void open(Design strongReference) {
        reference.show(new Editor(strongReference, catalog));
        marked = List.of();
        lacking.setText("Comparing with your design…");
        missedTitle.setText("");
        missed.getChildren().clear();
        if (!open) {
            split.getItems().setAll(main, referencePane);
            split.setDividerPositions(split.getOrientation() == Orientation.VERTICAL ? 0.34 : 0.4);
            area.getChildren().setAll(split);
            open = true;
        }
        fitBothWhenLaidOut();
    }

    /** Back to the design's canvas alone. */
    void close() {
        if (open) {
            split.getItems().clear();
            area.getChildren().setAll(main);
            open = false;
            javafx.application.Platform.runLater(main::fitToContent);
        }
    }

    /** Marks what the design lacks, and lists the rules it misses. */
    void showComparison(Comparison c) {
        marked = c.lackingNodes();
        reference.setHighlighted(marked, List.of());
        int n = marked.size();
        lacking.setText(n == 0 ? "Your design has a counterpart for every component here."
                : "Marked: " + n + (n == 1 ? " component" : " components") + " of the strong answer yours lacks.");
        List<Finding> rules = c.rulesMissed();
        missedTitle.setText("What yours misses (" + rules.size() + ")");
        missed.getChildren().clear();
        if (rules.isEmpty()) {
            missed.getChildren().add(ScenarioPanel.text(
                    "Nothing: every rule the strong answer passes, yours passes too.", "round-text"));
        }
        for (Finding f : rules) {
            Label title = ScenarioPanel.text(f.title(), "missed-title");
            Label fix = ScenarioPanel.text(f.fix(), "missed-fix");
            missed.getChildren().add(new VBox(2, title, fix));
        }
    }

    /** Ids of the reference nodes marked as lacking. */
    List<String> marked() {
        return marked;
    }

    Optional<Editor> referenceEditor() {
        return reference.editor();
    }

    private static Button icon(String literal, String tip, Runnable run) {
        Button b = new Button(null, new FontIcon(literal));
        b.getStyleClass().addAll("flat", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> run.run());
        b.setFocusTraversable(false);
        return b;
    }
}
