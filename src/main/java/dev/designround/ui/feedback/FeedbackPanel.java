package dev.designround.ui.feedback;

import dev.designround.round.Submission;
import dev.designround.rules.Finding;
import dev.designround.rules.NextVerdict;
import dev.designround.rules.Report;
import dev.designround.rules.Severity;
import dev.designround.ui.help.ReadingGuide;
import dev.designround.ui.settings.BestScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The feedback tab: practice mode, Submit and Show strong answer on top; then the interviewer's verdict, the
 * score, what the next verdict needs, a link to how the drawing is read, a bar per category, and the findings:
 * failed ones (and those said, not drawn, or not wired) grouped by severity (blockers, major, minor), passed ones
 * folded away, and those that do not apply to this design folded apart, never counted as passed. Choosing a finding shows why and what to add, and tells {@link Controls} so the canvas can
 * show it. In practice mode, before Submit, the results are replaced by a note saying they are held back. For a
 * design without a scenario, it says how to get feedback.
 */
public final class FeedbackPanel extends ScrollPane {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM HH:mm", java.util.Locale.ENGLISH);

    /** What the panel's controls do. */
    public interface Controls {
        void setPractice(boolean on);

        void submit();

        void setStrongAnswerOpen(boolean open);

        /** A finding was chosen in the list. */
        void findingChosen(Finding finding);

        /** Escape in the list: take the finding off the canvas. */
        void findingCleared();

        /** The user wants to give the design a scenario. */
        void pickScenario();

        /** The user wants to see the scenario's practice history. */
        void showHistory();
    }

    private final Controls controls;
    private final VBox content = new VBox();
    private final CheckBox practice = new CheckBox("Practice mode");
    private final Button submit = new Button("Submit", new FontIcon("mdi2s-send-check-outline"));
    private final ToggleButton strong = new ToggleButton("Strong answer", new FontIcon("mdi2c-compare"));
    private final Button history = new Button("History", new FontIcon("mdi2c-chart-line"));
    private final Label status = new Label();
    private final VBox hidden = new VBox(8);
    private final VBox results = new VBox(12);
    private final Label verdict = new Label();
    private final Label score = new Label();
    private final Label summary = new Label();
    private final Label next = new Label();
    private final ReadingGuide guide = new ReadingGuide();
    private final CategoryBars bars = new CategoryBars();
    private final VBox findings = new VBox(10);
    private final List<FindingRow> rows = new ArrayList<>();
    private final Label error = new Label();
    private boolean updating;
    private Optional<Report> shown = Optional.empty();
    private Optional<String> chosenRule = Optional.empty();
    /** Whether the reader opened "Passed"; kept across gradings. */
    private boolean passedOpen;
    /** Whether the reader opened "Not applicable"; kept across gradings. */
    private boolean notApplicableOpen;

    public FeedbackPanel(Controls controls) {
        this.controls = controls;
        getStyleClass().addAll("feedback-pane", "edge-to-edge");
        setId("feedback-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("round-panel");
        practice.setId("practice-mode");
        practice.setTooltip(new Tooltip("Hide the feedback until you submit, as in a real round"));
        practice.selectedProperty().addListener((o, was, now) -> {
            if (!updating) {
                controls.setPractice(now);
            }
        });
        submit.setId("submit-round");
        submit.getStyleClass().add("accent");
        submit.setTooltip(new Tooltip("Hand in the design: see the verdict and record your best result"));
        submit.setOnAction(e -> controls.submit());
        strong.setId("show-strong-answer");
        strong.setTooltip(new Tooltip("Open the strong reference design beside yours, read-only"));
        strong.selectedProperty().addListener((o, was, now) -> {
            if (!updating) {
                controls.setStrongAnswerOpen(now);
            }
        });
        status.setId("feedback-status");
        status.getStyleClass().add("round-muted");
        status.setWrapText(true);
        history.setId("show-history");
        history.setTooltip(new Tooltip("Every submission of this round: scores over time, what you fixed"));
        history.setOnAction(e -> controls.showHistory());
        FlowPane bar = new FlowPane(8, 8, submit, strong, history, practice);
        bar.getStyleClass().add("feedback-bar");

        Label hiddenTitle = new Label("Hidden until you submit", new FontIcon("mdi2e-eye-off-outline"));
        hiddenTitle.getStyleClass().add("round-heading");
        hidden.getChildren().addAll(hiddenTitle, wrapped("Work as you would in the round. When your design is "
                + "ready, Submit: the verdict, the scores and every finding appear, and keep updating as you change "
                + "the design. Turn practice mode off to see them as you go."));
        hidden.setId("feedback-hidden");
        hidden.getStyleClass().add("round-note");

        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        score.setId("score");
        score.getStyleClass().add("score");
        summary.getStyleClass().add("round-muted");
        summary.setWrapText(true);
        next.setId("next-verdict");
        next.getStyleClass().add("next-verdict");
        next.setWrapText(true);
        next.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Hyperlink reading = new Hyperlink(ReadingGuide.TITLE, new FontIcon("mdi2h-help-circle-outline"));
        reading.setId("feedback-reading-guide");
        reading.setOnAction(e -> {
            reading.setVisited(false);
            guide.toggle(reading, atlantafx.base.controls.Popover.ArrowLocation.RIGHT_CENTER);
        });
        HBox head = new HBox(12, verdict, score);
        head.getStyleClass().add("verdict-row");
        findings.setId("findings");
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                choose(Optional.empty());
                controls.findingCleared();
                e.consume();
            }
        });
        results.setId("feedback-results");
        results.getChildren().addAll(head, next, summary, reading, bars, findings);
        error.getStyleClass().add("round-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        content.getChildren().addAll(bar, status, error, hidden, results);
        setContent(content);
    }

    /** Ids of finding rows: "finding-" and the rule id with anything but letters, digits and dashes as "_". */
    public static String rowId(String ruleId) {
        return "finding-" + ruleId.replaceAll("[^A-Za-z0-9-]", "_");
    }

    /** No round: the design has no scenario (or one that is not installed); says so and offers to pick one. */
    public void showNoRound(String message) {
        Label title = new Label("No feedback yet", new FontIcon("mdi2c-clipboard-text-outline"));
        title.getStyleClass().add("round-heading");
        Button pick = new Button("Pick a scenario…", new FontIcon("mdi2t-timer-outline"));
        pick.setId("feedback-pick-scenario");
        pick.setOnAction(e -> controls.pickScenario());
        VBox note = new VBox(10, title, wrapped(message), pick);
        note.getStyleClass().add("round-note");
        note.setId("feedback-no-round");
        setContent(note);
        shown = Optional.empty();
    }

    /**
     * The round's state: practice, submitted, strong answer open, whether results show, the best so far, and the
     * last Submit (kept in the design file, so a reopened round says when it was submitted).
     */
    public void showState(boolean practiceOn, boolean submitted, boolean strongOpen, boolean visible,
                          Optional<BestScore> best, Optional<Submission> last) {
        setContent(content);
        updating = true;
        try {
            practice.setSelected(practiceOn);
            strong.setSelected(strongOpen);
        } finally {
            updating = false;
        }
        submit.setText(submitted ? "Submit again" : "Submit");
        String when = last.map(l -> " " + WHEN.format(l.at().atZone(java.time.ZoneId.systemDefault())) + " ("
                + new BestScore(l.verdict(), l.score()).text() + ")").orElse("");
        String state = submitted ? "Submitted" + when + ": the feedback now follows your changes; submit again to "
                + "record a better result." : practiceOn ? ""
                : "The feedback follows your changes; Submit records your result.";
        String text = (state + best.map(b -> " Your best in this round: " + b.text() + ".").orElse("")).strip();
        status.setText(text);
        status.setVisible(!text.isEmpty());
        status.setManaged(!text.isEmpty());
        hidden.setVisible(!visible);
        hidden.setManaged(!visible);
        results.setVisible(visible);
        results.setManaged(visible);
    }

    /** Shows a grading (kept while hidden, so it appears at once on Submit). */
    public void showReport(Report report) {
        error.setVisible(false);
        error.setManaged(false);
        if (shown.filter(report::equals).isPresent()) {
            return;
        }
        shown = Optional.of(report);
        verdict.setText(report.verdict().label());
        verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        verdict.getStyleClass().add("verdict-" + report.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        score.setText(String.format(Locale.ROOT, "%.1f / 100", report.score()));
        next.setText(report.next().map(NextVerdict::sentence).orElse(""));
        next.setVisible(report.next().isPresent());
        next.setManaged(report.next().isPresent());
        long blockers = report.failed().stream().filter(Finding::isFailedBlocker).count();
        long applying = report.findings().stream().filter(Finding::applies).count();
        summary.setText(report.passed().size() + " of " + applying + " rules passed"
                + (blockers > 0 ? "; " + blockers + (blockers == 1 ? " blocker fails" : " blockers fail")
                + ", which alone means No Hire" : ""));
        bars.show(report.categories());
        rebuildFindings(report);
    }

    /** Grading failed (a bug, not the user's doing): says so; the last results stay. */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
    }

    public Optional<Report> report() {
        return shown;
    }

    /**
     * Rebuilds the findings for a new grading without moving the reader: the chosen finding stays open (and keeps
     * the keyboard focus it had) and "Passed" stays as it was, open or folded, so the view stays scrolled to the
     * same place (the scroll pane keeps its offset in pixels; a list folding away under it would pull it up).
     */
    private void rebuildFindings(Report report) {
        boolean focused = rows.stream().anyMatch(javafx.scene.Node::isFocused);
        rows.clear();
        findings.getChildren().clear();
        for (Severity severity : Severity.values()) {
            List<Finding> failed = report.failed().stream().filter(f -> f.severity() == severity).toList();
            if (!failed.isEmpty()) {
                Label heading = new Label(title(severity) + " (" + failed.size() + ")");
                heading.getStyleClass().addAll("findings-heading", severity.id());
                VBox group = new VBox(6, heading);
                failed.forEach(f -> group.getChildren().add(row(f)));
                findings.getChildren().add(group);
            }
        }
        if (report.failed().isEmpty()) {
            findings.getChildren().add(wrapped("Every rule of the rubric passes."));
        }
        List<Finding> passed = report.passed();
        if (!passed.isEmpty()) {
            VBox list = new VBox(6);
            passed.forEach(f -> list.getChildren().add(row(f)));
            TitledPane fold = new TitledPane("Passed (" + passed.size() + ")", list);
            fold.setId("passed-findings");
            fold.setExpanded(passedOpen);
            fold.expandedProperty().addListener((o, was, now) -> passedOpen = now);
            fold.getStyleClass().add("passed-findings");
            findings.getChildren().add(fold);
        }
        List<Finding> skipped = report.findings().stream().filter(f -> !f.applies()).toList();
        if (!skipped.isEmpty()) {
            VBox list = new VBox(6);
            skipped.forEach(f -> list.getChildren().add(row(f)));
            TitledPane fold = new TitledPane("Not applicable (" + skipped.size() + ")", list);
            fold.setId("not-applicable-findings");
            fold.setExpanded(notApplicableOpen);
            fold.expandedProperty().addListener((o, was, now) -> notApplicableOpen = now);
            fold.getStyleClass().add("not-applicable-findings");
            findings.getChildren().add(fold);
        }
        rows.stream().filter(r -> chosenRule.filter(r.finding().rule()::equals).isPresent()).forEach(r -> {
            r.setChosen(true);
            if (focused) {
                r.requestFocus(); // the keyboard stays on the finding it was on
            }
        });
    }

    private FindingRow row(Finding f) {
        FindingRow[] row = new FindingRow[1];
        row[0] = new FindingRow(f, () -> {
            row[0].requestFocus();
            choose(Optional.of(f.rule()));
            controls.findingChosen(f);
        });
        rows.add(row[0]);
        return row[0];
    }

    private void choose(Optional<String> rule) {
        chosenRule = rule;
        rows.forEach(r -> r.setChosen(rule.filter(r.finding().rule()::equals).isPresent()));
    }

    private static String title(Severity s) {
        return switch (s) {
            case BLOCKER -> "Blockers";
            case MAJOR -> "Major";
            case MINOR -> "Minor";
        };
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("round-text");
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
