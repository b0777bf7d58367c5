package dev.designround.cli;

import dev.designround.catalog.BundledSource;
import dev.designround.catalog.CatalogLoader;
import dev.designround.catalog.DirectorySource;
import dev.designround.json.JsonTreeReader;
import dev.designround.scenario.RuleLibrary;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.scenario.ScenarioLoader;
import dev.designround.io.DesignFormat;
import dev.designround.io.DesignReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The kinds of file {@code validate} knows: designs, the five catalog files, rule libraries and scenarios. */
final class FileKinds {

    private final Map<String, FileKind> byFormat = new LinkedHashMap<>();

    FileKinds(List<FileKind> kinds) {
        kinds.forEach(k -> byFormat.put(k.format(), k));
    }

    /**
     * @param file the file being checked; scenario files read their reference designs relative to its folder
     */
    static FileKinds standard(Catalog catalog, java.nio.file.Path file) {
        CatalogLoader loader = new CatalogLoader();
        return new FileKinds(List.of(
                kind(DesignFormat.FORMAT, (root, problems) -> {
                    Design d = new DesignReader(catalog).fromTree(root, problems);
                    return "design: " + d.nodeCount() + " nodes, " + d.edgeCount() + " edges";
                }),
                kind(CatalogLoader.CAPABILITIES_FORMAT, (root, problems) ->
                        "capabilities: " + loader.parseCapabilities(root, problems).size()),
                kind(CatalogLoader.COMPONENTS_FORMAT, (root, problems) -> {
                    var c = loader.parseComponents(root, catalog.capabilityIds(), problems);
                    return "components: " + c.types().size() + " types in " + c.categories().size() + " categories";
                }),
                kind(CatalogLoader.FAILURE_MODES_FORMAT, (root, problems) ->
                        "failure modes: " + loader.parseFailureModes(root, catalog.capabilityIds(), problems).size()),
                kind(CatalogLoader.ROLES_FORMAT, (root, problems) -> "roles: "
                        + loader.parseRoles(root, catalog.capabilityIds(), catalog.typeIds(), problems).size()),
                kind(CatalogLoader.LABEL_PHRASES_FORMAT, (root, problems) -> "label phrases: for "
                        + loader.parseLabelPhrases(root, catalog.capabilityIds(), problems).capabilities().size()
                        + " capabilities"),
                kind(CatalogLoader.LABEL_TYPES_FORMAT, (root, problems) -> "label types: "
                        + loader.parseLabelTypes(root, List.copyOf(catalog.types()), problems).types().size()
                        + " types named"),
                kind(RuleLibrary.FORMAT, (root, problems) ->
                        "rules: " + RuleLibrary.parse(root, catalog, problems).rules().size()),
                kind(ScenarioLoader.FORMAT, (root, problems) -> scenario(catalog, file, root, problems))
        ));
    }

    private static String scenario(Catalog catalog, java.nio.file.Path file, JsonValue root, Problems problems) {
        RuleLibrary rules;
        try {
            rules = ScenarioLibrary.loadRules(catalog, new BundledSource(), new JsonTreeReader());
        } catch (dev.designround.json.InputException e) {
            throw new IllegalStateException("the bundled rule library is broken: " + e.getMessage(), e);
        }
        java.nio.file.Path folder = file.toAbsolutePath().getParent();
        DirectorySource source = new DirectorySource(folder);
        return new ScenarioLoader(catalog, rules, new JsonTreeReader())
                .fromTree(root, source, file.getFileName().toString(), problems)
                .map(s -> "scenario " + s.id() + ": " + s.rubric().rules().size() + " rules, "
                        + s.questions().size() + " questions"
                        + (s.strongReference().isPresent() ? ", strong reference" : "")
                        + (s.weakReference().isPresent() ? ", weak reference" : ""))
                .orElse("scenario");
    }

    Optional<FileKind> find(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    private static FileKind kind(String format, java.util.function.BiFunction<JsonValue, Problems, String> check) {
        return new FileKind() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String check(JsonValue root, Problems problems) {
                return check.apply(root, problems);
            }
        };
    }
}
