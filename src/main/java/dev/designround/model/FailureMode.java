package dev.designround.model;

import java.util.List;
import java.util.Optional;

/**
 * A way an AI system fails that a strong candidate brings up unprompted.
 *
 * @param id            stable id ({@code hallucination}, {@code prompt-injection}, ...)
 * @param name          display name
 * @param whatGoesWrong what happens, concretely
 * @param whyItMatters  why an interviewer cares
 * @param mitigatedBy   capability ids that mitigate it
 * @param owasp         its OWASP Top 10 for LLM Applications (2025) entry, e.g. "LLM01:2025 Prompt Injection", or empty
 */
public record FailureMode(String id, String name, String whatGoesWrong, String whyItMatters, List<String> mitigatedBy,
                          String owasp) {

    public FailureMode {
        mitigatedBy = List.copyOf(mitigatedBy);
        owasp = owasp == null ? "" : owasp;
    }

    public Optional<String> owaspEntry() {
        return owasp.isBlank() ? Optional.empty() : Optional.of(owasp);
    }
}
