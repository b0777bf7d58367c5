package dev.designround.ui.history;

import dev.designround.round.Attempt;
import dev.designround.round.AttemptDiff;
import dev.designround.round.AttemptHistory;
import dev.designround.ui.settings.BestScore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A scenario's practice history: the score of every submission over time as a chart (each point in its verdict's
 * colour), the attempts listed, and for any two of them what was fixed since the earlier one, what is still
 * missing and what is new (the latest and the one before, to begin with); Export CSV hands the history on.
 * Ids: {@code history-title}, {@code history-summary}, {@code history-chart}, {@code history-attempts},
 * {@code history-from}, {@code history-to}, {@code history-diff}, {@code history-export}.
 */
public final class HistoryView extends ScrollPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Label title = new Label();
    private final Label summary = new Label();
    private final NumberAxis attemptAxis = new NumberAxis();
    /** Up to 110 (labelled to 100), so that a point at 100 is drawn whole. */
    private final NumberAxis scoreAxis = new NumberAxis(0, 110, 20);
    private final LineChart<Number, Number> chart = new LineChart<>(attemptAxis, scoreAxis);
    private final VBox attempts = new VBox(4);
    private final ChoiceBox<Integer> from = new ChoiceBox<>();
    private final ChoiceBox<Integer> to = new ChoiceBox<>();
    private final VBox diff = new VBox(6);
    private final Button export = new Button("Export CSV…", new FontIcon("mdi2f-file-delimited-outline"));
    private final VBox content = new VBox(12);
    private AttemptHistory history = AttemptHistory.empty("");
    private boolean updating;

    /** @param exportCsv asked to export the history shown as CSV (it picks the file) */
    public HistoryView(Consumer<AttemptHistory> exportCsv) {
        setId("history-view");
        getStyleClass().addAll("history-view", "edge-to-edge");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.setId("history-title");
        title.getStyleClass().add("round-title");
        title.setWrapText(true);
        summary.setId("history-summary");
        summary.getStyleClass().add("round-muted");
        summary.setWrapText(true);
        chart.setId("history-chart");
        chart.getStyleClass().add("history-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(220);
        chart.setPrefHeight(260);
        attemptAxis.setLabel("Attempt");
        attemptAxis.setAutoRanging(false);
        attemptAxis.setTickUnit(1);
        attemptAxis.setMinorTickVisible(false);
        attemptAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? "#" + n.intValue() : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s.replace("#", ""));
            }
        });
        scoreAxis.setLabel("Score");
        scoreAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() > 100 ? "" : Trend.score(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        attempts.setId("history-attempts");
        from.setId("history-from");
        to.setId("history-to");
        from.valueProperty().addListener((o, was, now) -> showDiff());
        to.valueProperty().addListener((o, was, now) -> showDiff());
        diff.setId("history-diff");
        export.setId("history-export");
        export.setOnAction(e -> exportCsv.accept(history));
        HBox compare = new HBox(8, new Label("Compare attempt"), from, new Label("with attempt"), to);
        compare.getStyleClass().add("history-compare");
        content.getStyleClass().addAll("round-panel", "history-content");
        content.getChildren().addAll(new HBox(12, title, spring(), export), summary, chart, section("What changed"),
                compare, diff, section("Every attempt"), attempts);
        setContent(content);
        show("", AttemptHistory.empty(""));
    }

    private static Region spring() {
        Region r = new Region();
        javafx.scene.layout.HBox.setHgrow(r, javafx.scene.layout.Priority.ALWAYS);
        return r;
    }

    /** Shows a scenario's history (its title as the heading). */
    public void show(String scenarioTitle, AttemptHistory next) {
        history = next;
        title.setText("History: " + (scenarioTitle.isBlank() ? next.scenario() : scenarioTitle));
        int n = next.size();
        summary.setText(n == 0 ? "Nothing submitted yet: each Submit in this round is kept here."
                : n + (n == 1 ? " attempt" : " attempts") + ", the best " + next.best()
                .map(b -> new BestScore(b.verdict(), b.score()).text() + " (#" + (next.attempts().indexOf(b) + 1)
                        + ")").orElse("") + "; the scores " + Trend.scores(next));
        export.setDisable(n == 0);
        showChart();
        showAttempts();
        List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, n).boxed().toList();
        updating = true;
        try {
            from.getItems().setAll(numbers);
            to.getItems().setAll(numbers);
            from.setValue(n == 0 ? null : Integer.valueOf(Math.max(1, n - 1)));
            to.setValue(n == 0 ? null : Integer.valueOf(n));
        } finally {
            updating = false;
        }
        showDiff();
    }

    public AttemptHistory history() {
        return history;
    }

    /** Compares two attempts by their numbers (from 1), as the two choices would. */
    public void compare(int earlier, int later) {
        from.setValue(earlier);
        to.setValue(later);
    }

    private void showChart() {
        XYChart.Series<Number, Number> scores = new XYChart.Series<>();
        scores.setName("Score");
        int i = 1;
        for (Attempt a : history.attempts()) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(i, a.score());
            StackPane dot = new StackPane();
            dot.setId("history-point-" + i);
            // the chart sets the symbol's style classes itself, so the verdict's colour goes in inline
            dot.setStyle("-fx-background-color: -color-bg-default, " + switch (a.verdict()) {
                case STRONG_HIRE -> "-color-success-emphasis";
                case LEAN_HIRE -> "-color-warning-emphasis";
                case NO_HIRE -> "-color-danger-emphasis";
            } + "; -fx-background-insets: 0, 2; -fx-background-radius: 7; -fx-padding: 7;");
            Tooltip.install(dot, new Tooltip("#" + i + "  " + when(a) + "\n" + text(a)));
            point.setNode(dot);
            scores.getData().add(point);
            i++;
        }
        attemptAxis.setLowerBound(0.5);
        attemptAxis.setUpperBound(Math.max(1, history.size()) + 0.5);
        chart.getData().setAll(List.of(scores));
    }

    private void showAttempts() {
        attempts.getChildren().clear();
        List<Attempt> all = history.attempts();
        for (int i = all.size() - 1; i >= 0; i--) {
            Attempt a = all.get(i);
            Label verdict = new Label(text(a));
            verdict.getStyleClass().addAll("start-tile-best", verdictClass(a));
            int failed = a.failed().size();
            Label rest = new Label("#" + (i + 1) + "  " + when(a) + "   " + (failed == 0 ? "every rule passed"
                    : failed + (failed == 1 ? " rule failed" : " rules failed")));
            rest.getStyleClass().add("round-muted");
            HBox row = new HBox(12, verdict, rest);
            row.setId("history-attempt-" + (i + 1));
            row.getStyleClass().add("history-row");
            attempts.getChildren().add(row);
        }
    }

    private void showDiff() {
        if (updating) {
            return;
        }
        diff.getChildren().clear();
        Integer a = from.getValue();
        Integer b = to.getValue();
        if (a == null || b == null) {
            diff.getChildren().add(wrapped("Submit the design twice to see what changed between attempts.",
                    "round-muted"));
            return;
        }
        if (a.equals(b)) {
            diff.getChildren().add(wrapped("Choose two different attempts.", "round-muted"));
            return;
        }
        int earlier = Math.min(a, b);
        int later = Math.max(a, b);
        AttemptDiff d = history.compare(earlier, later);
        diff.getChildren().add(wrapped("From attempt #" + earlier + " to #" + later + ":", "round-muted"));
        diff.getChildren().add(line("Fixed since #" + earlier + ": ", d.fixed(), "history-fixed"));
        diff.getChildren().add(line("Still missing: ", d.stillMissing(), "history-missing"));
        diff.getChildren().add(line("New in #" + later + ": ", d.newlyFailed(), "history-new"));
    }

    private static Label line(String head, List<Attempt.FailedRule> rules, String style) {
        String list = rules.isEmpty() ? "nothing" : rules.stream().map(Attempt.FailedRule::title)
                .collect(java.util.stream.Collectors.joining("; "));
        Label l = wrapped(head + list, rules.isEmpty() ? "round-muted" : style);
        l.setId(style);
        return l;
    }

    private static String text(Attempt a) {
        return new BestScore(a.verdict(), a.score()).text();
    }

    private static String when(Attempt a) {
        return WHEN.format(a.at().atZone(ZoneId.systemDefault()));
    }

    private static String verdictClass(Attempt a) {
        return "verdict-" + a.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase(Locale.ROOT));
        l.getStyleClass().add("round-section");
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        return l;
    }
}
