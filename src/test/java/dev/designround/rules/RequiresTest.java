package dev.designround.rules;

import static dev.designround.rules.RuleFixtures.GROUNDING;
import static dev.designround.rules.RuleFixtures.check;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import org.junit.jupiter.api.Test;

class RequiresTest {

    @Test
    void passesWhenAMatchingNodeIsWiredIn() {
        Design d = design().node("user", "user").node("llm", "llm").node("gc", "grounding-checker")
                .chain("user", "llm", "gc", "user").build();
        Finding f = check(d, new Requires(GROUNDING, 1));
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).isEqualTo("A grounding check component: gc is wired in.");
        assertThat(f.nodes()).containsExactly("gc");
    }

    @Test
    void aCheckerOnTheCanvasButUnconnectedCountsForNothingAndSaysSo() {
        Design d = design().node("user", "user").node("llm", "llm").node("gc", "grounding-checker")
                .chain("user", "llm", "user").build();
        Finding f = check(d, new Requires(GROUNDING, 1));
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("gc is on the canvas but unconnected, so it counts for nothing: wire it "
                + "into the request path.");
        assertThat(f.nodes()).containsExactly("gc");
    }

    @Test
    void aCheckerWiredOnlyToAnotherLooseNodeIsStillUnconnected() {
        Design d = design().node("user", "user").node("llm", "llm").node("gc", "grounding-checker")
                .node("mon", "monitoring").chain("user", "llm", "user").async("gc", "mon").build();
        assertThat(check(d, new Requires(GROUNDING, 1)).passed()).isFalse();
    }

    @Test
    void storesFeedingTheRequestPathAreWiredIn() {
        Design d = design().node("user", "user").node("docs", "document-store").node("ingest", "ingestion-pipeline")
                .node("vdb", "vector-db").node("ret", "retriever").node("llm", "llm")
                .chain("docs", "ingest", "vdb", "ret").chain("user", "ret", "llm", "user").build();
        assertThat(check(d, new Requires(Selector.type("document-store"), 1)).passed()).isTrue();
    }

    @Test
    void failsWhenThereIsNone() {
        Design d = design().node("user", "user").node("llm", "llm").chain("user", "llm", "user").build();
        assertThat(check(d, new Requires(GROUNDING, 1)).message()).isEqualTo("Nothing on the canvas is a grounding check component.");
    }

    @Test
    void countsAgainstTheMinimum() {
        Design d = design().node("user", "user").node("a", "llm").node("b", "llm").chain("user", "a", "user")
                .build();
        Finding f = check(d, new Requires(Selector.type("llm"), 2));
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("b is on the canvas but unconnected, so it counts for nothing (needs 2, "
                + "found 1 wired in): wire it into the request path.");
    }
}
