package dev.designround.scenario;

import dev.designround.json.FileHeader;
import dev.designround.json.JsonFields;
import dev.designround.json.JsonValue;
import dev.designround.json.Position;
import dev.designround.json.Problems;
import dev.designround.model.Catalog;
import dev.designround.rules.Rule;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The global rules (one or more per failure mode), referenced by id from scenarios, which may override severity,
 * weight and texts. Kept as parsed JSON as well as rules, because a budget rule takes its limit from the
 * scenario that uses it.
 */
public final class RuleLibrary {

    public static final String FILE = "components/rules.json";
    public static final String FORMAT = "design-round.rules";
    public static final int VERSION = 1;

    private final Map<String, Rule> rules;
    private final Map<String, JsonValue> raw;

    private RuleLibrary(Map<String, Rule> rules, Map<String, JsonValue> raw) {
        this.rules = rules;
        this.raw = raw;
    }

    public static RuleLibrary empty() {
        return new RuleLibrary(Map.of(), Map.of());
    }

    /**
     * Reads a rules file, recording every problem; returns what could be read. Budgets are checked against the
     * standard requirement names, to be resolved by each scenario.
     */
    public static RuleLibrary parse(JsonValue root, Catalog catalog, Problems problems) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, JsonValue> raw = new LinkedHashMap<>();
        Optional<JsonFields> header = FileHeader.check(root, FORMAT, VERSION, "rules file", problems);
        if (header.isEmpty()) {
            return new RuleLibrary(rules, raw);
        }
        header.get().allowOnly("format", "version", "rules");
        RuleParser parser = new RuleParser(new RuleContext(catalog, Map.of(), true), problems);
        List<JsonValue> entries = header.get().requiredArray("rules").orElse(List.of());
        if (!header.get().fitsItems("rules", PackLimits.MAX_LIBRARY_RULES, 0)) {
            return new RuleLibrary(rules, raw);
        }
        for (int i = 0; i < entries.size(); i++) {
            JsonValue entry = entries.get(i);
            Optional<Rule> rule = parser.parse(entry, "rules[" + i + "]");
            if (rule.isPresent()) {
                if (rules.containsKey(rule.get().id())) {
                    problems.add(entry.position(), "duplicate rule id \"" + rule.get().id() + "\"");
                } else {
                    rules.put(rule.get().id(), rule.get());
                    raw.put(rule.get().id(), entry);
                }
            }
        }
        return new RuleLibrary(Map.copyOf(rules), Map.copyOf(raw));
    }

    public Collection<Rule> rules() {
        return rules.values();
    }

    public Set<String> ids() {
        return rules.keySet();
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * The rule as a scenario sees it: parsed again with the scenario's requirements, so budgets get its limits.
     * Problems (a requirement the scenario lacks) are recorded at {@code at} in the scenario's file.
     */
    Optional<Rule> resolve(String id, RuleContext scenario, Problems scenarioProblems, Position at) {
        JsonValue entry = raw.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        Problems local = new Problems(scenarioProblems.file());
        Optional<Rule> rule = new RuleParser(scenario, local).parse(entry, "rule \"" + id + "\"");
        if (rule.isEmpty()) {
            try {
                local.throwIfAny();
            } catch (dev.designround.json.InputException e) {
                scenarioProblems.add(at, "rubric uses \"" + id + "\", which does not fit this scenario: "
                        + e.problems().get(0).message());
            }
        }
        return rule;
    }
}
