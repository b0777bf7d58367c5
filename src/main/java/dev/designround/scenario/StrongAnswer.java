package dev.designround.scenario;

import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.Trait;
import dev.designround.rules.Finding;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A scenario's strong reference, prepared once (copied and graded) so that comparing a candidate's design with it
 * on every edit costs only the comparison. Immutable and safe to share between threads.
 */
public final class StrongAnswer {

    private final Design reference;
    private final Report report;
    private final Catalog catalog;

    private StrongAnswer(Design reference, Report report, Catalog catalog) {
        this.reference = reference;
        this.report = report;
        this.catalog = catalog;
    }

    /** The scenario's strong answer, graded; empty when the scenario has no strong reference. */
    public static Optional<StrongAnswer> of(Scenario scenario, Catalog catalog) {
        return scenario.strongReference()
                .map(d -> new StrongAnswer(d, new Grader(catalog).grade(d, scenario.rubric()), catalog));
    }

    /**
     * What {@code yours} lacks next to the reference, given your design's report against the same rubric (the
     * whiteboard has it already; grading it again would double the work on every edit).
     */
    public Comparison compare(Design yours, Report yourReport) {
        Set<String> yourTypes = yours.nodes().stream().map(Node::type).collect(Collectors.toSet());
        Set<String> yourCapabilities = yours.nodes().stream().flatMap(n -> catalog.capabilitiesOf(n).stream())
                .collect(Collectors.toSet());
        List<String> lacking = new ArrayList<>();
        for (Node n : reference.nodes()) {
            if (yourTypes.contains(n.type())) {
                continue;
            }
            // what the card is there for: its capabilities other than generic plumbing (trait "plumbing")
            Set<String> purpose = catalog.capabilitiesOf(n).stream()
                    .filter(c -> !catalog.traitsOf(c).contains(Trait.PLUMBING)).collect(Collectors.toSet());
            if (purpose.isEmpty() || purpose.stream().noneMatch(yourCapabilities::contains)) {
                lacking.add(n.id());
            }
        }
        Map<String, Finding> mine = yourReport.findings().stream().collect(Collectors.toMap(Finding::rule, f -> f));
        List<Finding> missed = report.findings().stream().filter(Finding::passed)
                .map(f -> mine.get(f.rule())).filter(f -> f != null && f.failed()).toList();
        return new Comparison(reference, lacking, missed);
    }
}
