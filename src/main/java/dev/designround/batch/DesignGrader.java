package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;

/**
 * Grades designs of a run against their scenario (the one asked for, else each file's own); safe to use from
 * several threads at once, as {@link Batch} does.
 */
public final class DesignGrader implements Batch.Task<GradedDesign> {

    private final Grader grader;
    private final ScenarioLibrary library;
    private final String requested;

    /**
     * @param requested the scenario every design is graded against, or null for the one each file names
     */
    public DesignGrader(Catalog catalog, ScenarioLibrary library, String requested) {
        this.grader = new Grader(catalog);
        this.library = library;
        this.requested = requested;
    }

    @Override
    public GradedDesign apply(DesignFile file, Design design) throws InputException {
        Scenario scenario = ScenarioChoice.resolve(library, requested, design, file.display());
        return new GradedDesign(file, design.info().title(), scenario.title(), grader.grade(design,
                scenario.rubric()));
    }
}
