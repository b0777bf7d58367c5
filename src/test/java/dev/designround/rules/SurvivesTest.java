package dev.designround.rules;

import static dev.designround.rules.RuleFixtures.check;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import org.junit.jupiter.api.Test;

class SurvivesTest {

    private final Survives llmOutage = new Survives(Selector.type("llm"), false);

    @Test
    void aSingleModelWithoutFallbackDoesNotSurvive() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        Finding f = check(d, llmOutage);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("With llm down (an outage), no request gets from the user back to the "
                + "user or on to the action it triggers.");
        assertThat(f.nodes()).containsExactly("llm");
    }

    @Test
    void anOutageSurvivedOnlyThroughAFallbackEdgePasses() {
        Design d = design().node("user", "user").node("llm", "llm").node("canned", "fallback")
                .chain("user", "llm", "user").fallback("llm", "canned").flow("canned", "user").build();
        Finding f = check(d, llmOutage);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("With llm down, requests still get through: user → llm → canned → user.");
    }

    @Test
    void aFallbackDrawnFromTheCallerAlsoCounts() {
        Design d = design().node("user", "user").node("orch", "orchestrator").node("llm", "llm")
                .node("canned", "fallback")
                .chain("user", "orch", "llm", "user").fallback("orch", "canned").flow("canned", "user").build();
        assertThat(check(d, llmOutage).passed()).isTrue();
    }

    @Test
    void aFallbackEdgeIsNotTakenWhenNothingFailed() {
        Design d = design().node("user", "user").node("gw", "api-gateway").node("llm", "llm")
                .node("canned", "fallback")
                .chain("user", "gw", "llm", "user").fallback("gw", "canned").flow("canned", "user").build();
        Finding f = check(d, new Survives(Selector.type("cache"), false));
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).startsWith("Nothing on the canvas is a cache to take down");
    }

    @Test
    void aSecondModelBehindARouterSurvivesWhenOnlyOneProviderFails() {
        Design d = design().node("user", "user").node("router", "model-router").node("claude", "llm")
                .node("local", "small-model").chain("user", "router", "claude", "user")
                .chain("router", "local", "user").build();
        Finding f = check(d, llmOutage);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).endsWith("user → router → local → user.");
        assertThat(check(d, new Survives(Selector.capability("generation"), true)).passed()).isFalse();
    }

    @Test
    void aHumanPathKeepsRequestsAnsweredWhenAllModelsAreDown() {
        Design d = design().node("user", "user").node("llm", "llm").node("human", "human-escalation")
                .chain("user", "llm", "user").fallback("llm", "human").flow("human", "user").build();
        assertThat(check(d, new Survives(Selector.capability("generation"), true)).passed()).isTrue();
    }

    @Test
    void twoProvidersBehindARouterSurviveEachOnesOutage() {
        Design d = design().node("user", "user").node("router", "model-router").node("claude", "llm")
                .node("gpt", "llm").chain("user", "router", "claude", "user").chain("router", "gpt", "user").build();
        Finding each = check(d, llmOutage);
        assertThat(each.passed()).isTrue();
        assertThat(each.message()).isEqualTo("With any one of claude and gpt down, requests still get through, e.g. "
                + "user → router → claude → user.");
        assertThat(check(d, new Survives(Selector.type("llm"), true)).passed()).isFalse();
    }

    @Test
    void anUnrelatedPathDoesNotSurviveAnOutageOfAModelRequestsNeed() {
        Design d = design().node("user", "user").node("llm", "llm").node("desk", "human-escalation")
                .chain("user", "llm", "user").chain("user", "desk", "user").build();
        assertThat(check(d, llmOutage).passed()).isFalse();
    }

    @Test
    void aBackupThatOnlyAFallbackEdgeReachesIsNeededByNoRequest() {
        Design d = design().node("user", "user").node("claude", "llm").node("gpt", "llm")
                .chain("user", "claude", "user").fallback("claude", "gpt").flow("gpt", "user").build();
        Finding f = check(d, llmOutage);
        assertThat(f.passed()).as(f.message()).isTrue();
    }

    @Test
    void aParallelBranchAroundTheModelSurvivesButAChoosersOtherBranchDoesNot() {
        Design parallel = design().node("user", "user").node("rr", "reranker").node("llm", "llm")
                .chain("user", "rr", "user").chain("rr", "llm", "user").build();
        assertThat(check(parallel, llmOutage).passed()).isTrue();
        Design chooser = design().node("user", "user").node("cls", "classifier").node("llm", "llm")
                .node("act", "action-api").chain("user", "cls", "act").chain("cls", "llm", "act")
                .flow("act", "user").build();
        assertThat(check(chooser, llmOutage).passed()).isFalse();
    }
}
