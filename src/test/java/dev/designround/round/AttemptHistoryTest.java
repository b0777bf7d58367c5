package dev.designround.round;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttemptHistoryTest {

    static Attempt attempt(String at, Verdict verdict, double score, String... failed) {
        return new Attempt(Instant.parse(at), verdict, score, Map.of("guardrails", score),
                java.util.Arrays.stream(failed).map(id -> new Attempt.FailedRule(id, title(id))).toList());
    }

    private static String title(String id) {
        return switch (id) {
            case "grounding" -> "Grounding check";
            case "eval" -> "Evaluation";
            case "audit" -> "Audit trail";
            default -> id;
        };
    }

    private final AttemptHistory history = AttemptHistory.empty("legal-doc-qa")
            .with(attempt("2025-06-02T10:00:00Z", Verdict.LEAN_HIRE, 72.5, "eval", "audit"))
            .with(attempt("2025-06-01T10:00:00Z", Verdict.NO_HIRE, 40, "grounding", "eval"));

    @Test
    void attemptsAreKeptOldestFirstAndTheTrendComparesTheLastTwo() {
        assertThat(history.attempts()).extracting(Attempt::score).containsExactly(40.0, 72.5);
        assertThat(history.trend()).isEqualTo(AttemptHistory.Trend.UP);
        assertThat(history.with(attempt("2025-06-03T10:00:00Z", Verdict.NO_HIRE, 30)).trend())
                .isEqualTo(AttemptHistory.Trend.DOWN);
        assertThat(AttemptHistory.empty("x").trend()).isEqualTo(AttemptHistory.Trend.FIRST);
    }

    @Test
    void theBestIsTheBestVerdictThenTheHighestScore() {
        AttemptHistory more = history.with(attempt("2025-06-03T10:00:00Z", Verdict.NO_HIRE, 80));
        assertThat(more.best().orElseThrow().score()).isEqualTo(72.5);
    }

    @Test
    void twoAttemptsSayWhatWasFixedWhatIsStillMissingAndWhatIsNew() {
        AttemptDiff diff = history.compare(1, 2);

        assertThat(diff.fixed()).extracting(Attempt.FailedRule::id).containsExactly("grounding");
        assertThat(diff.stillMissing()).extracting(Attempt.FailedRule::id).containsExactly("eval");
        assertThat(diff.newlyFailed()).extracting(Attempt.FailedRule::id).containsExactly("audit");
        assertThat(diff.lines()).containsExactly("Fixed since then: Grounding check", "Still missing: Evaluation",
                "New: Audit trail");
    }

    @Test
    void twoCleanAttemptsSaySo() {
        Attempt clean = attempt("2025-06-01T10:00:00Z", Verdict.STRONG_HIRE, 100);
        assertThat(AttemptDiff.between(clean, clean).lines()).isEqualTo(List.of("Nothing failed in either attempt."));
    }
}
