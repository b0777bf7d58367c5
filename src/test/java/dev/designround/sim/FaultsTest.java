package dev.designround.sim;

import static dev.designround.sim.Sims.quiet;
import static dev.designround.sim.Sims.run;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.designround.testing.DesignBuilder;
import org.junit.jupiter.api.Test;

/** What each injected fault does, and what each kind of component does about it, on small graphs. */
class FaultsTest {

    /** A user and a model that never errors (but hallucinates at its own rate); tests wire the rest. */
    private static DesignBuilder aroundModel() {
        return design().node("u", "user").node("llm", "llm").errorRate("llm", 0);
    }

    // ---- provider outage -------------------------------------------------------------------------------------

    @Test
    void anOutageFailsEveryModelOfThePrimaryProvider() {
        SimulationResult r = run(aroundModel().chain("u", "llm", "u").build(), Fault.PROVIDER_OUTAGE);
        assertThat(r.fraction(RequestOutcome.FAILED)).isEqualTo(1.0);
        assertThat(r.nodes().get("llm").failureRate()).isEqualTo(1.0);
        assertThat(r.notes()).contains("provider-outage: provider \"default\" is down (llm); a model with another "
                + "\"provider\" prop stays up");
    }

    @Test
    void aFallbackModelOnAnotherProviderAnswersDuringAnOutage() {
        DesignBuilder b = aroundModel().prop("llm", "provider", "anthropic")
                .node("backup", "llm").errorRate("backup", 0).prop("backup", "provider", "openai");
        SimulationResult r = run(b.chain("u", "llm", "u").fallback("llm", "backup").flow("backup", "u").build(),
                Fault.PROVIDER_OUTAGE);
        assertThat(r.fraction(RequestOutcome.FALLBACK) + r.fraction(RequestOutcome.UNSAFE)).isEqualTo(1.0);
        assertThat(r.visitsPerRequest("backup")).isEqualTo(1.0);
    }

    @Test
    void aFallbackModelOnTheSameProviderGoesDownWithIt() {
        DesignBuilder b = aroundModel().node("backup", "llm").errorRate("backup", 0);
        SimulationResult r = run(b.chain("u", "llm", "u").fallback("llm", "backup").flow("backup", "u").build(),
                Fault.PROVIDER_OUTAGE);
        assertThat(r.fraction(RequestOutcome.FAILED)).isEqualTo(1.0);
    }

    @Test
    void aRouterFailsOverToItsOtherModelAndThatCountsAsFallback() {
        DesignBuilder b = design().node("u", "user").node("router", "model-router").errorRate("router", 0)
                .node("big", "llm").errorRate("big", 0)
                .node("small", "small-model").errorRate("small", 0).prop("small", "provider", "self-hosted")
                .prop("small", "timeoutMs", "100000");
        SimulationResult r = run(b.chain("u", "router", "big", "u").chain("router", "small", "u").build(),
                Fault.PROVIDER_OUTAGE);
        assertThat(r.fraction(RequestOutcome.FAILED)).isZero();
        assertThat(r.fraction(RequestOutcome.FALLBACK)).isCloseTo(0.5 * 0.92, within(0.02)); // minus hallucinations
        assertThat(r.visitsPerRequest("small")).isEqualTo(1.0);
    }

    // ---- hallucination ---------------------------------------------------------------------------------------

    @Test
    void hallucinationsReachTheUserWithNothingInTheWay() {
        SimulationResult r = run(aroundModel().chain("u", "llm", "u").build(), Fault.HALLUCINATION);
        // llm's own 5% and the injected 30%: 1 - 0.95 * 0.70
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.335, within(0.015));
        assertThat(r.notes()).contains("hallucination: nothing checks model answers before they reach users or "
                + "actions");
    }

    @Test
    void aGroundingCheckWithNowhereToSendWhatItCatchesRefusesIt() {
        DesignBuilder b = aroundModel().node("g", "grounding-checker").errorRate("g", 0);
        SimulationResult r = run(b.chain("u", "llm", "g", "u").build(), Fault.HALLUCINATION);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.335 * 0.1, within(0.006));
        assertThat(r.fraction(RequestOutcome.FAILED)).isCloseTo(0.335 * 0.9, within(0.015));
        assertThat(r.nodes().get("g").caught(Fault.HALLUCINATION)).isEqualTo(r.count(RequestOutcome.FAILED));
        assertThat(r.notes()).contains("hallucination: model answers are checked at g");
    }

    @Test
    void aCaughtFaultGoesToAPersonWhenThereIsAWayThere() {
        DesignBuilder b = aroundModel().node("g", "grounding-checker").errorRate("g", 0)
                .node("scorer", "confidence-scorer").errorRate("scorer", 0)
                .node("human", "human-escalation").errorRate("human", 0);
        SimulationResult r = run(b.chain("u", "llm", "g", "scorer", "u").chain("scorer", "human", "u").build(),
                Fault.HALLUCINATION);
        assertThat(r.fraction(RequestOutcome.FAILED)).isZero();
        // caught by the grounding check (90%) or flagged by the scorer: all escalated
        assertThat(r.fraction(RequestOutcome.ESCALATED)).isGreaterThan(0.335 * 0.9);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isLessThan(0.02);
    }

    @Test
    void aConfidenceScorerEscalatesItsShareAndMoreOfTheWrongAnswers() {
        DesignBuilder b = aroundModel().node("scorer", "confidence-scorer").errorRate("scorer", 0)
                .node("human", "human-escalation").errorRate("human", 0);
        SimulationResult r = run(b.chain("u", "llm", "scorer", "u").chain("scorer", "human", "u").build(),
                Fault.HALLUCINATION);
        // clean: 15%; wrong: 0.15 + 0.85 * 0.6 = 66%
        double expected = 0.665 * 0.15 + 0.335 * 0.66;
        assertThat(r.fraction(RequestOutcome.ESCALATED)).isCloseTo(expected, within(0.02));
        // wrong answers the scorer let through; the person fixes everything the scorer flagged
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.335 * 0.34, within(0.015));
    }

    @Test
    void aConfidenceScorerWithoutAPersonRefusesWhatItFlags() {
        DesignBuilder b = aroundModel().node("scorer", "confidence-scorer").errorRate("scorer", 0);
        SimulationResult r = run(b.chain("u", "llm", "scorer", "u").build());
        assertThat(r.fraction(RequestOutcome.FAILED)).isCloseTo(0.15 + 0.05 * 0.51, within(0.015));
    }

    @Test
    void aPolicyEngineBlocksWrongActions() {
        DesignBuilder bare = aroundModel().node("refund", "action-api").errorRate("refund", 0);
        DesignBuilder guarded = aroundModel().node("policy", "policy-engine").errorRate("policy", 0)
                .node("refund", "action-api").errorRate("refund", 0);
        SimulationResult without = run(bare.chain("u", "llm", "refund").build(), Fault.HALLUCINATION);
        SimulationResult with = run(guarded.chain("u", "llm", "policy", "refund").build(), Fault.HALLUCINATION);
        assertThat(without.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.335, within(0.015));
        assertThat(with.fraction(RequestOutcome.UNSAFE)).isZero();
        assertThat(with.nodes().get("policy").caught(Fault.HALLUCINATION)).isEqualTo(with.count(RequestOutcome.FAILED));
    }

    @Test
    void anApprovalGateFixesWhatItSpotsAndEscalates() {
        DesignBuilder b = aroundModel().node("approve", "approval-gate").errorRate("approve", 0)
                .node("refund", "action-api").errorRate("refund", 0);
        SimulationResult r = run(b.chain("u", "llm", "approve", "refund").build(), Fault.HALLUCINATION);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.335 * 0.05, within(0.005));
        assertThat(r.fraction(RequestOutcome.ESCALATED)).isCloseTo(1 - 0.335 * 0.05, within(0.005));
    }

    // ---- prompt injection ------------------------------------------------------------------------------------

    @Test
    void anInjectionAModelFollowsIsUnsafe() {
        DesignBuilder b = aroundModel().prop("llm", "hallucinationRate", "0");
        SimulationResult r = run(b.chain("u", "llm", "u").build(), Fault.PROMPT_INJECTION);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.20, within(0.012));
    }

    @Test
    void anInjectionNoModelReadsIsHarmless() {
        DesignBuilder b = design().node("u", "user");
        quiet(b, "lookup", 20);
        SimulationResult r = run(b.chain("u", "lookup", "u").build(), Fault.PROMPT_INJECTION);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isZero();
    }

    @Test
    void anInputGuardrailBeforeTheModelCatchesInjections() {
        DesignBuilder b = aroundModel().prop("llm", "hallucinationRate", "0")
                .node("guard", "input-guardrail").errorRate("guard", 0);
        SimulationResult r = run(b.chain("u", "guard", "llm", "u").build(), Fault.PROMPT_INJECTION);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.20 * 0.15, within(0.006));
        assertThat(r.nodes().get("guard").caught(Fault.PROMPT_INJECTION)).isEqualTo(r.count(RequestOutcome.FAILED));
        assertThat(r.notes()).contains("prompt-injection: injections can be caught at guard");
    }

    @Test
    void anOutputGuardrailCatchesHijackedOutputOnlyAfterTheModel() {
        DesignBuilder before = aroundModel().prop("llm", "hallucinationRate", "0")
                .node("out", "output-guardrail").errorRate("out", 0);
        DesignBuilder after = aroundModel().prop("llm", "hallucinationRate", "0")
                .node("out", "output-guardrail").errorRate("out", 0);
        SimulationResult wrongPlace = run(before.chain("u", "out", "llm", "u").build(), Fault.PROMPT_INJECTION);
        SimulationResult rightPlace = run(after.chain("u", "llm", "out", "u").build(), Fault.PROMPT_INJECTION);
        assertThat(wrongPlace.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.20, within(0.012));
        assertThat(rightPlace.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.20 * 0.2, within(0.006));
    }

    // ---- sensitive data --------------------------------------------------------------------------------------

    @Test
    void aRedactorBeforeTheModelKeepsPersonalDataFromIt() {
        DesignBuilder b = aroundModel().prop("llm", "hallucinationRate", "0")
                .node("redact", "pii-redactor").errorRate("redact", 0);
        SimulationResult r = run(b.chain("u", "redact", "llm", "u").build(), Fault.SENSITIVE_DATA);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.30 * 0.05, within(0.005));
        assertThat(r.fraction(RequestOutcome.ANSWERED)).isCloseTo(1 - 0.30 * 0.05, within(0.005));
    }

    @Test
    void aRedactorAfterTheModelProtectsNothing() {
        DesignBuilder b = aroundModel().prop("llm", "hallucinationRate", "0")
                .node("redact", "pii-redactor").errorRate("redact", 0);
        SimulationResult r = run(b.chain("u", "llm", "redact", "u").build(), Fault.SENSITIVE_DATA);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.30, within(0.015));
        assertThat(r.nodes().get("redact").totalCaught()).isZero();
    }

    // ---- stale index -----------------------------------------------------------------------------------------

    private static DesignBuilder rag() {
        return aroundModel().prop("llm", "hallucinationRate", "0")
                .node("retriever", "retriever").errorRate("retriever", 0)
                .node("index", "vector-db").node("ingest", "ingestion-pipeline")
                .chain("u", "retriever", "llm", "u").chain("ingest", "index", "retriever");
    }

    @Test
    void anIndexWithoutChangeCaptureGoesStale() {
        SimulationResult r = run(rag().build(), Fault.STALE_INDEX);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isCloseTo(0.30, within(0.015));
        assertThat(r.notes()).contains("stale-index: no change capture keeps retriever, index fresh");
    }

    @Test
    void changeCaptureFeedingTheIndexKeepsItFresh() {
        SimulationResult r = run(rag().node("cdc", "change-feed").flow("cdc", "ingest").build(), Fault.STALE_INDEX);
        assertThat(r.fraction(RequestOutcome.UNSAFE)).isZero();
        assertThat(r.notes()).contains("stale-index: every index is kept fresh by change capture");
    }

    // ---- tool failure ----------------------------------------------------------------------------------------

    @Test
    void toolFailureFailsToolCallsUnlessTheCallerHasAFallback() {
        DesignBuilder bare = design().node("u", "user").node("tool", "tool-api").errorRate("tool", 0);
        quiet(bare, "orch", 10);
        DesignBuilder withFallback = design().node("u", "user").node("tool", "tool-api").errorRate("tool", 0)
                .node("sorry", "fallback").errorRate("sorry", 0);
        quiet(withFallback, "orch", 10);
        SimulationResult r = run(bare.chain("u", "orch", "tool", "orch", "u").build(), Fault.TOOL_FAILURE);
        SimulationResult f = run(withFallback.chain("u", "orch", "tool", "orch", "u").fallback("orch", "sorry")
                .flow("sorry", "u").build(), Fault.TOOL_FAILURE);
        assertThat(r.fraction(RequestOutcome.FAILED)).isCloseTo(0.5, within(0.015));
        assertThat(f.fraction(RequestOutcome.FAILED)).isZero();
        assertThat(f.fraction(RequestOutcome.FALLBACK)).isCloseTo(0.5, within(0.015));
    }

    // ---- traffic spike ---------------------------------------------------------------------------------------

    @Test
    void aSpikeOverloadsModelsNoRateLimiterProtects() {
        SimulationResult r = run(aroundModel().chain("u", "llm", "u").build(), Fault.TRAFFIC_SPIKE);
        assertThat(r.fraction(RequestOutcome.FAILED)).isCloseTo(0.8, within(0.015));
        assertThat(r.notes()).contains("traffic-spike: no rate limiter: calls to models and APIs over quota fail");
    }

    @Test
    void aRateLimiterShedsAShareAndKeepsTheSurgeOffTheModel() {
        DesignBuilder b = aroundModel().node("limit", "rate-limiter").errorRate("limit", 0);
        SimulationResult r = run(b.chain("u", "limit", "llm", "u").build(), Fault.TRAFFIC_SPIKE);
        assertThat(r.fraction(RequestOutcome.FAILED)).isCloseTo(0.05, within(0.01));
        assertThat(r.nodes().get("limit").failures()).isEqualTo(r.count(RequestOutcome.FAILED));
    }

    @Test
    void aQueueTurnsOverloadIntoWaiting() {
        DesignBuilder b = aroundModel().node("queue", "message-queue").errorRate("queue", 0)
                .prop("llm", "timeoutMs", "1000000");
        SimulationResult calm = run(b.chain("u", "queue", "llm", "u").build());
        SimulationResult spike = run(b.build(), Fault.TRAFFIC_SPIKE);
        assertThat(spike.fraction(RequestOutcome.FAILED)).isZero();
        assertThat(spike.latency().p50Ms()).isGreaterThan(3 * calm.latency().p50Ms());
    }
}
