package dev.designround.rules;

import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled reference designs (every file in scenarios/designs, graded by its scenario's rubric), edits of them
 * that say what they did in words (so that a counterexample reads as a drawing), and how a grading changed: the
 * failure modes flagged, the findings that came out worse.
 */
final class ReferenceDesigns {

    static final Catalog CATALOG = RuleFixtures.CATALOG;
    private static final Grader GRADER = new Grader(CATALOG);

    /** Every bundled reference design, in file order. */
    static final List<Reference> REFERENCES = load();

    private ReferenceDesigns() {
    }

    /** A reference design, its file name and the rubric of its scenario. */
    record Reference(String file, Design design, Rubric rubric) {

        /** Strong (or any other good) reference, as opposed to the weak one drawn to fail. */
        boolean strong() {
            return !file.endsWith(".weak.json");
        }

        Report grade(Design d) {
            return GRADER.grade(d, rubric);
        }

        /** Whether a rule of the rubric covers the failure mode. */
        boolean covers(String failureMode) {
            return rubric.rules().stream().anyMatch(r -> r.failureModes().contains(failureMode));
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** One redrawing: what it does, in words, and the edited copy of a design (the original is not touched). */
    interface Edit {
        Design apply(Design original);

        String describe();
    }

    /** A reference and one edit of it. */
    record Case(Reference reference, Edit edit) {
        Design edited() {
            return edit.apply(reference.design());
        }

        @Override
        public String toString() {
            return reference.file() + ": " + edit.describe();
        }
    }

    private static List<Reference> load() {
        ScenarioLibrary library = ScenarioLibrary.bundled();
        DesignReader reader = new DesignReader(CATALOG);
        List<Reference> out = new ArrayList<>();
        try {
            java.net.URL url = ReferenceDesigns.class.getClassLoader().getResource("scenarios/designs");
            if (url == null) {
                throw new IllegalStateException("scenarios/designs is not on the class path");
            }
            List<Path> files;
            try (var list = Files.list(Path.of(url.toURI()))) {
                files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            }
            for (Path file : files) {
                Design d = reader.read(file);
                Scenario s = library.find(d.info().scenario()).orElseThrow(() -> new IllegalStateException(file
                        + " names no bundled scenario"));
                out.add(new Reference(file.getFileName().toString(), d, s.rubric()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no reference designs in scenarios/designs");
        }
        return List.copyOf(out);
    }

    /** Every (reference, edit) pair for the references an edit kind applies to. */
    static List<Case> cases(java.util.function.Function<Reference, List<? extends Edit>> edits, boolean strongOnly) {
        List<Case> out = new ArrayList<>();
        for (Reference r : REFERENCES) {
            if (!strongOnly || r.strong()) {
                edits.apply(r).forEach(e -> out.add(new Case(r, e)));
            }
        }
        return out;
    }

    /** Failure mode → number of findings tagged with it that cost score (failed, not wired, or said). */
    static Map<String, Integer> flags(Report r) {
        Map<String, Integer> out = new TreeMap<>();
        for (Finding f : r.findings()) {
            if (f.failed()) {
                f.failureModes().forEach(m -> out.merge(m, 1, Integer::sum));
            }
        }
        return out;
    }

    /**
     * The findings that came out worse after an edit (newly costing score, or earning less), as
     * "rule (status before -> status after, failure modes): message after".
     */
    static List<String> worse(Report before, Report after) {
        Map<String, Finding> was = new java.util.HashMap<>();
        before.findings().forEach(f -> was.put(f.rule(), f));
        List<String> out = new ArrayList<>();
        for (Finding f : after.findings()) {
            Finding b = was.get(f.rule());
            boolean newlyFailing = f.failed() && (b == null || !b.failed());
            boolean earnsLess = b != null && f.applies() && b.applies() && f.earned() < b.earned();
            if (newlyFailing || earnsLess) {
                out.add(f.rule() + " (" + (b == null ? "-" : b.status().label()) + " -> " + f.status().label() + ", "
                        + f.failureModes() + "): " + f.message());
            }
        }
        return out;
    }
}
