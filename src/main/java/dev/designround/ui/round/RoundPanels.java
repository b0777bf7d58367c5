package dev.designround.ui.round;

import dev.designround.io.HistoryStore;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.DesignChange;
import dev.designround.model.DesignListener;
import dev.designround.rules.Finding;
import dev.designround.round.AttemptHistory;
import dev.designround.round.RoundProgress;
import dev.designround.round.RoundState;
import dev.designround.round.Submission;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.feedback.Feedback;
import dev.designround.ui.feedback.FeedbackPanel;
import dev.designround.ui.feedback.FindingHighlight;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.settings.BestScore;
import dev.designround.ui.settings.BestScores;
import dev.designround.ui.settings.BestScoresStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * The round around the open design: the scenario and feedback tabs, the strong answer beside the canvas, and
 * what ties them together. It finds the design's scenario in the library, keeps the round's progress and clock
 * while the design is open (and hands them over for saving, {@link #state()}; a design opened with a saved round
 * resumes it), has it graded live ({@link RoundGrading}), shows a chosen finding on the canvas, and opens the
 * strong answer. A design without an installed scenario gets a picker instead.
 */
public final class RoundPanels implements FeedbackPanel.Controls {

    private final ScenarioPanel scenarioPanel = new ScenarioPanel();
    private final FeedbackPanel feedbackPanel = new FeedbackPanel(this);
    private final Tab scenarioTab = new Tab("Scenario", scenarioPanel);
    private final Tab feedbackTab = new Tab("Feedback", feedbackPanel);
    private final StrongAnswerView strongView;
    private final FindingHighlight highlight;
    private final RoundGrading grading;
    private final ObjectProperty<RoundProgress> progress = new SimpleObjectProperty<>(this, "progress",
            RoundProgress.START);
    private final DesignListener scenarioWatch = this::designChanged;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private Optional<ScenarioLibrary> library = Optional.empty();
    private Optional<Editor> editor = Optional.empty();
    private Optional<Scenario> scenario = Optional.empty();
    private boolean selectWhenFound;
    /** The round saved in the open design's file, until its scenario is found and the round resumed. */
    private Optional<RoundState> toResume = Optional.empty();
    private Optional<Countdown> countdown = Optional.empty();
    private Optional<Submission> lastSubmission = Optional.empty();
    private final List<Runnable> changeListeners = new java.util.ArrayList<>();
    private final List<java.util.function.Consumer<AttemptHistory>> historyListeners = new java.util.ArrayList<>();
    private Runnable showHistory = () -> { };

    /** Grades on a background thread of its own ("grading", a daemon). */
    public RoundPanels(Catalog catalog, DiagramCanvas canvas, CategoryStyles styles, BestScoresStore bestStore,
                       HistoryStore historyStore) {
        this(catalog, canvas, styles, bestStore, historyStore, java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "grading");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * @param gradingExecutor where grading jobs run: a background executor, never the FX thread
     */
    public RoundPanels(Catalog catalog, DiagramCanvas canvas, CategoryStyles styles, BestScoresStore bestStore,
                       HistoryStore historyStore, Executor gradingExecutor) {
        this.strongView = new StrongAnswerView(canvas, catalog, styles, () -> setStrongAnswerOpen(false));
        this.highlight = new FindingHighlight(canvas);
        this.grading = new RoundGrading(catalog, gradingExecutor, bestStore, historyStore, new RoundGrading.Results() {
            @Override
            public void graded(Feedback g) {
                RoundPanels.this.graded(g);
            }

            @Override
            public void submitted(BestScore result, Optional<AttemptHistory> history) {
                history.ifPresent(h -> historyListeners.forEach(l -> l.accept(h)));
                lastSubmission = Optional.of(new Submission(java.time.Instant.now(), result.verdict(),
                        result.score()));
                progress.set(progress.get().withSubmitted());
                showState();
                changed();
            }

            @Override
            public void failed(String message) {
                feedbackPanel.showError(message);
            }
        });
        scenarioTab.setId("tab-scenario");
        feedbackTab.setId("tab-feedback");
        scenarioTab.setClosable(false);
        feedbackTab.setClosable(false);
        feedbackTab.setTooltip(new javafx.scene.control.Tooltip("Feedback"));
        progress.addListener((o, was, now) -> {
            showState();
            changed();
        });
        showNothing();
    }

    /** The scenario and feedback tabs, for the window's side panel. */
    public List<Tab> tabs() {
        return List.of(scenarioTab, feedbackTab);
    }

    /** What the window shows in the canvas's place: the canvas, or the canvas and the strong answer. */
    public Node canvasArea() {
        return strongView.area();
    }

    /** The scenarios have loaded. */
    public void showLibrary(ScenarioLibrary loaded) {
        library = Optional.of(loaded);
        resolve();
    }

    /** A design was opened (or started): a new round for it. */
    public void show(Editor next) {
        show(next, Optional.empty());
    }

    /**
     * A design was opened with the round saved in its file: the round resumes where it was (questions, hints,
     * phases, practice mode, submitted feedback, the clock) once the design's scenario is found.
     */
    public void show(Editor next, Optional<RoundState> saved) {
        detach();
        toResume = saved;
        editor = Optional.of(next);
        next.design().addListener(scenarioWatch);
        selectWhenFound = true;
        resolve();
    }

    /** No design open any more. */
    public void close() {
        detach();
        toResume = Optional.empty();
        showNothing();
    }

    /**
     * The round as it stands now, for saving with the design: the round under way, or, while none is (the
     * scenarios still loading, or not installed), the one saved in the file, kept as it was.
     */
    public Optional<RoundState> state() {
        if (scenario.isEmpty() || countdown.isEmpty()) {
            return toResume;
        }
        java.time.Instant now = java.time.Instant.now();
        return Optional.of(new RoundState(progress.get(), countdown.get().used(now), countdown.get().isRunning(),
                lastSubmission));
    }

    /** Told after each Submit with the scenario's history as it is now. */
    public void addHistoryListener(java.util.function.Consumer<AttemptHistory> listener) {
        historyListeners.add(listener);
    }

    /** What the Feedback tab's History button does (the window opens the round's history). */
    public void setOnShowHistory(Runnable action) {
        showHistory = action;
    }

    @Override
    public void showHistory() {
        showHistory.run();
    }

    /** Told when the round's progress changes (a question asked, a phase ticked, a Submit), not the clock. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** The best submitted result per scenario, as recorded. */
    public BestScores bestScores() {
        return grading.best();
    }

    /** Whether a round is under way: the open design answers an installed scenario. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Optional<Scenario> scenario() {
        return scenario;
    }

    /** The latest grading of the open design (shown or held back by practice mode). */
    public Optional<dev.designround.rules.Report> report() {
        return grading.latest().map(Feedback::report);
    }

    /** Whether the latest grading is of the design as it is now. */
    public boolean isGradingUpToDate() {
        return grading.isUpToDate();
    }

    public RoundProgress progress() {
        return progress.get();
    }

    /** The canvas showing the strong reference (read-only), and the reference nodes marked as lacking. */
    public DiagramCanvas referenceCanvas() {
        return strongView.referenceCanvas();
    }

    public List<String> markedAsLacking() {
        return strongView.marked();
    }

    public boolean isStrongAnswerOpen() {
        return strongView.isOpen();
    }

    public FindingHighlight highlight() {
        return highlight;
    }

    // ---- controls ----------------------------------------------------------------------------------------------

    @Override
    public void setPractice(boolean on) {
        progress.set(progress.get().withPractice(on));
    }

    @Override
    public void submit() {
        grading.submit();
    }

    @Override
    public void setStrongAnswerOpen(boolean open) {
        Optional<Design> reference = scenario.flatMap(Scenario::strongReference);
        if (open && reference.isPresent() && editor.isPresent()) {
            strongView.open(reference.get());
            progress.set(progress.get().withStrongShown());
            grading.setComparing(true);
        } else {
            strongView.close();
            grading.setComparing(false);
        }
        showState();
    }

    /** Opens the strong answer, or closes it when it is open. */
    public void toggleStrongAnswer() {
        setStrongAnswerOpen(!strongView.isOpen());
    }

    @Override
    public void findingChosen(Finding finding) {
        editor.ifPresent(ed -> highlight.show(ed, finding));
    }

    @Override
    public void findingCleared() {
        highlight.clear();
    }

    @Override
    public void pickScenario() {
        select(scenarioTab);
    }

    // ---- following the design --------------------------------------------------------------------------------

    private void designChanged(DesignChange change) {
        if (change instanceof DesignChange.InfoChanged info && !info.before().scenario().equals(
                info.after().scenario())) {
            toResume = Optional.empty(); // the saved round was of the scenario the file named
            resolve();
        }
    }

    /** Finds the design's scenario and shows its round, a picker, or a wait. */
    private void resolve() {
        if (editor.isEmpty()) {
            return;
        }
        Editor ed = editor.get();
        Optional<String> id = ed.design().info().scenarioId();
        if (library.isEmpty()) {
            endRound();
            scenarioPanel.showMessage("Loading the scenarios…");
            feedbackPanel.showNoRound("Loading the scenarios…");
            return;
        }
        Optional<Scenario> found = id.flatMap(library.get()::find);
        if (found.isPresent() && found.equals(scenario)) {
            return; // the same round goes on
        }
        endRound();
        if (found.isEmpty()) {
            String message = id.map(s -> "This design answers the scenario \"" + s + "\", which is not installed. "
                    + "Pick one of the installed rounds to get its prompt, a clock and feedback.")
                    .orElse("This whiteboard answers no scenario. Pick a round to get its prompt, the interviewer's "
                            + "answers, a clock and feedback on your design.");
            scenarioPanel.showPicker(message, library.get().all(), s -> ed.setScenario(s.id()));
            feedbackPanel.showNoRound("Pick a scenario to get feedback: the rubric of a round is what the design is "
                    + "graded against.");
            return;
        }
        startRound(ed, found.get());
    }

    private void startRound(Editor ed, Scenario s) {
        RoundState resumed = toResume.map(r -> fitted(r, s)).orElse(RoundState.START);
        toResume = Optional.empty();
        scenario = Optional.of(s);
        active.set(true);
        Countdown clock = new Countdown(Duration.ofMinutes(Math.max(1, s.timeMinutes())));
        clock.restore(resumed.clockUsed(), resumed.clockRunning(), java.time.Instant.now());
        countdown = Optional.of(clock);
        lastSubmission = resumed.lastSubmission();
        progress.set(resumed.progress());
        scenarioPanel.showRound(s, ed, progress, clock);
        showState();
        grading.follow(ed, s);
        if (selectWhenFound) {
            select(scenarioTab);
        }
        selectWhenFound = false;
    }

    /** A saved round made to fit the scenario as installed now (which may have fewer questions or hints). */
    private static RoundState fitted(RoundState saved, Scenario s) {
        RoundProgress p = saved.progress();
        java.util.Set<Integer> asked = new java.util.TreeSet<>(p.asked());
        asked.removeIf(i -> i >= s.questions().size());
        RoundProgress kept = new RoundProgress(asked, Math.min(p.hintsShown(), s.hints().size()), p.phasesDone(),
                p.practice(), p.submitted(), p.strongShown());
        return new RoundState(kept, saved.clockUsed(), saved.clockRunning(), saved.lastSubmission());
    }

    private void graded(Feedback g) {
        feedbackPanel.showReport(g.report());
        g.comparison().filter(c -> strongView.isOpen()).ifPresent(strongView::showComparison);
        showState();
    }

    private void showState() {
        if (scenario.isEmpty()) {
            return;
        }
        RoundProgress p = progress.get();
        feedbackPanel.showState(p.practice(), p.submitted(), strongView.isOpen(), p.feedbackVisible(),
                grading.best().of(scenario.get().id()), lastSubmission);
        showVerdictOnTab(p.feedbackVisible() ? grading.latest().map(g -> g.report()) : Optional.empty());
    }

    private void endRound() {
        countdown = Optional.empty();
        lastSubmission = Optional.empty();
        grading.stop();
        highlight.clear();
        strongView.close();
        scenario = Optional.empty();
        active.set(false);
        showVerdictOnTab(Optional.empty());
    }

    /**
     * The Feedback tab's name in the verdict's colour (style class {@code verdict-...}), the verdict and score in
     * its tooltip: seen from the other tabs, without a longer name that would crowd the tab strip.
     */
    private void showVerdictOnTab(Optional<dev.designround.rules.Report> report) {
        feedbackTab.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
        report.ifPresent(r -> feedbackTab.getStyleClass().add("verdict-"
                + r.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        feedbackTab.getTooltip().setText(report.map(r -> String.format(java.util.Locale.ROOT, "Feedback · %s, %.1f / 100",
                r.verdict().label(), r.score())).orElse("Feedback"));
    }

    private void detach() {
        editor.ifPresent(ed -> ed.design().removeListener(scenarioWatch));
        editor = Optional.empty();
        endRound();
    }

    private void showNothing() {
        scenarioPanel.showMessage("Open a design or start a round from the start view.");
        feedbackPanel.showNoRound("Open a design or start a round to get feedback.");
    }

    private void select(Tab tab) {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }
}
