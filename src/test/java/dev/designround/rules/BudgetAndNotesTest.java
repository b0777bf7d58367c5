package dev.designround.rules;

import static dev.designround.rules.RuleFixtures.check;
import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetAndNotesTest {

    private static Budget latency(double max) {
        return new Budget(Budget.Metric.LATENCY, max, "latencyBudgetMs",
                Optional.of(Selector.capability("human-review")));
    }

    @Test
    void aChainsLatencyIsTheSumAndParallelBranchesTheMax() {
        Design d = design().node("user", "user").node("a", "cache").node("b", "cache").node("c", "cache")
                .node("d", "cache").latency("a", 100).latency("b", 200).latency("c", 50).latency("d", 10)
                .chain("user", "a", "b", "d", "user").chain("a", "c", "d").build();
        Finding within = check(d, latency(310));
        assertThat(within.passed()).isTrue();
        assertThat(within.message()).isEqualTo("The slowest request path takes 310 ms, within the budget of 310 ms: "
                + "user → a → b → d → user.");
        Finding over = check(d, latency(300));
        assertThat(over.passed()).isFalse();
        assertThat(over.message()).isEqualTo("The slowest request path takes 310 ms, over the budget of 300 ms: "
                + "user → a → b → d → user.");
        assertThat(over.path()).containsExactly("user", "a", "b", "d", "user");
        assertThat(over.nodes()).containsExactly("b", "a");
    }

    @Test
    void aComponentPaysForTheSlowestStoreItReads() {
        Design d = design().node("user", "user").node("ret", "retriever").node("vdb", "vector-db")
                .node("bm25", "keyword-index").node("ingest", "ingestion-pipeline").node("llm", "llm")
                .latency("ret", 10).latency("vdb", 40).latency("bm25", 15).latency("ingest", 5000).latency("llm", 1000)
                .chain("ingest", "vdb", "ret").chain("ingest", "bm25", "ret").chain("user", "ret", "llm", "user")
                .build();
        Finding f = check(d, latency(5000));
        assertThat(f.message()).isEqualTo("The slowest request path takes 1,050 ms, within the budget of 5,000 ms: "
                + "user → ret → llm → user.");
    }

    @Test
    void aToolLoopCountsEachNodeOnce() {
        Design d = design().node("user", "user").node("orch", "orchestrator").node("tool", "tool-api")
                .latency("orch", 20).latency("tool", 300)
                .chain("user", "orch", "tool", "orch", "user").build();
        Finding f = check(d, latency(320));
        assertThat(f.passed()).isTrue();
        assertThat(f.message()).startsWith("The slowest request path takes 320 ms");
    }

    @Test
    void humansAreLeftOffTheLatencyPathWhenExcluded() {
        Design d = design().node("user", "user").node("llm", "llm").node("human", "human-escalation")
                .latency("llm", 1000).chain("user", "llm", "user").chain("llm", "human", "user").build();
        assertThat(check(d, latency(1500)).passed()).isTrue();
        Budget counted = new Budget(Budget.Metric.LATENCY, 1500, "x", Optional.empty());
        assertThat(check(d, counted).passed()).isFalse();
    }

    @Test
    void costIsThePriciestPath() {
        Design d = design().node("user", "user").node("big", "llm").node("small", "small-model")
                .node("router", "model-router").cost("big", 0.03).cost("small", 0.001).cost("router", 0)
                .chain("user", "router", "big", "user").chain("router", "small", "user").build();
        Finding f = check(d, new Budget(Budget.Metric.COST, 0.02, "costBudgetUsd", Optional.empty()));
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("The most expensive request path costs $0.0300 per request, over the "
                + "budget of $0.0200: user → router → big → user.");
    }

    @Test
    void notesMustPinDownEnoughRequirementTopics() {
        NotesMention notes = new NotesMention(List.of(
                new NotesMention.Topic("volume", "volume", List.of("qps", "per day", "volume")),
                new NotesMention.Topic("latency", "latency", List.of("latenc", "p50", "ms")),
                new NotesMention.Topic("cost", "cost", List.of("cost", "$"))), 2);
        Design none = design().notes("Use GPT-4 with RAG.").build();
        Finding f = check(none, notes);
        assertThat(f.passed()).isFalse();
        assertThat(f.message()).isEqualTo("The notes should cover at least 2 of volume, latency and cost; they "
                + "cover none of them.");
        Design one = design().notes("About 50k tickets per day.").build();
        Finding short1 = check(one, notes);
        assertThat(short1.passed()).isFalse();
        assertThat(short1.message()).isEqualTo("The notes should cover at least 2 of volume, latency and cost; they "
                + "cover only volume.");
        Design some = design().notes("50k tickets per day; p50 under 2 s").build();
        Finding passed = check(some, notes);
        assertThat(passed.passed()).isTrue();
        assertThat(passed.message()).isEqualTo("The notes cover volume and latency.");
    }

    @Test
    void keywordsMatchAtTheStartOfWordsOnly() {
        NotesMention notes = new NotesMention(List.of(
                new NotesMention.Topic("latency", "latency", List.of("ms"))), 1);
        assertThat(check(design().notes("items").build(), notes).passed()).isFalse();
        assertThat(check(design().notes("under 200 ms").build(), notes).passed()).isTrue();
    }
}
