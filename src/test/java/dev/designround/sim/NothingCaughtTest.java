package dev.designround.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NothingCaughtTest {

    @Test
    void withTheProviderDownEveryRequestFailsFirstAndTheSentenceSaysSoBeforeNowhere() {
        SimulationResult r = Sims.run(Sims.fragile(), Fault.PROVIDER_OUTAGE, Fault.HALLUCINATION);

        assertThat(NothingCaught.applies(r)).isTrue();
        assertThat(NothingCaught.explain(r, Sims.fragile(), Sims.CATALOG)).isEqualTo("Nowhere: every request failed "
                + "before any check could see a fault (most failures at LLM agent; injected: provider-outage, "
                + "hallucination).");
    }

    @Test
    void whenRequestsGetThroughAndNothingCatchesTheirFaultsItSaysJustThat() {
        SimulationResult r = Sims.run(Sims.fragile(), Fault.PROMPT_INJECTION);

        assertThat(NothingCaught.applies(r)).isTrue();
        assertThat(NothingCaught.explain(r, Sims.fragile(), Sims.CATALOG))
                .isEqualTo("Nowhere: no check on the canvas caught a fault in this run.");
    }

    @Test
    void aDesignWithAGroundingCheckCatchesSomethingSoTheSentenceIsNotNeeded() {
        assertThat(NothingCaught.applies(Sims.run(Sims.robust(), Fault.HALLUCINATION))).isFalse();
    }
}
