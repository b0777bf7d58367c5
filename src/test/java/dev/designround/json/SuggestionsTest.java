package dev.designround.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private final List<String> ids = List.of("llm", "retriever", "vector-db", "reranker", "input-guardrail");

    @Test
    void suggestsTheClosestIdForATypo() {
        assertThat(Suggestions.closest("retriver", ids)).contains("retriever");
        assertThat(Suggestions.closest("vectordb", ids)).contains("vector-db");
        assertThat(Suggestions.closest("LLM", ids)).contains("llm");
    }

    @Test
    void suggestsNothingForSomethingUnrelated() {
        assertThat(Suggestions.closest("kubernetes-cluster", ids)).isEmpty();
        assertThat(Suggestions.didYouMean("kubernetes-cluster", ids)).isEmpty();
    }

    @Test
    void suggestsAnIdThatContainsTheInput() {
        assertThat(Suggestions.closest("guardrail", ids)).contains("input-guardrail");
    }
}
