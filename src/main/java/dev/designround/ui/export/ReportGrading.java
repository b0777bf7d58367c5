package dev.designround.ui.export;

import dev.designround.io.Grading;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Grades a design against the scenario it names, for the report formats and the PDF's report pages, exactly as
 * {@code export --to report-md} does on the command line. The scenario library is loaded in the background when
 * the window opens, so it may not be there yet.
 */
public final class ReportGrading {

    private final Catalog catalog;
    private final Supplier<Optional<ScenarioLibrary>> library;
    private final Clock clock;

    public ReportGrading(Catalog catalog, Supplier<Optional<ScenarioLibrary>> library, Clock clock) {
        this.catalog = catalog;
        this.library = library;
        this.clock = clock;
    }

    /** Why the design cannot be graded now, in words for a tooltip; empty when it can be. */
    public Optional<String> unavailable(Design design) {
        String id = design.info().scenario();
        if (id.isBlank()) {
            return Optional.of("This design answers no scenario, so there is no rubric to grade it against. "
                    + "Choose one in the Scenario tab to get a report.");
        }
        Optional<ScenarioLibrary> loaded = library.get();
        if (loaded.isEmpty()) {
            return Optional.of("The scenarios are still loading; try again in a moment.");
        }
        if (loaded.get().find(id).isEmpty()) {
            return Optional.of("The design answers scenario \"" + id + "\", which is not installed here.");
        }
        return Optional.empty();
    }

    /**
     * The design's grading; call it on a copy, off the FX thread.
     *
     * @throws IllegalStateException if {@link #unavailable} says why it cannot be graded
     */
    public Grading grade(Design design) {
        unavailable(design).ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Scenario scenario = library.get().orElseThrow().find(design.info().scenario()).orElseThrow();
        return new Grading(new Grader(catalog).grade(design, scenario.rubric()), scenario.title(), clock.instant());
    }
}
