package dev.designround.scenario;

import dev.designround.catalog.BundledSource;
import dev.designround.catalog.CatalogLoader;
import dev.designround.catalog.DataSource;
import dev.designround.catalog.DirectorySource;
import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios the user can practise: those bundled in {@code scenarios/} and those in scenario-pack folders the
 * user names. Ids are unique across all of them. Immutable.
 */
public final class ScenarioLibrary {

    private static volatile ScenarioLibrary bundled;

    private final Map<String, Scenario> scenarios;
    private final RuleLibrary rules;

    private ScenarioLibrary(Map<String, Scenario> scenarios, RuleLibrary rules) {
        this.scenarios = scenarios;
        this.rules = rules;
    }

    /**
     * The bundled scenarios, loaded once.
     *
     * @throws IllegalStateException if the bundled data is broken (a bug in this build, not the user's input)
     */
    public static ScenarioLibrary bundled() {
        ScenarioLibrary lib = bundled;
        if (lib == null) {
            synchronized (ScenarioLibrary.class) {
                lib = bundled;
                if (lib == null) {
                    try {
                        lib = load(CatalogLoader.bundled(), List.of());
                    } catch (InputException e) {
                        throw new IllegalStateException("the bundled scenarios are broken: " + e.getMessage(), e);
                    }
                    bundled = lib;
                }
            }
        }
        return lib;
    }

    /** The bundled scenarios plus every scenario file directly inside each pack folder. */
    public static ScenarioLibrary load(Catalog catalog, List<Path> packs) throws InputException {
        JsonTreeReader json = new JsonTreeReader();
        BundledSource data = new BundledSource();
        RuleLibrary rules = loadRules(catalog, data, json);
        ScenarioLoader loader = new ScenarioLoader(catalog, rules, json);
        Map<String, Scenario> out = new LinkedHashMap<>();
        addAll(loader, data, "scenarios", out);
        for (Path pack : packs) {
            if (!Files.isDirectory(pack)) {
                throw new InputException(pack.toString(), "scenario pack is not a folder");
            }
            DirectorySource source = new DirectorySource(pack);
            int files = listJson(source, "").size();
            if (files > PackLimits.MAX_FILES) {
                throw new InputException(pack.toString(), "scenario pack holds " + files + " .json files, more "
                        + "than the limit of " + PackLimits.MAX_FILES);
            }
            addAll(loader, source, "", out);
        }
        return new ScenarioLibrary(out, rules);
    }

    /** The global rule library bundled in {@code components/rules.json}. */
    public static RuleLibrary loadRules(Catalog catalog, DataSource data, JsonTreeReader json)
            throws InputException {
        String display = data.display(RuleLibrary.FILE);
        if (!data.exists(RuleLibrary.FILE)) {
            return RuleLibrary.empty();
        }
        try {
            Problems problems = new Problems(display);
            RuleLibrary lib = RuleLibrary.parse(json.parse(data.read(RuleLibrary.FILE), display), catalog, problems);
            problems.throwIfAny();
            return lib;
        } catch (IOException e) {
            throw new InputException(display, "cannot read the file: " + e.getMessage());
        }
    }

    private static void addAll(ScenarioLoader loader, DataSource source, String folder, Map<String, Scenario> out)
            throws InputException {
        for (String file : listJson(source, folder)) {
            if (!isScenarioFile(source, file)) {
                continue;
            }
            Scenario s = loader.load(source, file);
            Scenario clash = out.get(s.id());
            if (clash != null) {
                throw new InputException(source.display(file), "scenario id \"" + s.id() + "\" is already used by "
                        + clash.source());
            }
            out.put(s.id(), s);
        }
    }

    private static List<String> listJson(DataSource source, String folder) throws InputException {
        try {
            return source.listJson(folder);
        } catch (IOException e) {
            throw new InputException(source.toString(), "cannot list scenario files: " + e.getMessage());
        }
    }

    /** Whether a JSON file declares itself a scenario (packs may hold designs and other files too). */
    private static boolean isScenarioFile(DataSource source, String file) {
        try {
            JsonValue root = new JsonTreeReader().parse(source.read(file), source.display(file));
            return FileHeader.formatOf(root).map(ScenarioLoader.FORMAT::equals).orElse(false);
        } catch (InputException | IOException e) {
            return file.endsWith(".json") && !file.contains("/designs/");
        }
    }

    public List<Scenario> all() {
        return new ArrayList<>(scenarios.values());
    }

    public Optional<Scenario> find(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    public java.util.Set<String> ids() {
        return scenarios.keySet();
    }

    public RuleLibrary rules() {
        return rules;
    }
}
