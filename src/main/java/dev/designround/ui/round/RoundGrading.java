package dev.designround.ui.round;

import dev.designround.io.ErrorLog;
import dev.designround.io.HistoryStore;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.Comparison;
import dev.designround.scenario.StrongAnswer;
import dev.designround.scenario.Scenario;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.feedback.Feedback;
import dev.designround.ui.feedback.LiveGrading;
import dev.designround.ui.settings.BestScore;
import dev.designround.ui.settings.BestScores;
import dev.designround.ui.settings.BestScoresStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Grades the round's design against its scenario's rubric as it changes ({@link LiveGrading}), with the
 * comparison with the strong answer while that is open, and keeps the result of each Submit: the best verdict
 * and score per scenario, recorded in the {@link BestScoresStore}, and the attempt in the scenario's history
 * ({@link HistoryStore}).
 */
final class RoundGrading {

    /** Where the results go, on the FX thread. */
    interface Results {
        void graded(Feedback feedback);

        /**
         * A Submit was graded: its result is recorded as the best when it was, and added to the scenario's
         * history (given as it is now, or empty when it could not be written).
         */
        void submitted(BestScore result, Optional<AttemptHistory> history);

        /** Something went wrong; the message says what, for the user. */
        void failed(String message);
    }

    /** Strong answers by scenario id; filled on the grading thread, read there too. */
    private final java.util.Map<String, Optional<StrongAnswer>> strongAnswers =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Catalog catalog;
    private final Grader grader;
    private final BestScoresStore store;
    private final HistoryStore history;
    private final Results results;
    private final LiveGrading<Feedback> live;
    private Optional<Scenario> scenario = Optional.empty();
    private Optional<Feedback> latest = Optional.empty();
    private BestScores best;
    private boolean submitPending;

    RoundGrading(Catalog catalog, Executor executor, BestScoresStore store, HistoryStore history, Results results) {
        this.catalog = catalog;
        this.grader = new Grader(catalog);
        this.store = store;
        this.history = history;
        this.results = results;
        this.best = store.load();
        this.live = new LiveGrading<>(executor, this::graded, this::jobFailed);
    }

    /** Grades an editor's design against a scenario from now on, at once and after every change. */
    void follow(Editor editor, Scenario s) {
        stop();
        scenario = Optional.of(s);
        live.follow(editor, job(s, false));
    }

    /** Stops grading; results under way are dropped. */
    void stop() {
        live.stop();
        scenario = Optional.empty();
        latest = Optional.empty();
        submitPending = false;
    }

    /** Compares with the strong answer in every grading from now on (or no longer); grades at once. */
    void setComparing(boolean compare) {
        scenario.ifPresent(s -> live.setJob(job(s, compare)));
    }

    /** Grades at once; the result is recorded as a submission. */
    void submit() {
        if (scenario.isPresent()) {
            submitPending = true;
            live.gradeNow();
        }
    }

    Optional<Feedback> latest() {
        return latest;
    }

    BestScores best() {
        return best;
    }

    boolean isUpToDate() {
        return live.isUpToDate();
    }

    private Function<Design, Feedback> job(Scenario s, boolean compare) {
        return design -> {
            Report report = grader.grade(design, s.rubric());
            Optional<Comparison> comparison = compare ? strongAnswer(s).map(a -> a.compare(design, report))
                    : Optional.empty();
            return new Feedback(report, comparison);
        };
    }

    /** The scenario's strong answer, prepared (copied and graded) once rather than on every edit. */
    private Optional<StrongAnswer> strongAnswer(Scenario s) {
        return strongAnswers.computeIfAbsent(s.id(), id -> StrongAnswer.of(s, catalog));
    }

    private void graded(Feedback g) {
        latest = Optional.of(g);
        results.graded(g);
        if (submitPending && scenario.isPresent()) {
            submitPending = false;
            BestScore result = new BestScore(g.report().verdict(), g.report().score());
            best = best.record(scenario.get().id(), result);
            try {
                store.record(scenario.get().id(), result);
            } catch (UncheckedIOException e) {
                results.failed("Could not record your result in " + store.file() + ": " + e.getCause().getMessage());
            }
            results.submitted(result, recordAttempt(scenario.get().id(), g.report()));
        }
    }

    /** Adds a submission to the scenario's history; says so when it cannot, or when a damaged file was set aside. */
    private Optional<AttemptHistory> recordAttempt(String scenarioId, Report report) {
        try {
            HistoryStore.Recorded r = history.record(scenarioId, Attempt.of(report, Instant.now()));
            r.note().ifPresent(results::failed);
            return Optional.of(r.history());
        } catch (IOException | RuntimeException e) {
            results.failed("Could not add this attempt to your history in " + history.fileOf(scenarioId) + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return Optional.empty();
        }
    }

    private void jobFailed(RuntimeException e) {
        Optional<Path> log = ErrorLog.record(e, new String[] {"whiteboard: grading"});
        submitPending = false;
        results.failed("Grading failed inside Design Round (" + e + ")"
                + log.map(p -> "; the details are in " + p).orElse("") + ".");
    }
}
