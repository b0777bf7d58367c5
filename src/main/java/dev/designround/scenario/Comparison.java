package dev.designround.scenario;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.rules.Finding;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a candidate's design lacks next to a scenario's strong reference: the reference's components with no
 * counterpart in the candidate's design (no node of the same type, nor one that has what it is there for), and
 * the rules the reference passes that the candidate's design fails. Shown when the candidate asks for the strong
 * answer, to mark on the reference what theirs is missing.
 *
 * @param reference     the strong reference (a copy)
 * @param lackingNodes  ids of reference nodes with no counterpart in the candidate's design, in reference order
 * @param rulesMissed   findings of rules the reference passes and the candidate's design fails, in rubric order
 */
public record Comparison(Design reference, List<String> lackingNodes, List<Finding> rulesMissed) {

    /** Capabilities that say what a component is there for; generic plumbing (storage, queueing) does not count. */
    private static final Set<String> PLUMBING = Set.of("document-storage", "queueing", "event-streaming", "memory",
            "load-balancing", "notification");

    public Comparison {
        lackingNodes = List.copyOf(lackingNodes);
        rulesMissed = List.copyOf(rulesMissed);
    }

    /** Compares a design with the scenario's strong reference; empty when the scenario has none. */
    public static java.util.Optional<Comparison> of(Scenario scenario, Design yours, Catalog catalog) {
        return scenario.strongReference().map(reference -> compare(scenario, reference, yours, catalog));
    }

    private static Comparison compare(Scenario scenario, Design reference, Design yours, Catalog catalog) {
        Set<String> yourTypes = yours.nodes().stream().map(Node::type).collect(Collectors.toSet());
        Set<String> yourCapabilities = yours.nodes().stream().flatMap(n -> catalog.capabilitiesOf(n).stream())
                .collect(Collectors.toSet());
        List<String> lacking = new ArrayList<>();
        for (Node n : reference.nodes()) {
            if (yourTypes.contains(n.type())) {
                continue;
            }
            Set<String> purpose = catalog.capabilitiesOf(n).stream().filter(c -> !PLUMBING.contains(c))
                    .collect(Collectors.toSet());
            boolean covered = !purpose.isEmpty() && purpose.stream().anyMatch(yourCapabilities::contains);
            if (!covered) {
                lacking.add(n.id());
            }
        }
        Grader grader = new Grader(catalog);
        Report theirs = grader.grade(reference, scenario.rubric());
        Report mine = grader.grade(yours, scenario.rubric());
        Map<String, Finding> mineById = mine.findings().stream()
                .collect(Collectors.toMap(Finding::rule, f -> f));
        List<Finding> missed = theirs.findings().stream().filter(Finding::passed)
                .map(f -> mineById.get(f.rule())).filter(f -> f != null && f.failed()).toList();
        return new Comparison(reference, lacking, missed);
    }
}
