package dev.designround.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.FailureMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog shipped in components/: complete, consistent, and covering every id PRODUCT.md fixes. */
class BundledCatalogTest {

    private final Catalog catalog = CatalogLoader.bundled();

    static final List<String> PRODUCT_TYPES = List.of("user", "api-gateway", "auth", "rate-limiter", "orchestrator",
            "llm", "model-router", "embedding-model", "reranker", "classifier", "document-store",
            "ingestion-pipeline", "vector-db", "keyword-index", "retriever", "input-guardrail", "output-guardrail",
            "pii-redactor", "grounding-checker", "confidence-scorer", "policy-engine", "approval-gate",
            "human-escalation", "tool-api", "action-api", "cache", "audit-log", "monitoring", "feedback-collector",
            "eval-pipeline", "fallback", "message-queue", "feature-store", "model-registry", "prompt-registry");

    static final List<String> PRODUCT_FAILURE_MODES = List.of("hallucination", "prompt-injection",
            "sensitive-data-leak", "excessive-agency", "improper-output-handling", "unbounded-consumption",
            "retrieval-acl", "low-confidence-unhandled", "stale-index", "provider-outage", "latency-budget",
            "no-evaluation", "no-observability", "no-audit-trail", "no-feedback-loop", "drift", "toxic-output");

    @Test
    void holdsEveryComponentTypeTheProductContractNames() {
        assertThat(catalog.typeIds()).containsAll(PRODUCT_TYPES);
        assertThat(catalog.types()).hasSizeGreaterThanOrEqualTo(35);
    }

    @Test
    void holdsEveryFailureModeTheProductContractNames() {
        assertThat(catalog.failureModeIds()).containsAll(PRODUCT_FAILURE_MODES);
    }

    @Test
    void groupsTypesInTheEightCategoriesALearnerRecognises() {
        assertThat(catalog.categoryIds()).containsExactly("clients-edge", "orchestration", "models", "retrieval",
                "safety", "humans", "tools-actions", "data-ops");
        for (var category : catalog.categories()) {
            assertThat(catalog.typesIn(category.id())).as(category.id()).isNotEmpty();
        }
    }

    @Test
    void everyCapabilityAFailureModeNamesExistsAndSomeTypeProvidesIt() {
        for (FailureMode f : catalog.failureModes()) {
            assertThat(f.mitigatedBy()).as(f.id()).isNotEmpty();
            for (String cap : f.mitigatedBy()) {
                assertThat(catalog.capability(cap)).as(f.id() + " names " + cap).isPresent();
                assertThat(catalog.types().stream().anyMatch(t -> t.has(cap)))
                        .as("some component type provides " + cap + " (for " + f.id() + ")").isTrue();
            }
        }
    }

    @Test
    void capabilitiesRulesRelyOnAreOnTheRightTypes() {
        assertThat(type("action-api").capabilities()).contains("side-effects");
        assertThat(type("tool-api").capabilities()).contains("read-only-tool").doesNotContain("side-effects");
        assertThat(type("policy-engine").capabilities()).contains("policy-check");
        assertThat(type("approval-gate").capabilities()).contains("approval");
        assertThat(type("human-escalation").capabilities()).contains("human-review");
        assertThat(type("grounding-checker").capabilities()).contains("grounding-check");
        assertThat(type("input-guardrail").capabilities()).contains("injection-filter");
        assertThat(type("pii-redactor").capabilities()).contains("pii-redaction");
        assertThat(type("llm").capabilities()).contains("generation");
        assertThat(type("user").capabilities()).isEmpty();
    }

    @Test
    void everyTypeHasADescriptionAndPlausibleDefaults() {
        for (ComponentType t : catalog.types()) {
            assertThat(t.description()).as(t.id()).hasSizeGreaterThan(40);
            assertThat(t.latencyMs()).as(t.id()).isBetween(0.0, 3_600_000.0);
            assertThat(t.costUsd()).as(t.id()).isBetween(0.0, 50.0);
            assertThat(t.errorRate()).as(t.id()).isBetween(0.0, 0.5);
        }
    }

    @Test
    void owaspEntriesAreWhereTheyBelong() {
        assertThat(catalog.failureMode("prompt-injection").orElseThrow().owasp()).startsWith("LLM01:2025");
        assertThat(catalog.failureMode("excessive-agency").orElseThrow().owasp()).startsWith("LLM06:2025");
        assertThat(catalog.failureMode("unbounded-consumption").orElseThrow().owasp()).startsWith("LLM10:2025");
    }

    private ComponentType type(String id) {
        return catalog.type(id).orElseThrow();
    }
}
