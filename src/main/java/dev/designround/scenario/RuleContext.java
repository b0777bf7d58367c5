package dev.designround.scenario;

import dev.designround.model.Catalog;
import java.util.Map;
import java.util.Set;

/**
 * What rule parsing checks references against: the catalog (types, capabilities, failure modes) and the
 * requirements a budget rule may name.
 *
 * @param requirements the scenario's requirements; budgets resolve their {@code max} here
 * @param lenient      true when checking the global library on its own: any standard requirement name is accepted
 *                     and resolved to 0 (the scenario that uses the rule supplies the real value)
 */
record RuleContext(Catalog catalog, Map<String, Double> requirements, boolean lenient) {

    /** Requirement names a global rule may refer to. */
    static final Set<String> STANDARD_REQUIREMENTS = Set.of("latencyBudgetMs", "costBudgetUsd");

    RuleContext {
        requirements = Map.copyOf(requirements);
    }
}
