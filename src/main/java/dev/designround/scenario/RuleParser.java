package dev.designround.scenario;

import dev.designround.json.JsonFields;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.json.Suggestions;
import dev.designround.rules.Rule;
import dev.designround.rules.RuleCategory;
import dev.designround.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads rules from scenario and rule-library files. The vocabulary is closed: an unknown kind, field, component
 * type, capability, failure mode or requirement is an error naming the file, the place and the rule id. Nothing
 * read here can run code.
 */
final class RuleParser {

    /** Rule ids: dotted lower-case words, e.g. {@code legal.answers-grounded}. */
    static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private final RuleContext context;
    private final Problems problems;

    RuleParser(RuleContext context, Problems problems) {
        this.context = context;
        this.problems = problems;
    }

    /** A whole rule (id, texts, category, severity, weight, failure modes, check). */
    Optional<Rule> parse(JsonValue value, String where) {
        Optional<JsonFields> raw = JsonFields.of(value, where, problems);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.size();
        Optional<String> id = raw.get().requiredString("id");
        if (id.isPresent() && !RULE_ID.matcher(id.get()).matches()) {
            raw.get().problem("id", where + ": rule id \"" + id.get() + "\" must be dotted lower-case words, "
                    + "e.g. \"legal.answers-grounded\"");
        }
        JsonFields f = new JsonFields(raw.get().object(), id.map(s -> "rule \"" + s + "\"").orElse(where), problems);
        f.allowOnly("id", "title", "category", "severity", "weight", "failureModes", "check", "message", "why", "fix",
                "appliesWhen");
        f.fitsLength("id", PackLimits.MAX_NAME_LENGTH);
        f.fitsLength("title", PackLimits.MAX_NAME_LENGTH);
        for (String text : List.of("message", "why", "fix")) {
            f.fitsLength(text, PackLimits.MAX_TEXT_LENGTH);
        }
        f.fitsItems("failureModes", PackLimits.MAX_ITEMS, PackLimits.MAX_NAME_LENGTH);
        Optional<String> title = f.requiredString("title");
        Optional<RuleCategory> category = f.requiredString("category").flatMap(c -> {
            Optional<RuleCategory> parsed = RuleCategory.fromId(c);
            if (parsed.isEmpty()) {
                f.problem("category", f.what() + ": unknown category \"" + c + "\" (use "
                        + String.join(", ", RuleCategory.ids()) + ")");
            }
            return parsed;
        });
        Optional<Severity> severity = f.requiredString("severity").flatMap(s -> severity(f, "severity", s));
        double weight = f.optionalNumberIn("weight", 0.001, 1000).orElse(severity.map(Severity::defaultWeight).orElse(1.0));
        List<String> failureModes = failureModes(f);
        ConditionParser conditions = new ConditionParser(context, problems, f.what());
        Optional<dev.designround.rules.Condition> check = f.value("check").flatMap(conditions::parse);
        Optional<dev.designround.rules.Selector> appliesWhen = f.has("appliesWhen")
                ? conditions.selector(f, "appliesWhen") : Optional.empty();
        if (!f.has("check")) {
            f.problem("check", f.what() + ": missing required field \"check\"");
        }
        String message = f.optionalString("message").orElse("");
        Optional<String> why = f.requiredString("why");
        Optional<String> fix = f.requiredString("fix");
        if (problems.size() > before || id.isEmpty() || title.isEmpty() || category.isEmpty() || severity.isEmpty()
                || check.isEmpty() || why.isEmpty() || fix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(id.get(), title.get(), category.get(), severity.get(), weight, failureModes,
                check.get(), message, why.get(), fix.get(), appliesWhen));
    }

    /** The optional {@code appliesWhen} selector of a {@code use} entry, which overrides the global rule's. */
    Optional<dev.designround.rules.Selector> appliesWhen(JsonFields f, String where) {
        return new ConditionParser(context, problems, where).selector(f, "appliesWhen");
    }

    Optional<Severity> severity(JsonFields f, String key, String value) {
        Optional<Severity> parsed = Severity.fromId(value);
        if (parsed.isEmpty()) {
            f.problem(key, f.what() + ": unknown severity \"" + value + "\" (use blocker, major, minor)");
        }
        return parsed;
    }

    private List<String> failureModes(JsonFields f) {
        List<String> ids = f.stringList("failureModes");
        for (String mode : ids) {
            if (context.catalog().failureMode(mode).isEmpty()) {
                f.problem("failureModes", f.what() + ": unknown failure mode \"" + mode + "\""
                        + Suggestions.didYouMean(mode, context.catalog().failureModeIds()));
            }
        }
        return ids;
    }
}
