package dev.designround.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.designround.catalog.BundledSource;
import dev.designround.catalog.CatalogLoader;
import dev.designround.catalog.DataSource;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Scenario packs are shared between people: whatever a scenario file holds, loading it gives a scenario or
 * problems with places, never another exception, and nothing in it can make the loader read outside the pack. A
 * scenario that loads is within the pack limits (rules, survives checks, note keywords).
 */
@Tag("fuzz")
class ScenarioLoaderFuzzTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final RuleLibrary RULES = rules();
    private static final JsonTreeReader JSON = new JsonTreeReader();

    private static RuleLibrary rules() {
        try {
            return ScenarioLibrary.loadRules(CATALOG, new BundledSource(), new JsonTreeReader());
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void scenarioFiles(byte[] data) {
        JsonValue root;
        try {
            root = JSON.parse(data, "fuzz.json");
        } catch (InputException e) {
            return;
        }
        Problems problems = new Problems("fuzz.json");
        new ScenarioLoader(CATALOG, RULES, JSON).fromTree(root, new OnlyTheScenario(data), "fuzz.json", problems)
                .filter(s -> problems.isEmpty())
                .ifPresent(ScenarioLoaderFuzzTest::withinLimits);
        Problems ruleProblems = new Problems("rules.json");
        RuleLibrary.parse(root, CATALOG, ruleProblems);
    }

    /** A scenario that loads asks no more of the grader than {@link PackLimits} allow. */
    private static void withinLimits(Scenario s) {
        RubricWork work = RubricWork.of(s.rubric().rules());
        if (s.rubric().rules().size() > PackLimits.MAX_RULES || work.survives() > PackLimits.MAX_SURVIVES
                || work.keywords() > PackLimits.MAX_KEYWORDS) {
            throw new AssertionError("a scenario past the pack limits loaded: " + s.rubric().rules().size()
                    + " rules, " + work);
        }
    }

    /** A pack that holds only the fuzzed file: any reference design is missing. */
    private record OnlyTheScenario(byte[] data) implements DataSource {
        @Override
        public List<String> listJson(String folder) {
            return List.of("fuzz.json");
        }

        @Override
        public boolean exists(String path) {
            return path.equals("fuzz.json");
        }

        @Override
        public byte[] read(String path) throws IOException {
            if (!path.equals("fuzz.json")) {
                throw new IOException("no such file " + path);
            }
            return data;
        }

        @Override
        public String display(String path) {
            return path;
        }
    }
}
