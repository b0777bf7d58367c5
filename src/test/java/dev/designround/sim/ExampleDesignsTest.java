package dev.designround.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The two customer-support designs in examples/: the fragile one (a model answering from a nightly-built index,
 * calling the refund API directly) and the robust one (guardrails, redaction, fresh hybrid retrieval, a backup
 * provider, grounding and confidence checks with escalation, a policy engine before refunds) must end clearly
 * differently under every fault.
 */
class ExampleDesignsTest {

    private static final Design FRAGILE = Sims.fragile();
    private static final Design ROBUST = Sims.robust();

    @ParameterizedTest
    @EnumSource(Fault.class)
    void theRobustDesignFailsAndHarmsFarLessUnderEveryFault(Fault fault) {
        SimulationResult fragile = Sims.run(FRAGILE, fault);
        SimulationResult robust = Sims.run(ROBUST, fault);
        double fragileBad = fragile.fraction(RequestOutcome.FAILED) + fragile.fraction(RequestOutcome.UNSAFE);
        double robustBad = robust.fraction(RequestOutcome.FAILED) + robust.fraction(RequestOutcome.UNSAFE);
        assertThat(fragileBad).as(fault.id() + ": fragile failed + unsafe").isGreaterThan(0.25);
        assertThat(robustBad).as(fault.id() + ": robust failed + unsafe").isLessThan(0.07);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"HALLUCINATION", "PROMPT_INJECTION", "SENSITIVE_DATA", "STALE_INDEX"})
    void qualityFaultsReachUsersOfTheFragileDesignAndAlmostNeverOfTheRobustOne(Fault fault) {
        assertThat(Sims.run(FRAGILE, fault).fraction(RequestOutcome.UNSAFE)).as(fault.id()).isGreaterThan(0.18);
        assertThat(Sims.run(ROBUST, fault).fraction(RequestOutcome.UNSAFE)).as(fault.id()).isLessThan(0.015);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"PROVIDER_OUTAGE", "TOOL_FAILURE", "TRAFFIC_SPIKE"})
    void infrastructureFaultsFailTheFragileDesignWhileTheRobustOneDegrades(Fault fault) {
        assertThat(Sims.run(FRAGILE, fault).fraction(RequestOutcome.FAILED)).as(fault.id()).isGreaterThan(0.25);
        assertThat(Sims.run(ROBUST, fault).fraction(RequestOutcome.FAILED)).as(fault.id()).isLessThan(0.07);
    }

    @Test
    void anOutageSendsTheRobustDesignToItsBackupProvider() {
        SimulationResult r = Sims.run(ROBUST, Fault.PROVIDER_OUTAGE);
        assertThat(r.fraction(RequestOutcome.FALLBACK)).isGreaterThan(0.4);
        assertThat(r.nodes().get("backup").visits()).isPositive();
        assertThat(r.nodes().get("llm").failureRate()).isEqualTo(1.0);
    }

    @Test
    void robustnessCostsMoneyAndTailLatency() {
        SimulationResult fragile = Sims.run(FRAGILE);
        SimulationResult robust = Sims.run(ROBUST);
        assertThat(robust.costPerRequestUsd()).as("people cost more than tokens")
                .isGreaterThan(10 * fragile.costPerRequestUsd());
        assertThat(robust.latency().p99Ms()).as("escalations wait for a person").isGreaterThan(60_000);
        assertThat(robust.fraction(RequestOutcome.ANSWERED)).as("most requests still need no person").isGreaterThan(0.8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fragile", "robust"})
    void examplesFlowLeftToRightWithoutOverlappingCards(String name) {
        List<Node> nodes = List.copyOf(Sims.example(name).nodes());
        dev.designround.testing.Cards.assertNoneOverlap(nodes);
        Node user = nodes.stream().filter(n -> n.type().equals("user")).findFirst().orElseThrow();
        assertThat(nodes).allMatch(n -> n.x() >= user.x(), "the user is leftmost");
    }
}
