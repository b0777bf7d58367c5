package dev.designround.scenario;

import dev.designround.catalog.DataSource;
import dev.designround.io.DesignReader;
import dev.designround.json.FileHeader;
import dev.designround.json.InputException;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonTreeReader;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.json.Suggestions;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Rubric;
import dev.designround.rules.Rule;
import dev.designround.rules.Severity;
import dev.designround.rules.Thresholds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads scenario files ({@code "format": "design-round.scenario"}). Every reference is checked: rules used from
 * the library exist, rules written inline use only the closed vocabulary, budgets name requirements the scenario
 * defines, reference designs are valid design files. Problems name the file, line, column and rule id.
 */
public final class ScenarioLoader {

    public static final String FORMAT = "design-round.scenario";
    public static final int VERSION = 1;
    static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Catalog catalog;
    private final RuleLibrary library;
    private final JsonTreeReader json;

    public ScenarioLoader(Catalog catalog, RuleLibrary library, JsonTreeReader json) {
        this.catalog = catalog;
        this.library = library;
        this.json = json;
    }

    /** Loads {@code path} of a data source; reference designs are read relative to its folder. */
    public Scenario load(DataSource source, String path) throws InputException {
        String display = source.display(path);
        JsonValue root;
        try {
            root = json.parse(source.read(path), display);
        } catch (IOException e) {
            throw new InputException(display, "cannot read the file: " + e.getMessage());
        }
        Problems problems = new Problems(display);
        Optional<Scenario> scenario = fromTree(root, source, path, problems);
        problems.throwIfAny();
        return scenario.orElseThrow(() -> new InputException(display, "not a valid scenario"));
    }

    /** Builds a scenario from a parsed file, recording every problem; empty if it could not be built. */
    public Optional<Scenario> fromTree(JsonValue root, DataSource source, String path, Problems problems) {
        Optional<JsonFields> header = FileHeader.check(root, FORMAT, VERSION, "scenario file", problems);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = header.get();
        f.allowOnly("format", "version", "id", "title", "domain", "difficulty", "timeMinutes", "prompt", "questions",
                "requirements", "verdict", "rubric", "hints", "strongAnswer", "references");
        int before = problems.size();
        sizes(f);
        Optional<String> id = f.requiredString("id");
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            f.problem("id", "scenario id \"" + id.get() + "\" must be lower-case words joined by hyphens");
        }
        Optional<String> title = f.requiredString("title");
        String domain = f.optionalString("domain").orElse("");
        String difficulty = f.optionalString("difficulty").orElse("medium");
        if (!DIFFICULTIES.contains(difficulty)) {
            f.problem("difficulty", "scenario: \"difficulty\" must be easy, medium or hard, not \"" + difficulty + "\"");
        }
        int time = f.optionalInt("timeMinutes", 5, 180).orElse(40);
        Optional<String> prompt = f.requiredString("prompt");
        List<ClarifyingQuestion> questions = questions(f, problems);
        Map<String, Double> requirements = requirements(f);
        Thresholds thresholds = thresholds(f);
        List<Rule> rules = rubric(f, new RuleContext(catalog, requirements, false), problems);
        List<String> hints = f.stringList("hints");
        List<String> strong = f.stringList("strongAnswer");
        Optional<Design> strongRef = Optional.empty();
        Optional<Design> weakRef = Optional.empty();
        Optional<JsonFields> refs = f.optionalObject("references", "scenario \"references\"");
        if (refs.isPresent()) {
            refs.get().allowOnly("strong", "weak");
            strongRef = reference(refs.get(), "strong", source, path, id.orElse(""), problems);
            weakRef = reference(refs.get(), "weak", source, path, id.orElse(""), problems);
        }
        if (problems.size() > before || id.isEmpty() || title.isEmpty() || prompt.isEmpty() || rules.isEmpty()) {
            if (rules.isEmpty() && problems.size() == before) {
                f.problem("rubric", "scenario: \"rubric\" needs at least one rule");
            }
            return Optional.empty();
        }
        return Optional.of(new Scenario(id.get(), title.get(), domain, difficulty, time, prompt.get(), questions,
                requirements, new Rubric(id.get(), rules, thresholds), hints, strong, strongRef, weakRef,
                source.display(path)));
    }

    /** The scenario's texts and lists within {@link PackLimits}. */
    private static void sizes(JsonFields f) {
        for (String name : List.of("id", "title", "domain", "difficulty")) {
            f.fitsLength(name, PackLimits.MAX_NAME_LENGTH);
        }
        f.fitsLength("prompt", PackLimits.MAX_PROMPT_LENGTH);
        for (String list : List.of("questions", "requirements", "hints", "strongAnswer")) {
            f.fitsItems(list, PackLimits.MAX_ITEMS, PackLimits.MAX_TEXT_LENGTH);
        }
        f.fitsItems("rubric", PackLimits.MAX_RULES, 0);
    }

    private static List<ClarifyingQuestion> questions(JsonFields f, Problems problems) {
        List<ClarifyingQuestion> out = new ArrayList<>();
        List<JsonValue> entries = f.array("questions");
        for (int i = 0; i < entries.size(); i++) {
            JsonFields.of(entries.get(i), "questions[" + i + "]", problems).ifPresent(q -> {
                q.allowOnly("topic", "question", "answer");
                q.fitsLength("topic", PackLimits.MAX_NAME_LENGTH);
                q.fitsLength("question", PackLimits.MAX_TEXT_LENGTH);
                q.fitsLength("answer", PackLimits.MAX_TEXT_LENGTH);
                String topic = q.optionalString("topic").orElse("");
                Optional<String> question = q.requiredString("question");
                Optional<String> answer = q.requiredString("answer");
                if (question.isPresent() && answer.isPresent()) {
                    out.add(new ClarifyingQuestion(topic, question.get(), answer.get()));
                }
            });
        }
        return out;
    }

    private static Map<String, Double> requirements(JsonFields f) {
        Map<String, Double> out = new LinkedHashMap<>();
        f.optionalObject("requirements", "scenario \"requirements\"").ifPresent(r -> {
            for (String key : r.object().members().keySet()) {
                if (key.length() > PackLimits.MAX_NAME_LENGTH) {
                    r.problem(key, "scenario \"requirements\": a name is " + key.length()
                            + " characters long, more than the limit of " + PackLimits.MAX_NAME_LENGTH);
                    continue;
                }
                r.optionalNumberIn(key, 0, Double.MAX_VALUE).ifPresent(v -> out.put(key, v));
            }
        });
        return out;
    }

    private static Thresholds thresholds(JsonFields f) {
        Optional<JsonFields> v = f.optionalObject("verdict", "scenario \"verdict\"");
        if (v.isEmpty()) {
            return Thresholds.DEFAULT;
        }
        v.get().allowOnly("strongHire", "leanHire");
        double strong = v.get().optionalNumberIn("strongHire", 0, 100).orElse(Thresholds.DEFAULT.strongHire());
        double lean = v.get().optionalNumberIn("leanHire", 0, 100).orElse(Thresholds.DEFAULT.leanHire());
        if (lean > strong) {
            v.get().problem("leanHire", "scenario \"verdict\": \"leanHire\" must not be above \"strongHire\"");
            return Thresholds.DEFAULT;
        }
        return new Thresholds(strong, lean);
    }

    private List<Rule> rubric(JsonFields f, RuleContext context, Problems problems) {
        List<Rule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        RuleParser parser = new RuleParser(context, problems);
        List<JsonValue> entries = f.requiredArray("rubric").orElse(List.of());
        if (entries.size() > PackLimits.MAX_RULES) {
            return out; // reported by sizes(); not worth parsing
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonValue entry = entries.get(i);
            Optional<Rule> rule;
            if (entry instanceof JsonValue.JsonObject o && o.members().containsKey("use")) {
                rule = use(new JsonFields(o, "rubric[" + i + "]", problems), context, parser);
            } else {
                rule = parser.parse(entry, "rubric[" + i + "]");
            }
            if (rule.isPresent()) {
                if (!ids.add(rule.get().id())) {
                    problems.add(entry.position(), "rubric lists rule \"" + rule.get().id() + "\" twice");
                } else {
                    out.add(rule.get());
                }
            }
        }
        RubricWork work = RubricWork.of(out);
        if (work.survives() > PackLimits.MAX_SURVIVES) {
            f.problem("rubric", "scenario: the rubric has " + work.survives() + " \"survives\" checks, more than the "
                    + "limit of " + PackLimits.MAX_SURVIVES + " (each takes down every matching node in turn)");
        }
        if (work.keywords() > PackLimits.MAX_KEYWORDS) {
            f.problem("rubric", "scenario: the rubric's notes checks have " + work.keywords() + " keywords, more "
                    + "than the limit of " + PackLimits.MAX_KEYWORDS + " (each is looked for in all of the notes)");
        }
        return out;
    }

    /** {@code {"use": "global.id", "severity": ..., "weight": ..., "title"/"message"/"why"/"fix": ...}}. */
    private Optional<Rule> use(JsonFields u, RuleContext context, RuleParser parser) {
        u.allowOnly("use", "severity", "weight", "title", "message", "why", "fix", "appliesWhen");
        u.fitsLength("title", PackLimits.MAX_NAME_LENGTH);
        for (String text : List.of("message", "why", "fix")) {
            u.fitsLength(text, PackLimits.MAX_TEXT_LENGTH);
        }
        Optional<String> id = u.requiredString("use");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (library.find(id.get()).isEmpty()) {
            u.problem("use", "rubric uses unknown rule \"" + id.get() + "\"" + Suggestions.didYouMean(id.get(),
                    library.ids()));
            return Optional.empty();
        }
        Optional<Rule> base = library.resolve(id.get(), context, u.problems(), u.position("use"));
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Rule rule = base.get();
        Severity severity = u.optionalString("severity").flatMap(s -> parser.severity(u, "severity", s))
                .orElse(rule.severity());
        double weight = u.optionalNumberIn("weight", 0.001, 1000).orElse(u.has("severity") && !u.has("weight")
                ? severity.defaultWeight() : rule.weight());
        rule = rule.withSeverityAndWeight(severity, weight);
        if (u.has("appliesWhen")) {
            Optional<dev.designround.rules.Selector> when = parser.appliesWhen(u, "rule \"" + id.get() + "\"");
            if (when.isEmpty()) {
                return Optional.empty();
            }
            rule = rule.withAppliesWhen(when);
        }
        return Optional.of(rule.withTexts(u.optionalString("title").orElse(rule.title()),
                u.optionalString("message").orElse(rule.message()), u.optionalString("why").orElse(rule.why()),
                u.optionalString("fix").orElse(rule.fix())));
    }

    private Optional<Design> reference(JsonFields refs, String key, DataSource source, String scenarioPath,
                                       String scenarioId, Problems problems) {
        Optional<String> rel = refs.optionalString(key);
        if (rel.isEmpty()) {
            return Optional.empty();
        }
        int slash = scenarioPath.lastIndexOf('/');
        String path = (slash < 0 ? "" : scenarioPath.substring(0, slash + 1)) + rel.get();
        if (rel.get().startsWith("/") || rel.get().contains("..") || source.leavesFolder(path)) {
            refs.problem(key, "references." + key + ": \"" + rel.get() + "\" must be a path inside the scenario's "
                    + "folder");
            return Optional.empty();
        }
        if (!source.exists(path)) {
            refs.problem(key, "references." + key + ": no such design file \"" + source.display(path) + "\"");
            return Optional.empty();
        }
        try {
            Design design = new DesignReader(catalog, json).parse(source.read(path), source.display(path));
            String declared = design.info().scenario();
            if (!declared.isEmpty() && !declared.equals(scenarioId)) {
                refs.problem(key, "references." + key + ": " + source.display(path) + " is a design for scenario \""
                        + declared + "\", not \"" + scenarioId + "\"");
            }
            return Optional.of(design);
        } catch (InputException e) {
            refs.problem(key, "references." + key + " is not a valid design: " + e.getMessage());
        } catch (IOException e) {
            refs.problem(key, "references." + key + ": cannot read " + source.display(path) + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
