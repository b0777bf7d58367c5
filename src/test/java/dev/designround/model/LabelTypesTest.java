package dev.designround.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the bundled vocabulary makes of labels people write on diagrams. */
class LabelTypesTest {

    private static final LabelTypes TYPES = CatalogLoader.bundled().labelTypes();

    private static Optional<String> type(String label) {
        return TYPES.typeNamedIn(label).map(LabelTypes.Reading::type);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GPT-4o                          | llm
            Claude 3.5 Sonnet               | llm
            gpt-4o-mini                     | small-model
            Pinecone                        | vector-db
            Postgres + pgvector             | vector-db
            pgvector on Postgres            | vector-db
            Elasticsearch (BM25)            | keyword-index
            Redis                           | cache
            Redis (session cache)           | cache
            Redis vector DB                 | vector-db
            Kafka                           | event-stream
            Datadog                         | monitoring
            vector DB                       | vector-db
            Hybrid retriever                | retriever
            Audit log                       | audit-log
            OpenAI embeddings               | embedding-model
            Cross-encoder re-ranker         | reranker
            Re-ranker                       | reranker
            Human agent                     | human-escalation
            KM lawyer review                | human-escalation
            Customer                        | user
            Search-only mode (passages)     | fallback
            Case files (DMS, 50k)           | document-store
            Orders DB                       | sql-database
            Tool API (read-only)            | tool-api
            A/B testing                     | ab-testing
            Guardrails                      | output-guardrail
            Prompt injection filter         | input-guardrail
            """)
    void recognises(String label, String expected) {
        assertThat(type(label)).contains(expected);
    }

    @Test
    void theHeadOfALabelCountsBeforeWhatFollowsIt() {
        assertThat(type("Claude\nreads the Pinecone results")).contains("llm");
        assertThat(type("Answer service: calls Claude")).contains("llm");
    }

    @Test
    void aLabelThatNamesNothingIsNotRecognised() {
        assertThat(type("Foo")).isEmpty();
        assertThat(type("")).isEmpty();
        assertThat(TYPES.typeOf("Foo", Optional.empty())).isEmpty();
    }

    @Test
    void theOutlineDecidesOnlyWhenTheLabelNamesNothing() {
        assertThat(TYPES.typeOf("Orders", Optional.of(LabelTypes.Outline.CYLINDER)))
                .contains(new LabelTypes.Reading("sql-database", LabelTypes.Source.OUTLINE, "cylinder"));
        assertThat(TYPES.typeOf("Alice", Optional.of(LabelTypes.Outline.ACTOR)).map(LabelTypes.Reading::type))
                .contains("user");
        assertThat(TYPES.typeOf("Pinecone", Optional.of(LabelTypes.Outline.CYLINDER)))
                .contains(new LabelTypes.Reading("vector-db", LabelTypes.Source.LABEL, "pinecone"));
    }

    @Test
    void everyTypeButCustomIsNamedByItsOwnName() {
        for (ComponentType t : CatalogLoader.bundled().types()) {
            if (!t.id().equals("custom")) {
                assertThat(type(t.name())).as(t.name()).contains(t.id());
            }
        }
    }
}
