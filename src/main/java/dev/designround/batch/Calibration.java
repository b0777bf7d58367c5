package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.scenario.ScenarioLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Grades labelled designs (calibration sets: folders with a {@link CalibrationManifest manifest}) and compares each
 * grading with its labels: for scenario authors and teachers, to see where the grading disagrees with a fair
 * interviewer and which rules are behind it. Every design is graded against the scenario its label names, on
 * {@link Batch}'s threads, by {@link DesignGrader}, as {@code check} grades it.
 */
public final class Calibration {

    private final Catalog catalog;
    private final ScenarioLibrary library;
    private final JsonTreeReader json;
    private final int threads;

    /**
     * @param threads how many designs to grade at once, at least 1
     */
    public Calibration(Catalog catalog, ScenarioLibrary library, JsonTreeReader json, int threads) {
        this.catalog = catalog;
        this.library = library;
        this.json = json;
        this.threads = threads;
    }

    /**
     * Every folder's labelled designs, folder by folder in the manifests' order (a folder named twice, once).
     *
     * @throws InputException for the first folder whose manifest is missing or bad
     */
    public List<CalibrationCase> read(List<Path> folders) throws InputException {
        CalibrationManifest manifest = new CalibrationManifest(catalog, library, json);
        List<CalibrationCase> out = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path folder : folders) {
            if (seen.add(folder.toAbsolutePath().normalize())) {
                out.addAll(manifest.read(folder));
            }
        }
        return out;
    }

    /**
     * Grades every labelled design.
     *
     * @return one outcome per design, in the order given; a design file that cannot be read, or that names another
     *         scenario than its label, is {@link BatchOutcome.Bad}
     * @throws InterruptedException if interrupted while waiting
     */
    public List<BatchOutcome<CalibratedDesign>> grade(List<CalibrationCase> cases, BatchListener listener)
            throws InterruptedException {
        List<DesignFile> files = new ArrayList<>();
        Map<String, DesignGrader> graders = new HashMap<>();
        for (CalibrationCase c : cases) {
            files.add(new DesignFile(files.size(), c.path(), c.display(), true, Optional.empty()));
            graders.computeIfAbsent(c.scenario(), id -> new DesignGrader(catalog, library, id));
        }
        Batch.Task<CalibratedDesign> task = (file, design) -> {
            CalibrationCase label = cases.get(file.index());
            sameScenario(label, design);
            GradedDesign graded = graders.get(label.scenario()).apply(file, design);
            return CalibratedDesign.of(label, graded.report());
        };
        return new Batch(DesignFiles.standard(catalog, json), threads).run(files, task, listener);
    }

    /** A design that declares a scenario must be labelled with it: else the manifest and the file disagree. */
    private static void sameScenario(CalibrationCase label, Design design) throws InputException {
        String declared = design.info().scenario();
        if (!declared.isBlank() && !declared.equals(label.scenario())) {
            throw new InputException(label.display(), "the design answers scenario \"" + declared + "\" but "
                    + CalibrationManifest.FILE + " labels it for \"" + label.scenario() + "\"");
        }
    }
}
