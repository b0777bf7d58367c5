package dev.designround.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.bench.GeneratedDesigns;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SimulatorProperties {

    private static final SimulationSettings SMALL = SimulationSettings.defaults().withRequests(500);

    /** Types a request chain is built from: anything but users, people and side effects. */
    private static final List<String> STEPS = List.of("api-gateway", "auth", "rate-limiter", "orchestrator", "llm",
            "small-model", "model-router", "embedding-model", "reranker", "classifier", "retriever", "vector-db",
            "keyword-index", "input-guardrail", "output-guardrail", "pii-redactor", "output-validator", "cache",
            "tool-api", "message-queue", "feature-store", "content-filter");

    @Property(tries = 60)
    void outcomesSumToTheRequestsOnAnyDesign(@ForAll @IntRange(min = 2, max = 80) int nodes,
                                             @ForAll long designSeed, @ForAll long seed,
                                             @ForAll @Size(max = 4) Set<Fault> faults) {
        Design d = GeneratedDesigns.generate(Sims.CATALOG, nodes, designSeed);
        SimulationResult r = Sims.SIMULATOR.run(d, SMALL.withSeed(seed).withFaults(faults));
        assertThat(r.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(500);
        assertThat(Arrays.stream(RequestOutcome.values()).mapToDouble(r::fraction).sum()).isCloseTo(1.0,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.latency().p50Ms()).isLessThanOrEqualTo(r.latency().p95Ms());
        assertThat(r.latency().p95Ms()).isLessThanOrEqualTo(r.latency().p99Ms());
    }

    @Property(tries = 30)
    void theSameSeedGivesTheSameResultOnAnyDesign(@ForAll @IntRange(min = 2, max = 60) int nodes,
                                                  @ForAll long designSeed, @ForAll long seed,
                                                  @ForAll @Size(max = 3) Set<Fault> faults) {
        Design d = GeneratedDesigns.generate(Sims.CATALOG, nodes, designSeed);
        SimulationSettings s = SMALL.withSeed(seed).withFaults(faults);
        assertThat(Sims.SIMULATOR.run(d, s)).isEqualTo(Sims.SIMULATOR.run(d.copy(), s));
    }

    @Property(tries = 80)
    void addingAFallbackNeverRaisesFailedUnderAnOutage(@ForAll("chains") List<String> chain,
                                                       @ForAll @IntRange(min = 0, max = 100) int where,
                                                       @ForAll long seed) {
        Design without = chain(chain);
        Design with = without.copy();
        String from = "n" + (where % chain.size());
        with.addNode(Node.of("fb", "fallback", 0, 0));
        with.addEdge(Edge.of("fb1", from, "fb", EdgeKind.FALLBACK));
        with.addEdge(Edge.flow("fb2", "fb", "u"));
        SimulationSettings s = SMALL.withSeed(seed).withFaults(Fault.PROVIDER_OUTAGE, Fault.TOOL_FAILURE);
        long before = Sims.SIMULATOR.run(without, s).count(RequestOutcome.FAILED);
        long after = Sims.SIMULATOR.run(with, s).count(RequestOutcome.FAILED);
        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Property(tries = 80)
    void addingAGroundingCheckNeverRaisesUnsafeUnderHallucination(@ForAll("chains") List<String> chain,
                                                                   @ForAll @IntRange(min = 0, max = 100) int where,
                                                                   @ForAll long seed) {
        List<String> withModel = new ArrayList<>(chain);
        withModel.add(where % (chain.size() + 1), "llm");
        List<String> checked = new ArrayList<>(withModel);
        checked.add(withModel.lastIndexOf("llm") + 1, "grounding-checker");
        SimulationSettings s = SMALL.withSeed(seed).withFaults(Fault.HALLUCINATION);
        long before = Sims.SIMULATOR.run(chain(withModel), s).count(RequestOutcome.UNSAFE);
        long after = Sims.SIMULATOR.run(chain(checked), s).count(RequestOutcome.UNSAFE);
        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Provide
    Arbitrary<List<String>> chains() {
        return Arbitraries.of(STEPS).list().ofMinSize(1).ofMaxSize(8);
    }

    /** user -> n0 -> n1 -> ... -> user, with node ids by position so variants share ids (and luck). */
    private static Design chain(List<String> types) {
        Design d = new Design();
        d.addNode(Node.of("u", "user", 0, 0));
        String prev = "u";
        int skip = 0;
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            // the inserted grounding checker gets its own id, so every other node keeps its id
            String id = type.equals("grounding-checker") ? "check" : "n" + (i - skip);
            skip += type.equals("grounding-checker") ? 1 : 0;
            d.addNode(Node.of(id, type, 0, 0));
            d.addEdge(Edge.flow("e" + i, prev, id));
            prev = id;
        }
        d.addEdge(Edge.flow("back", prev, "u"));
        return d;
    }
}
