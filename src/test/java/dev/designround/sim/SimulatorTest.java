package dev.designround.sim;

import static dev.designround.sim.Sims.exact;
import static dev.designround.sim.Sims.quiet;
import static dev.designround.sim.Sims.run;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.designround.model.Design;
import dev.designround.testing.DesignBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    @Test
    void outcomeFractionsSumToOne() {
        SimulationResult r = run(Sims.robust(), Fault.values());
        double sum = Arrays.stream(RequestOutcome.values()).mapToDouble(r::fraction).sum();
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        assertThat(r.outcomes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
    }

    @Test
    void sameSeedGivesAnEqualResult() {
        SimulationSettings settings = SimulationSettings.defaults().withSeed(42).withFaults(Fault.HALLUCINATION);
        assertThat(Sims.SIMULATOR.run(Sims.robust(), settings)).isEqualTo(Sims.SIMULATOR.run(Sims.robust(), settings));
    }

    @Test
    void anotherSeedDrawsAnotherSample() {
        SimulationSettings settings = SimulationSettings.defaults().withFaults(Fault.HALLUCINATION);
        SimulationResult one = Sims.SIMULATOR.run(Sims.fragile(), settings.withSeed(1));
        SimulationResult two = Sims.SIMULATOR.run(Sims.fragile(), settings.withSeed(2));
        assertThat(one.outcomes()).isNotEqualTo(two.outcomes());
        assertThat(one.fraction(RequestOutcome.UNSAFE)).isCloseTo(two.fraction(RequestOutcome.UNSAFE), within(0.02));
    }

    @Test
    void aChainTakesTheSumOfItsLatencies() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 100);
        quiet(b, "b", 250);
        SimulationResult r = exact(b.chain("u", "a", "b", "u").build());
        assertThat(r.latency().p50Ms()).isEqualTo(350);
        assertThat(r.latency().p99Ms()).isEqualTo(350);
        assertThat(r.fraction(RequestOutcome.ANSWERED)).isEqualTo(1.0);
    }

    @Test
    void parallelBranchesTakeTheSlowestThenRejoin() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "fan", 10);
        quiet(b, "fast", 100);
        quiet(b, "slow", 300);
        quiet(b, "join", 5);
        Design d = b.chain("u", "fan", "fast", "join", "u").chain("fan", "slow", "join").build();
        SimulationResult r = exact(d);
        assertThat(r.latency().p50Ms()).isEqualTo(315);
        assertThat(r.visitsPerRequest("fast")).isEqualTo(1.0);
        assertThat(r.visitsPerRequest("slow")).isEqualTo(1.0);
        assertThat(r.visitsPerRequest("join")).isEqualTo(1.0);
    }

    @Test
    void branchesThatNeverMeetAreAlternativesTakenEvenly() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "agent", 10);
        b.node("refund", "action-api").errorRate("refund", 0);
        SimulationResult r = run(b.chain("u", "agent", "u").flow("agent", "refund").build());
        assertThat(r.visitsPerRequest("refund")).isCloseTo(0.5, within(0.02));
        assertThat(r.fraction(RequestOutcome.ANSWERED)).isEqualTo(1.0);
    }

    @Test
    void asyncEdgesAddNoLatencyButCountLoadAndCost() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 100).cost("a", 0.01);
        b.node("audit", "audit-log").latency("audit", 5_000).cost("audit", 0.002);
        SimulationResult r = exact(b.chain("u", "a", "u").async("a", "audit").build());
        assertThat(r.latency().p99Ms()).isEqualTo(100);
        assertThat(r.visitsPerRequest("audit")).isEqualTo(1.0);
        assertThat(r.costPerRequestUsd()).isCloseTo(0.012, within(1e-12));
    }

    @Test
    void aToolCallAndItsResultAreOneCallNotALoop() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "orch", 10);
        quiet(b, "tool", 200);
        SimulationResult r = exact(b.chain("u", "orch", "tool", "orch", "u").build());
        assertThat(r.latency().p50Ms()).isEqualTo(210);
        assertThat(r.visitsPerRequest("tool")).isEqualTo(1.0);
        assertThat(r.visitsPerRequest("orch")).isEqualTo(1.0);
        assertThat(r.fraction(RequestOutcome.ANSWERED)).isEqualTo(1.0);
    }

    @Test
    void latencyIsLognormalAroundTheP50WithATail() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 1_000);
        SimulationResult r = Sims.SIMULATOR.run(b.chain("u", "a", "u").build(),
                SimulationSettings.defaults().withRequests(50_000));
        assertThat(r.latency().p50Ms()).isCloseTo(1_000, within(30.0));
        // sigma 0.5: p99 = p50 * exp(2.326 * 0.5) = 3.20 * p50
        assertThat(r.latency().p99Ms()).isCloseTo(3_200, within(150.0));
        assertThat(r.latency().histogram().buckets()).hasSizeGreaterThan(4);
    }

    @Test
    void theSlowTailBeyondATimeoutFails() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 1_000).prop("a", "timeoutMs", "1500");
        SimulationResult r = run(b.chain("u", "a", "u").build());
        // P(exp(0.5 Z) > 1.5) = P(Z > 0.811) = 0.209
        assertThat(r.fraction(RequestOutcome.FAILED)).isCloseTo(0.209, within(0.015));
        assertThat(r.latency().p99Ms()).isEqualTo(1_500);
    }

    @Test
    void aPersonAddsTheirLatencyAndMakesTheRequestEscalated() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 100);
        b.node("human", "human-escalation").errorRate("human", 0);
        SimulationResult r = exact(b.chain("u", "a", "human", "u").build());
        assertThat(r.fraction(RequestOutcome.ESCALATED)).isEqualTo(1.0);
        assertThat(r.latency().p50Ms()).isEqualTo(300_100);
    }

    @Test
    void aCacheAnswersItsHitRateDownTheBranchNearestTheUserAndSkipsTheRestsCost() {
        DesignBuilder b = design().node("u", "user").node("cache", "cache").errorRate("cache", 0).cost("cache", 0);
        quiet(b, "model", 1_000).cost("model", 0.01);
        SimulationResult r = run(b.chain("u", "cache", "u").chain("cache", "model", "u").build());
        assertThat(r.visitsPerRequest("model")).isCloseTo(0.7, within(0.015));
        assertThat(r.costPerRequestUsd()).isCloseTo(0.007, within(0.00015));
        assertThat(r.latency().p50Ms()).isLessThan(1_000);
    }

    @Test
    void aDesignWithoutAUserFailsEveryRequestAndSaysWhy() {
        DesignBuilder b = design();
        quiet(b, "a", 100);
        SimulationResult r = run(b.build());
        assertThat(r.fraction(RequestOutcome.FAILED)).isEqualTo(1.0);
        assertThat(r.notes()).contains("no user node: requests start and end at a user node, so every request failed");
    }

    @Test
    void aRouteThatLeadsNowhereFails() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 100);
        SimulationResult r = run(b.chain("u", "a").build());
        assertThat(r.fraction(RequestOutcome.FAILED)).isEqualTo(1.0);
    }

    @Test
    void fallbacksThatFailIntoEachOtherEndInsteadOfLoopingForever() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "a", 10).errorRate("a", 1);
        quiet(b, "b", 10).errorRate("b", 1);
        SimulationResult r = run(b.chain("u", "a", "u").fallback("a", "b").fallback("b", "a").flow("b", "u").build());
        assertThat(r.fraction(RequestOutcome.FAILED)).isEqualTo(1.0);
        assertThat(r.visitsPerRequest("a")).isLessThanOrEqualTo(RequestWalker.MAX_CALLS_PER_NODE);
    }

    @Test
    void requestsStartEvenlyAtEveryUserNode() {
        DesignBuilder b = design().node("web", "user").node("app", "user");
        quiet(b, "a", 10);
        quiet(b, "b", 10);
        SimulationResult r = run(b.chain("web", "a", "web").chain("app", "b", "app").build());
        assertThat(r.visitsPerRequest("a")).isEqualTo(0.5);
        assertThat(r.visitsPerRequest("b")).isEqualTo(0.5);
        assertThat(r.notes()).contains("requests are split evenly over 2 user nodes: web, app");
    }

    @Test
    void perNodeStatisticsAreKeyedByNodeIdInDesignOrder() {
        SimulationResult r = run(Sims.robust(), Fault.HALLUCINATION);
        assertThat(r.nodes().keySet()).startsWith("user", "gateway", "limiter", "guard");
        assertThat(r.nodes().get("grounding").caught(Fault.HALLUCINATION)).isPositive();
        assertThat(r.nodes().get("docs").visits()).isZero();
    }

    @Test
    void aHugeDesignWithDeeplyNestedBranchingDoesNotOverflowTheStack() {
        // 3,000 routers in a row, each choosing between two models that meet at the next router: every router
        // walks the rest of the request inside its own call
        DesignBuilder b = design().node("u", "user");
        String prev = "u";
        for (int i = 0; i < 3_000; i++) {
            b.node("r" + i, "model-router").errorRate("r" + i, 0).latency("r" + i, 0);
            quiet(b, "a" + i, 1);
            quiet(b, "b" + i, 1);
            b.flow(prev, "r" + i).flow("r" + i, "a" + i).flow("r" + i, "b" + i);
            if (i > 0) {
                b.flow("a" + (i - 1), "r" + i);
            }
            prev = "b" + i;
        }
        Design d = b.flow("a2999", "u").flow("b2999", "u").build();
        SimulationResult r = Sims.SIMULATOR.run(d, SimulationSettings.defaults().withRequests(20));
        assertThat(r.fraction(RequestOutcome.ANSWERED)).isEqualTo(1.0);
        assertThat(r.visitsPerRequest("r2999")).isEqualTo(1.0);
    }
}
