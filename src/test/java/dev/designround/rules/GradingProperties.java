package dev.designround.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.BundledSource;
import dev.designround.catalog.DirectorySource;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.scenario.RuleLibrary;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Grading is a pure function of the design's content: order in the file never matters, nothing ever throws. */
class GradingProperties {

    private static final Rubric EVERY_GLOBAL_RULE = everyGlobalRule();
    private final Grader grader = new Grader(RuleFixtures.CATALOG);

    @Property(tries = 150)
    void checkResultsDoNotDependOnNodeOrEdgeOrder(@ForAll long seed, @ForAll @IntRange(min = 1, max = 25) int size,
                                                  @ForAll long shuffleSeed) {
        Design d = GuardsProperties.randomDesign(seed, size);
        Design shuffled = shuffled(d, new Random(shuffleSeed));
        assertThat(shuffled).isEqualTo(d);
        assertThat(grader.grade(shuffled, EVERY_GLOBAL_RULE)).isEqualTo(grader.grade(d, EVERY_GLOBAL_RULE));
    }

    @Property(tries = 150)
    void everyRuleYieldsOneFindingAndTheScoreIsAShare(@ForAll long seed,
                                                      @ForAll @IntRange(min = 0, max = 25) int size) {
        Design d = size == 0 ? new Design() : GuardsProperties.randomDesign(seed, Math.max(2, size));
        Report r = grader.grade(d, EVERY_GLOBAL_RULE);
        assertThat(r.findings()).hasSameSizeAs(EVERY_GLOBAL_RULE.rules());
        assertThat(r.score()).isBetween(0.0, 100.0);
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
        assertThat(r.findings()).filteredOn(Finding::failed).allSatisfy(f -> assertThat(d.nodes().stream()
                .map(Node::id).toList()).containsAll(f.nodes()).containsAll(f.path()));
    }

    private static Design shuffled(Design d, Random random) {
        List<Node> nodes = new ArrayList<>(d.nodes());
        List<Edge> edges = new ArrayList<>(d.edges());
        Collections.shuffle(nodes, random);
        Collections.shuffle(edges, random);
        Design out = new Design(d.info());
        nodes.forEach(out::addNode);
        edges.forEach(out::addEdge);
        return out;
    }

    /** A rubric of every rule in the global library (built once). */
    static Rubric everyGlobalRuleRubric() {
        return EVERY_GLOBAL_RULE;
    }

    private static Rubric everyGlobalRule() {
        try {
            RuleLibrary rules = ScenarioLibrary.loadRules(RuleFixtures.CATALOG, new BundledSource(),
                    new JsonTreeReader());
            String uses = rules.ids().stream().map(id -> "{\"use\": \"" + id + "\"}")
                    .collect(Collectors.joining(","));
            Path dir = Files.createTempDirectory("rubric");
            Files.writeString(dir.resolve("all.json"), "{\"format\": \"design-round.scenario\", \"version\": 1, "
                    + "\"id\": \"all\", \"title\": \"all\", \"prompt\": \"p\", \"requirements\": "
                    + "{\"latencyBudgetMs\": 3000, \"costBudgetUsd\": 0.02}, \"rubric\": [" + uses + "]}");
            return new ScenarioLoader(RuleFixtures.CATALOG, rules, new JsonTreeReader())
                    .load(new DirectorySource(dir), "all.json").rubric();
        } catch (IOException | InputException e) {
            throw new IllegalStateException(e);
        }
    }
}
