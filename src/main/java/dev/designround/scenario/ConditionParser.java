package dev.designround.scenario;

import dev.designround.json.JsonFields;
import dev.designround.json.JsonValue;
import dev.designround.json.Problems;
import dev.designround.json.Suggestions;
import dev.designround.model.EdgeKind;
import dev.designround.rules.Budget;
import dev.designround.rules.Condition;
import dev.designround.rules.Forbids;
import dev.designround.rules.Guards;
import dev.designround.rules.Not;
import dev.designround.rules.NotesMention;
import dev.designround.rules.Observes;
import dev.designround.rules.Reaches;
import dev.designround.rules.Requires;
import dev.designround.rules.Selector;
import dev.designround.rules.Survives;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a rule's {@code check}: one kind of the closed vocabulary ({@link RuleKinds}, which says which method reads
 * which kind), with its selectors.
 */
final class ConditionParser {

    /** The field every counting kind says how many with (docs/scenario-format.md, "How many"). */
    static final String HOW_MANY = "howMany";

    /** The most nodes a {@code requires} check may ask for. */
    private static final int MAX_REQUIRED = 10_000;

    private final RuleContext context;
    private final Problems problems;
    private final String rule;
    /** How deep the check being read is nested in all, any and not (1 for the rule's own check). */
    private int depth;
    /** Checks read so far in this rule. */
    private int checks;

    ConditionParser(RuleContext context, Problems problems, String rule) {
        this.context = context;
        this.problems = problems;
        this.rule = rule;
    }

    /**
     * Reads a check, and those nested in it, within {@link PackLimits#MAX_CHECK_DEPTH} levels and
     * {@link PackLimits#MAX_CHECKS_PER_RULE} checks in all.
     */
    Optional<Condition> parse(JsonValue value) {
        if (depth == PackLimits.MAX_CHECK_DEPTH) {
            problems.add(value.position(), rule + ": checks are nested more than " + PackLimits.MAX_CHECK_DEPTH
                    + " levels deep in all, any and not");
            return Optional.empty();
        }
        if (++checks > PackLimits.MAX_CHECKS_PER_RULE) {
            if (checks == PackLimits.MAX_CHECKS_PER_RULE + 1) {
                problems.add(value.position(), rule + ": more than " + PackLimits.MAX_CHECKS_PER_RULE
                        + " checks in one rule");
            }
            return Optional.empty();
        }
        depth++;
        try {
            return parseOne(value);
        } finally {
            depth--;
        }
    }

    private Optional<Condition> parseOne(JsonValue value) {
        Optional<JsonFields> maybe = JsonFields.of(value, rule + " check", problems);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        JsonFields f = maybe.get();
        Optional<String> kind = f.requiredString("kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<RuleKinds.Kind> known = RuleKinds.byId(kind.get());
        if (known.isEmpty()) {
            f.problem("kind", rule + ": unknown check kind \"" + kind.get() + "\""
                    + Suggestions.didYouMean(kind.get(), RuleKinds.IDS) + " (use " + String.join(", ", RuleKinds.IDS)
                    + ")");
            return Optional.empty();
        }
        int before = problems.size();
        f.allowOnly(known.get().allowed());
        Optional<Condition> out = known.get().reader().read(this, f);
        return problems.size() > before ? Optional.empty() : out;
    }

    Optional<Condition> requires(JsonFields f) {
        Optional<Selector> s = selector(f, "select");
        int min = atLeast(f, "min", MAX_REQUIRED, false, "matching nodes wired in").orElse(1);
        return s.map(sel -> new Requires(sel, min));
    }

    Optional<Condition> reaches(JsonFields f) {
        Optional<Selector> from = selector(f, "from");
        Optional<Selector> to = selector(f, "to");
        Optional<Selector> via = f.has("via") ? selector(f, "via") : Optional.empty();
        Set<EdgeKind> edges = edges(f, Reaches.DEFAULT_EDGES);
        boolean some = everyOrSome(f, "reaches", "\"from\" node");
        return from.isPresent() && to.isPresent() && (via.isPresent() || !f.has("via"))
                ? Optional.of(new Reaches(from.get(), to.get(), via, edges, some)) : Optional.empty();
    }

    Optional<Condition> guards(JsonFields f) {
        Optional<Selector> from = selector(f, "from");
        Optional<Selector> to = selector(f, "to");
        Optional<Selector> through = selector(f, "through");
        Set<EdgeKind> edges = edges(f, Guards.DEFAULT_EDGES);
        return from.isPresent() && to.isPresent() && through.isPresent()
                ? Optional.of(new Guards(from.get(), to.get(), through.get(), edges)) : Optional.empty();
    }

    Optional<Condition> survives(JsonFields f) {
        String mode = f.optionalString("mode").orElse("each");
        if (!mode.equals("each") && !mode.equals("all")) {
            f.problem("mode", rule + ": survives \"mode\" must be \"each\" (each matching node down on its "
                    + "own) or \"all\" (all down at once), not \"" + mode + "\"");
        }
        return selector(f, "fail").map(s -> new Survives(s, mode.equals("all")));
    }

    Optional<Condition> observes(JsonFields f) {
        Optional<Selector> select = selector(f, "select");
        Optional<Selector> by = selector(f, "by");
        boolean some = everyOrSome(f, "observes", "\"select\" node");
        return select.isPresent() && by.isPresent() ? Optional.of(new Observes(select.get(), by.get(), some))
                : Optional.empty();
    }

    Optional<Condition> forbids(JsonFields f) {
        Optional<Selector> from = selector(f, "from");
        Optional<Selector> to = selector(f, "to");
        boolean direct = f.optionalBoolean("direct").orElse(false);
        Set<EdgeKind> edges = edges(f, Forbids.DEFAULT_EDGES);
        return from.isPresent() && to.isPresent()
                ? Optional.of(new Forbids(from.get(), to.get(), direct, edges)) : Optional.empty();
    }

    /** {@code all} and {@code any}: at least one nested check in {@code checks}. */
    Optional<Condition> group(JsonFields f, String kind, Function<List<Condition>, Condition> make) {
        List<JsonValue> parts = f.requiredArray("checks").orElse(List.of());
        if (parts.isEmpty() && f.has("checks")) {
            f.problem("checks", rule + ": \"" + kind + "\" needs at least one check in \"checks\"");
        }
        List<Condition> conditions = new ArrayList<>();
        for (JsonValue part : parts) {
            parse(part).ifPresent(conditions::add);
        }
        return conditions.size() != parts.size() || parts.isEmpty() ? Optional.empty()
                : Optional.of(make.apply(conditions));
    }

    Optional<Condition> not(JsonFields f) {
        if (!f.has("check")) {
            f.problem("check", rule + ": \"not\" needs a \"check\"");
        }
        return f.value("check").flatMap(this::parse).map(Not::new);
    }

    Optional<Condition> budget(JsonFields f) {
        Optional<Budget.Metric> metric = f.requiredString("metric").flatMap(m -> {
            Optional<Budget.Metric> parsed = Budget.Metric.fromId(m);
            if (parsed.isEmpty()) {
                f.problem("metric", rule + ": unknown budget metric \"" + m + "\" (use latency, cost)");
            }
            return parsed;
        });
        Optional<Selector> exclude = f.has("exclude") ? selector(f, "exclude") : Optional.empty();
        Optional<JsonValue> max = f.value("max");
        if (max.isEmpty()) {
            f.problem("max", rule + ": missing required field \"max\" (a number, or a requirement such as "
                    + "\"latencyBudgetMs\")");
            return Optional.empty();
        }
        double limit;
        String source;
        if (max.get() instanceof JsonValue.JsonString s) {
            source = s.value();
            Double value = context.requirements().get(source);
            if (value == null && context.lenient() && RuleContext.STANDARD_REQUIREMENTS.contains(source)) {
                value = 0.0;
            }
            if (value == null) {
                Set<String> known = new LinkedHashSet<>(context.requirements().keySet());
                if (context.lenient()) {
                    known.addAll(RuleContext.STANDARD_REQUIREMENTS);
                }
                f.problem("max", rule + ": budget refers to requirement \"" + source + "\", which "
                        + (context.lenient() ? "is not a standard requirement" : "the scenario does not define")
                        + Suggestions.didYouMean(source, known) + " (known: "
                        + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
                return Optional.empty();
            }
            limit = value;
        } else {
            var n = f.optionalNumberIn("max", 0, Double.MAX_VALUE);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            limit = n.getAsDouble();
            source = "";
        }
        if (metric.isEmpty() || (f.has("exclude") && exclude.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Budget(metric.get(), limit, source, exclude));
    }

    Optional<Condition> notes(JsonFields f) {
        if (!f.fitsItems("topics", PackLimits.MAX_TOPICS, PackLimits.MAX_NAME_LENGTH)) {
            return Optional.empty();
        }
        List<NotesMention.Topic> topics = new ArrayList<>();
        List<JsonValue> raw = f.requiredArray("topics").orElse(List.of());
        for (JsonValue t : raw) {
            if (t instanceof JsonValue.JsonString s) {
                Optional<NotesMention.Topic> topic = NoteTopics.standard(s.value());
                if (topic.isPresent()) {
                    topics.add(topic.get());
                } else {
                    problems.add(t.position(), rule + ": unknown notes topic \"" + s.value() + "\""
                            + Suggestions.didYouMean(s.value(), NoteTopics.ids()) + " (standard topics: "
                            + String.join(", ", NoteTopics.ids()) + "; or give {\"id\", \"label\", \"keywords\"})");
                }
            } else {
                JsonFields.of(t, rule + " topic", problems).ifPresent(tf -> {
                    tf.allowOnly("id", "label", "keywords");
                    tf.fitsLength("id", PackLimits.MAX_NAME_LENGTH);
                    tf.fitsLength("label", PackLimits.MAX_NAME_LENGTH);
                    tf.fitsItems("keywords", PackLimits.MAX_KEYWORDS_PER_TOPIC, PackLimits.MAX_KEYWORD_LENGTH);
                    Optional<String> id = tf.requiredString("id");
                    String label = tf.optionalString("label").orElse(id.orElse(""));
                    List<String> keywords = tf.stringList("keywords").stream()
                            .map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
                    if (keywords.isEmpty()) {
                        tf.problem("keywords", rule + ": a notes topic needs at least one keyword");
                    } else {
                        id.ifPresent(i -> topics.add(new NotesMention.Topic(i, label, keywords)));
                    }
                });
            }
        }
        if (raw.isEmpty() && f.has("topics")) {
            f.problem("topics", rule + ": \"notes\" needs at least one topic");
        }
        int min = atLeast(f, "min", Math.max(1, raw.size()), true, "topics mentioned")
                .orElse(Math.min(raw.size(), 1));
        return topics.size() == raw.size() && !topics.isEmpty() ? Optional.of(new NotesMention(topics, min))
                : Optional.empty();
    }

    /**
     * A selector object: {@code type}/{@code types}, {@code capability}/{@code capabilities} and/or a catalog
     * {@code role} (every type and capability that fills it), optional name.
     */
    Optional<Selector> selector(JsonFields parent, String key) {
        if (!parent.has(key)) {
            parent.problem(key, rule + ": missing required field \"" + key + "\" (a selector such as "
                    + "{\"type\": \"llm\"} or {\"capability\": \"grounding-check\"})");
            return Optional.empty();
        }
        Optional<JsonFields> maybe = parent.optionalObject(key, rule + " \"" + key + "\"");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        JsonFields s = maybe.get();
        s.allowOnly("type", "types", "capability", "capabilities", "role", "roles", "name");
        s.fitsLength("name", PackLimits.MAX_NAME_LENGTH);
        Set<String> types = new LinkedHashSet<>(s.stringList("types"));
        s.optionalString("type").ifPresent(types::add);
        Set<String> caps = new LinkedHashSet<>(s.stringList("capabilities"));
        s.optionalString("capability").ifPresent(caps::add);
        List<String> roleNames = new ArrayList<>();
        boolean ok = true;
        List<String> roleIds = new ArrayList<>(s.stringList("roles"));
        s.optionalString("role").ifPresent(roleIds::add);
        for (String roleId : roleIds) {
            Optional<dev.designround.model.Role> role = context.catalog().role(roleId);
            if (role.isEmpty()) {
                s.problem(s.has("role") ? "role" : "roles", rule + ": selector \"" + key + "\" names unknown role \""
                        + roleId + "\"" + Suggestions.didYouMean(roleId, context.catalog().roleIds()) + " (roles: "
                        + String.join(", ", context.catalog().roleIds()) + ")");
                ok = false;
            } else {
                types.addAll(role.get().types());
                caps.addAll(role.get().capabilities());
                roleNames.add(role.get().name());
            }
        }
        String roleName = roleNames.isEmpty() ? "" : roleNames.size() == 1 ? roleNames.get(0)
                : String.join(" or ", roleNames);
        for (String t : types) {
            if (context.catalog().type(t).isEmpty()) {
                s.problem(s.has("type") ? "type" : "types", rule + ": selector \"" + key + "\" names unknown "
                        + "component type \"" + t + "\"" + Suggestions.didYouMean(t, context.catalog().typeIds()));
                ok = false;
            }
        }
        for (String c : caps) {
            if (context.catalog().capability(c).isEmpty()) {
                s.problem(s.has("capability") ? "capability" : "capabilities", rule + ": selector \"" + key
                        + "\" names unknown capability \"" + c + "\""
                        + Suggestions.didYouMean(c, context.catalog().capabilityIds()));
                ok = false;
            }
        }
        if (types.isEmpty() && caps.isEmpty()) {
            s.problem(key, rule + ": selector \"" + key + "\" needs a type or a capability");
            ok = false;
        }
        return ok ? Optional.of(new Selector(types, caps, s.optionalString("name").orElse(roleName)))
                : Optional.empty();
    }

    /**
     * The field a check says how many with: {@link #HOW_MANY}, or the kind's old spelling of it ({@code min},
     * {@code quantifier}), which files written before keep using. Empty when neither is given (null counts as not
     * given, as for every optional field), or (with a problem) when both are.
     */
    private Optional<String> howManyKey(JsonFields f, String old) {
        boolean given = given(f, HOW_MANY);
        if (given && given(f, old)) {
            f.problem(old, rule + ": \"" + old + "\" is the old spelling of \"" + HOW_MANY + "\": give one of "
                    + "them, not both");
            return Optional.empty();
        }
        return given ? Optional.of(HOW_MANY) : given(f, old) ? Optional.of(old) : Optional.empty();
    }

    private static boolean given(JsonFields f, String key) {
        return f.value(key).filter(v -> !(v instanceof JsonValue.JsonNull)).isPresent();
    }

    /**
     * A count "at least N": {@code "howMany"} as a whole number from 1 to {@code max}, or {@code "some"} (at least
     * one), or, where {@code every} allows, {@code "every"} (all {@code max}); or the old {@code min}, a number.
     * Empty when not given or wrong (with a problem).
     */
    private Optional<Integer> atLeast(JsonFields f, String old, int max, boolean every, String what) {
        Optional<String> key = howManyKey(f, old);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.get().equals(old)) {
            return f.optionalInt(old, 1, max);
        }
        JsonValue v = f.value(HOW_MANY).orElseThrow();
        if (v instanceof JsonValue.JsonNumber) {
            return f.optionalInt(HOW_MANY, 1, max);
        }
        if (v instanceof JsonValue.JsonString s && s.value().equals("some")) {
            return Optional.of(1);
        }
        if (every && v instanceof JsonValue.JsonString s && s.value().equals("every")) {
            return Optional.of(max);
        }
        f.problem(HOW_MANY, rule + ": \"" + HOW_MANY + "\" counts " + what + ": a whole number from 1 to " + max
                + ", \"some\" (at least one)" + (every ? " or \"every\"" : "") + ", not " + shown(v));
        return Optional.empty();
    }

    /**
     * Whether some (true) or every (false, the default) node a check starts from must pass: {@code "howMany"}, or
     * the old {@code quantifier}, as {@code "every"} or {@code "some"}.
     */
    private boolean everyOrSome(JsonFields f, String kind, String node) {
        Optional<String> key = howManyKey(f, "quantifier");
        if (key.isEmpty()) {
            return false;
        }
        Optional<JsonValue> v = f.value(key.get());
        if (v.isPresent() && v.get() instanceof JsonValue.JsonString s
                && (s.value().equals("every") || s.value().equals("some"))) {
            return s.value().equals("some");
        }
        f.problem(key.get(), rule + ": \"" + key.get() + "\" of " + kind + " must be \"every\" (every " + node
                + ", the default) or \"some\" (at least one), not " + shown(v.orElseThrow()));
        return false;
    }

    /** A value as a message quotes it: a string in quotes, a number as written, else its JSON type. */
    private static String shown(JsonValue v) {
        if (v instanceof JsonValue.JsonString s) {
            return "\"" + s.value() + "\"";
        }
        if (v instanceof JsonValue.JsonNumber n) {
            return n.text();
        }
        return JsonFields.article(v.typeName());
    }

    private Set<EdgeKind> edges(JsonFields f, Set<EdgeKind> defaults) {
        if (!f.has("edges")) {
            return defaults;
        }
        Set<EdgeKind> out = EnumSet.noneOf(EdgeKind.class);
        for (String id : f.stringList("edges")) {
            Optional<EdgeKind> k = EdgeKind.fromId(id);
            if (k.isPresent()) {
                out.add(k.get());
            } else {
                f.problem("edges", rule + ": unknown edge kind \"" + id + "\" (use "
                        + String.join(", ", EdgeKind.ids()) + ")");
            }
        }
        if (out.isEmpty()) {
            f.problem("edges", rule + ": \"edges\" needs at least one edge kind");
            return defaults;
        }
        return out;
    }
}
