package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.InputException;
import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import dev.designround.rules.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {

    @TempDir
    Path home;

    private static Attempt attempt(String at, Verdict v, double score, String... failed) {
        Map<String, Double> categories = new java.util.LinkedHashMap<>();
        categories.put("guardrails", 50.0);
        categories.put("evaluation", 0.0);
        return new Attempt(Instant.parse(at), v, score, categories,
                java.util.Arrays.stream(failed).map(id -> new Attempt.FailedRule(id, "Title of " + id)).toList());
    }

    @Test
    void everySubmissionIsKeptAndReadBack() throws Exception {
        HistoryStore store = new HistoryStore(home);
        store.record("legal-doc-qa", attempt("2025-06-01T10:00:00Z", Verdict.NO_HIRE, 40, "a", "b"));
        HistoryStore.Recorded second = store.record("legal-doc-qa",
                attempt("2025-06-02T10:00:00Z", Verdict.LEAN_HIRE, 72.5, "b"));

        AttemptHistory back = new HistoryStore(home).load("legal-doc-qa");

        assertThat(second.note()).isEmpty();
        assertThat(back).isEqualTo(second.history());
        assertThat(back.attempts()).hasSize(2);
        assertThat(back.attempts().get(1).failed()).containsExactly(new Attempt.FailedRule("b", "Title of b"));
        assertThat(back.attempts().get(0).categories()).containsEntry("guardrails", 50.0);
        assertThat(Files.exists(home.resolve("history/legal-doc-qa.json.bak"))).isTrue(); // written atomically
        assertThat(store.loadAll()).containsOnlyKeys("legal-doc-qa");
    }

    @Test
    void noFileIsAnEmptyHistory() throws Exception {
        assertThat(new HistoryStore(home).load("legal-doc-qa").isEmpty()).isTrue();
        assertThat(new HistoryStore(home).loadAll()).isEmpty();
    }

    @Test
    void aDamagedFileIsReportedAndMovedAsideNeverOverwritten() throws Exception {
        HistoryStore store = new HistoryStore(home);
        Path file = store.fileOf("legal-doc-qa");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"format\": \"design-round.history\", \"version\": 1, \"attempts\": [{]}");

        assertThatThrownBy(() -> store.load("legal-doc-qa")).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1:");
        HistoryStore.Recorded r = store.record("legal-doc-qa", attempt("2025-06-01T10:00:00Z", Verdict.NO_HIRE, 40));

        assertThat(r.note()).hasValueSatisfying(n -> assertThat(n).contains("could not be read", "unreadable-"));
        assertThat(r.history().attempts()).hasSize(1);
        try (var files = Files.list(file.getParent())) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().contains("unreadable-")).toList();
            assertThat(aside).singleElement().satisfies(p -> assertThat(Files.readString(p)).contains("[{]"));
        }
    }

    @Test
    void theCsvHasARowPerAttemptWithCategoriesAndFailedRuleIds() throws Exception {
        AttemptHistory h = AttemptHistory.empty("legal-doc-qa")
                .with(attempt("2025-06-01T10:00:00Z", Verdict.NO_HIRE, 40, "a", "b"))
                .with(attempt("2025-06-02T10:00:00Z", Verdict.LEAN_HIRE, 72.5));

        assertThat(HistoryCsv.toCsv(h)).isEqualTo("""
                scenario,attempt,submitted,verdict,score,score:guardrails,score:evaluation,failed rules\r
                legal-doc-qa,1,2025-06-01T10:00:00Z,NO_HIRE,40,50,0,a;b\r
                legal-doc-qa,2,2025-06-02T10:00:00Z,LEAN_HIRE,72.5,50,0,\r
                """);
        Path out = home.resolve("h.csv");
        HistoryCsv.save(h, out);
        assertThat(Files.readString(out)).startsWith("scenario,attempt");
    }

    @Test
    void csvCellsAreQuotedAndCannotBeFormulas() {
        assertThat(HistoryCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(HistoryCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(HistoryCsv.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    }
}
