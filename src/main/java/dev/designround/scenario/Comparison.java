package dev.designround.scenario;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Finding;
import dev.designround.rules.Grader;
import java.util.List;
import java.util.Optional;

/**
 * What a candidate's design lacks next to a scenario's strong reference: the reference's components with no
 * counterpart in the candidate's design (no node of the same type, nor one that has what it is there for), and
 * the rules the reference passes that the candidate's design fails. Shown when the candidate asks for the strong
 * answer, to mark on the reference what theirs is missing. Built by {@link StrongAnswer#compare}.
 *
 * @param reference     the strong reference (shared, read-only: do not change it)
 * @param lackingNodes  ids of reference nodes with no counterpart in the candidate's design, in reference order
 * @param rulesMissed   findings of rules the reference passes and the candidate's design fails, in rubric order
 */
public record Comparison(Design reference, List<String> lackingNodes, List<Finding> rulesMissed) {

    public Comparison {
        lackingNodes = List.copyOf(lackingNodes);
        rulesMissed = List.copyOf(rulesMissed);
    }

    /** Compares a design with the scenario's strong reference (grading both); empty when the scenario has none. */
    public static Optional<Comparison> of(Scenario scenario, Design yours, Catalog catalog) {
        return StrongAnswer.of(scenario, catalog)
                .map(a -> a.compare(yours, new Grader(catalog).grade(yours, scenario.rubric())));
    }
}
