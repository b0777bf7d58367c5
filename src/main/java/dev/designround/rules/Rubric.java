package dev.designround.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a scenario grades by, and its verdict thresholds.
 *
 * @param scenario   the scenario id
 * @param rules      at least one rule, ids unique, in the order findings are listed
 * @param thresholds score thresholds for the verdict
 */
public record Rubric(String scenario, List<Rule> rules, Thresholds thresholds) {

    public Rubric {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a rubric needs at least one rule");
        }
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate rule id in rubric: " + r.id());
            }
        }
    }
}
