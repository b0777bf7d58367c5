package dev.designround.ui.start;

import dev.designround.round.AttemptHistory;
import dev.designround.scenario.Scenario;
import dev.designround.ui.history.Trend;
import dev.designround.ui.settings.BestScore;
import dev.designround.ui.settings.BestScores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What the whiteboard shows before a design is open: a free whiteboard, opening a file, the recent files, and the
 * scenario gallery (each scenario's title, domain, difficulty and time, the best verdict submitted so far, and
 * how the scores went with a link to the round's history; shown once the library has loaded, left out when there
 * are no scenarios).
 */
public final class StartView extends ScrollPane {

    /** What the start view's choices do. */
    public interface Choices {
        void newWhiteboard();

        void open();

        void openRecent(Path file);

        void startScenario(Scenario scenario);

        /** Opens a scenario's practice history. */
        void showHistory(Scenario scenario);
    }

    /** Wide enough for three scenario tiles side by side. */
    private static final double CONTENT_WIDTH = 1080;

    private final Choices choices;
    private final VBox content = new VBox();
    private final VBox recentBox = new VBox(2);
    private final VBox gallery = new VBox(12);
    private final java.util.Map<String, Label> bestLabels = new java.util.HashMap<>();
    private final java.util.Map<String, Label> trendLabels = new java.util.HashMap<>();
    private final java.util.Map<String, Hyperlink> historyLinks = new java.util.HashMap<>();
    private BestScores best = BestScores.NONE;
    private java.util.Map<String, AttemptHistory> histories = java.util.Map.of();

    public StartView(Choices choices) {
        this.choices = choices;
        getStyleClass().addAll("start-view", "edge-to-edge");
        setId("start-view");
        setFitToWidth(true);
        // a click here must not take the focus: when a design opens, the start view goes and the canvas gets it
        setFocusTraversable(false);
        content.getStyleClass().add("start-content");
        content.setPrefWidth(CONTENT_WIDTH);
        content.setMaxWidth(CONTENT_WIDTH);

        Label title = new Label("Design Round");
        title.getStyleClass().add("start-title");
        Label subtitle = new Label("Practise AI system-design rounds on a whiteboard that grades like an interviewer.");
        subtitle.getStyleClass().add("start-subtitle");
        subtitle.setWrapText(true);

        HBox tiles = new HBox(16,
                tile("start-new", "mdi2v-vector-square-plus", "New whiteboard",
                        "A free canvas: drag components from the palette and wire them.", choices::newWhiteboard),
                tile("start-open", "mdi2f-folder-open-outline", "Open a design…",
                        "A design file (.json) you saved before, or a diagram from draw.io, Mermaid or "
                                + "Excalidraw.", choices::open));

        Label recentTitle = section("Recent files");
        gallery.setVisible(false);
        gallery.setManaged(false);
        content.getChildren().addAll(new VBox(6, title, subtitle), tiles, new VBox(8, recentTitle, recentBox), gallery);
        StackPane centre = new StackPane(content);
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        setContent(centre);
        showRecent(List.of());
    }

    /** Shows the recent files, most recent first; files that no longer exist are left out. */
    public void showRecent(List<Path> files) {
        recentBox.getChildren().clear();
        List<Path> existing = files.stream().filter(Files::isRegularFile).toList();
        if (existing.isEmpty()) {
            Label none = new Label("No recent files yet. Designs you open or save appear here.");
            none.getStyleClass().add("recent-empty");
            recentBox.getChildren().add(none);
            return;
        }
        for (Path file : existing) {
            Label name = new Label(file.getFileName().toString());
            name.getStyleClass().add("recent-name");
            Path parent = file.getParent();
            Label folder = new Label(parent == null ? "" : parent.toString());
            folder.getStyleClass().add("recent-folder");
            HBox row = new HBox(new FontIcon("mdi2f-file-document-outline"), name, folder);
            row.getStyleClass().add("recent-row");
            row.setOnMouseClicked(e -> choices.openRecent(file));
            Tooltip.install(row, new Tooltip(file.toString()));
            recentBox.getChildren().add(row);
        }
    }

    /** Shows the scenario gallery; an empty list hides it. */
    public void showScenarios(List<Scenario> scenarios) {
        gallery.getChildren().clear();
        boolean any = !scenarios.isEmpty();
        gallery.setVisible(any);
        gallery.setManaged(any);
        if (!any) {
            return;
        }
        bestLabels.clear();
        trendLabels.clear();
        historyLinks.clear();
        FlowPane cards = new FlowPane(16, 16);
        for (Scenario s : scenarios) {
            cards.getChildren().add(scenarioTile(s));
        }
        gallery.getChildren().addAll(section("Practice rounds"), cards);
    }

    private VBox scenarioTile(Scenario s) {
        Label title = new Label(s.title());
        title.getStyleClass().add("start-tile-title");
        title.setWrapText(true);
        Label meta = new Label(s.domain() + "  ·  " + s.difficulty() + "  ·  " + s.timeMinutes() + " min");
        meta.getStyleClass().add("start-tile-text");
        meta.setWrapText(true);
        Label bestLabel = new Label();
        bestLabel.setId("best-" + s.id());
        bestLabels.put(s.id(), bestLabel);
        showBest(bestLabel, bestOf(s.id()));
        Label trend = new Label();
        trend.setId("trend-" + s.id());
        trend.getStyleClass().add("start-tile-trend");
        trend.setWrapText(true);
        trendLabels.put(s.id(), trend);
        Hyperlink history = new Hyperlink("History", new FontIcon("mdi2c-chart-line"));
        history.setId("history-" + s.id());
        history.setOnAction(e -> choices.showHistory(s));
        history.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, javafx.event.Event::consume);
        historyLinks.put(s.id(), history);
        showTrend(s.id());
        history.setMinWidth(Region.USE_PREF_SIZE);
        VBox tile = new VBox(new FontIcon("mdi2t-timer-outline"), title, meta, bestLabel, trend, history);
        tile.getStyleClass().add("start-tile");
        tile.setId("scenario-" + s.id());
        tile.setPrefWidth(300);
        tile.setMinHeight(110);
        tile.setOnMouseClicked(e -> choices.startScenario(s));
        return tile;
    }

    /**
     * Shows on each scenario tile how its scores went, attempt by attempt ("3 attempts: 40 → 58 → 72.5 ↑"), with a
     * link to its history; nothing on the tiles of rounds never submitted.
     */
    public void showHistories(java.util.Map<String, AttemptHistory> byScenario) {
        histories = java.util.Map.copyOf(byScenario);
        trendLabels.keySet().forEach(this::showTrend);
        bestLabels.forEach((id, label) -> showBest(label, bestOf(id)));
    }

    private void showTrend(String scenarioId) {
        AttemptHistory h = histories.getOrDefault(scenarioId, AttemptHistory.empty(scenarioId));
        Label trend = trendLabels.get(scenarioId);
        trend.setText(Trend.text(h));
        trend.getStyleClass().removeIf(c -> c.startsWith("trend-"));
        trend.getStyleClass().add("trend-" + h.trend().name().toLowerCase(java.util.Locale.ROOT));
        Hyperlink link = historyLinks.get(scenarioId);
        link.setVisible(!h.isEmpty());
        link.setManaged(!h.isEmpty());
        trend.setVisible(!h.isEmpty());
        trend.setManaged(!h.isEmpty());
    }

    /** Shows on each scenario tile the best verdict and score submitted so far. */
    public void showBest(BestScores scores) {
        best = scores;
        bestLabels.forEach((id, label) -> showBest(label, bestOf(id)));
    }

    /** The best recorded result, or the history's best when that is better (or the only one). */
    private java.util.Optional<BestScore> bestOf(String scenarioId) {
        java.util.Optional<BestScore> recorded = best.of(scenarioId);
        java.util.Optional<BestScore> fromHistory = java.util.Optional.ofNullable(histories.get(scenarioId))
                .flatMap(AttemptHistory::best).map(a -> new BestScore(a.verdict(), a.score()));
        if (recorded.isEmpty()) {
            return fromHistory;
        }
        return fromHistory.filter(h -> h.isBetterThan(recorded.get())).or(() -> recorded);
    }

    private static void showBest(Label label, java.util.Optional<BestScore> result) {
        label.getStyleClass().removeIf(c -> c.startsWith("verdict-") || c.equals("start-tile-best"));
        label.getStyleClass().add("start-tile-best");
        label.setText(result.map(r -> "Best so far: " + r.text()).orElse("Not submitted yet"));
        result.ifPresent(r -> label.getStyleClass().add("verdict-"
                + r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    }

    private static VBox tile(String id, String icon, String titleText, String text, Runnable action) {
        Label title = new Label(titleText);
        title.getStyleClass().add("start-tile-title");
        Label body = new Label(text);
        body.getStyleClass().add("start-tile-text");
        body.setWrapText(true);
        VBox tile = new VBox(new FontIcon(icon), title, body);
        tile.getStyleClass().add("start-tile");
        tile.setId(id);
        tile.setPrefWidth(300);
        tile.setMinHeight(110);
        tile.setOnMouseClicked(e -> action.run());
        return tile;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("start-section");
        return l;
    }
}
