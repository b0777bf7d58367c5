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
import dev.designround.json.JsonFields;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import dev.designround.scenario.Scenario;
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
        Optional<Scenario> scenario = new ScenarioLoader(catalog, rules, new JsonTreeReader())
                .fromTree(root, source, file.getFileName().toString(), problems);
        if (scenario.isEmpty()) {
            return "scenario";
        }
        Scenario s = scenario.get();
        Grader grader = new Grader(catalog);
        return "scenario " + s.id() + ": " + s.rubric().rules().size() + " rules, " + s.questions().size()
                + " questions"
                + reference(s, "strong", s.strongReference(), Verdict.STRONG_HIRE, grader, file, root, problems)
                + reference(s, "weak", s.weakReference(), Verdict.NO_HIRE, grader, file, root, problems);
    }

    /**
     * Grades a reference design against its scenario: the strong one must be a Strong Hire and the weak one a No
     * Hire, else the scenario's rubric (or the design) is wrong, and that is a problem of the scenario file, at its
     * {@code references} entry, naming the design file.
     *
     * @return {@code , strong reference Strong Hire} for the summary; empty when there is no such reference
     */
    private static String reference(Scenario s, String key, Optional<Design> design, Verdict labelled,
                                    Grader grader, java.nio.file.Path file, JsonValue root, Problems problems) {
        if (design.isEmpty()) {
            return "";
        }
        Report report = grader.grade(design.get(), s.rubric());
        if (report.verdict() != labelled) {
            JsonValue.JsonObject refs = (JsonValue.JsonObject) ((JsonValue.JsonObject) root).get("references");
            JsonValue.JsonString rel = (JsonValue.JsonString) refs.get(key);
            java.nio.file.Path parent = file.getParent();
            String display = (parent == null ? java.nio.file.Path.of(rel.value()) : parent.resolve(rel.value()))
                    .toString();
            problems.add(rel.position(), "references." + key + ": " + display + " grades "
                    + report.verdict().label() + String.format(java.util.Locale.ROOT, " (score %.1f)",
                    report.score()) + ", not " + labelled.label() + whatFailed(report, labelled));
        }
        return ", " + key + " reference " + report.verdict().label();
    }

    /** For a strong reference, the rules it fails (blockers first); for a weak one, why it is not a No Hire. */
    private static String whatFailed(Report report, Verdict labelled) {
        if (labelled == Verdict.NO_HIRE) {
            double needed = report.verdict() == Verdict.STRONG_HIRE ? report.thresholds().strongHire()
                    : report.thresholds().leanHire();
            return ": no blocker failed, and the score is at least the " + JsonFields.plain(needed) + " "
                    + report.verdict().label() + " needs";
        }
        List<String> failed = report.failedBySeverity().stream().map(f -> f.rule() + " (" + f.severity().id() + ", "
                + f.status().label() + ")").toList();
        int shown = Math.min(5, failed.size());
        return "; failed: " + String.join(", ", failed.subList(0, shown))
                + (failed.size() > shown ? " and " + (failed.size() - shown) + " more" : "");
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
