package dev.designround.rules;

import static dev.designround.rules.RuleFixtures.GROUNDING;
import static dev.designround.rules.RuleFixtures.MODEL;
import static dev.designround.rules.RuleFixtures.REDACTION;
import static dev.designround.rules.RuleFixtures.USER;
import static dev.designround.rules.RuleFixtures.check;
import static dev.designround.rules.RuleFixtures.guards;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import org.junit.jupiter.api.Test;

class GuardsTest {

    private final Guards grounded = guards(MODEL, USER, GROUNDING);

    @Test
    void passesWhenEveryPathFromTheModelToTheUserPassesTheChecker() {
        Design d = design().node("user", "user").node("llm", "llm").node("gc", "grounding-checker")
                .chain("user", "llm", "gc", "user").build();
        Finding f = check(d, grounded);
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("Every path from a generation component to a user passes a grounding "
                + "check component.");
    }

    @Test
    void failsWithTheViolatingPathWhenTheModelAnswersTheUserDirectly() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user")
                .node("gc", "grounding-checker").build();
        Finding f = check(d, grounded);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("llm reaches user without passing a grounding check component: llm → user.");
        assertThat(f.path()).containsExactly("llm", "user");
        assertThat(f.nodes()).containsExactly("llm", "user");
    }

    @Test
    void aGuardDrawnButBypassedByASideEdgeFails() {
        Design d = design().node("user", "user").node("llm", "llm").node("gc", "grounding-checker")
                .node("cache", "cache")
                .chain("user", "llm", "gc", "user")
                .chain("llm", "cache", "user")
                .build();
        Finding f = check(d, grounded);
        assertThat(f.passed()).isFalse();
        assertThat(f.path()).containsExactly("llm", "cache", "user");
    }

    @Test
    void aRedactorAfterTheModelDoesNotProtectWhatTheModelAlreadySaw() {
        Guards redactedBeforeModel = guards(USER, MODEL, REDACTION);
        Design after = design().node("user", "user").node("llm", "llm").node("pii", "pii-redactor")
                .chain("user", "llm", "pii", "user").build();
        Finding f = check(after, redactedBeforeModel);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("user reaches llm without passing a PII redaction component: user → llm.");

        Design before = design().node("user", "user").node("pii", "pii-redactor").node("llm", "llm")
                .chain("user", "pii", "llm", "user").build();
        assertThat(check(before, redactedBeforeModel).passed()).isTrue();
    }

    @Test
    void asyncAndFallbackEdgesDoNotCarryTheModelsOutput() {
        Design d = design().node("user", "user").node("llm", "llm").node("gc", "grounding-checker")
                .node("mon", "monitoring")
                .chain("user", "llm", "gc", "user").async("llm", "mon").fallback("llm", "user").build();
        assertThat(check(d, grounded).passed()).isTrue();
    }

    @Test
    void aToolCallCycleIsHandled() {
        Design d = design().node("user", "user").node("orch", "orchestrator").node("llm", "llm")
                .node("tool", "tool-api").node("gc", "grounding-checker")
                .chain("user", "orch", "llm", "orch").chain("orch", "tool", "orch")
                .chain("orch", "gc", "user").build();
        Finding f = check(d, grounded);
        assertThat(f.passed()).isTrue();
        Design bypass = design().node("user", "user").node("orch", "orchestrator").node("llm", "llm")
                .node("tool", "tool-api").node("gc", "grounding-checker")
                .chain("user", "orch", "llm", "orch").chain("orch", "tool", "orch")
                .chain("orch", "gc", "user").flow("tool", "user").build();
        assertThat(check(bypass, grounded).path()).containsExactly("llm", "orch", "tool", "user");
    }

    @Test
    void twoUserNodesAreBothJudged() {
        Design d = design().node("customer", "user").node("agent", "user").node("llm", "llm")
                .node("gc", "grounding-checker")
                .chain("customer", "llm", "gc", "customer").flow("llm", "agent").build();
        Finding f = check(d, grounded);
        assertThat(f.passed()).isFalse();
        assertThat(f.path()).containsExactly("llm", "agent");
    }

    @Test
    void aCustomComponentWithTheCapabilityCounts() {
        Design d = design().node("user", "user").node("llm", "llm")
                .node("nemo", "output-guardrail", "grounding-check")
                .chain("user", "llm", "nemo", "user").build();
        assertThat(check(d, grounded).passed()).isTrue();
    }

    @Test
    void saysPlainlyWhenNothingMatchesInsteadOfPassing() {
        Design d = design().node("user", "user").node("cache", "cache").chain("user", "cache", "user").build();
        Finding f = check(d, grounded);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("Nothing on the canvas is a generation component, so there is nothing to "
                + "judge: add one and wire it in.");
    }

    @Test
    void failsNamingTheMissingGuardWhenThereIsNone() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        assertThat(check(d, grounded).message()).isEqualTo("llm reaches user without passing a grounding check "
                + "component (there is none on the canvas): llm → user.");
    }
}
