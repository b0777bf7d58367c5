package dev.designround.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.round.Attempt;
import dev.designround.round.AttemptHistory;
import dev.designround.rules.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static AttemptHistory scores(double... s) {
        AttemptHistory h = AttemptHistory.empty("legal-doc-qa");
        for (int i = 0; i < s.length; i++) {
            h = h.with(new Attempt(Instant.ofEpochSecond(1_700_000_000L + i), Verdict.NO_HIRE, s[i], Map.of(),
                    List.of()));
        }
        return h;
    }

    @Test
    void theTileSaysHowManyAttemptsTheirScoresAndWhichWayTheyWent() {
        assertThat(Trend.text(scores(40, 58, 72.5))).isEqualTo("3 attempts: 40 → 58 → 72.5 ↑");
        assertThat(Trend.text(scores(60, 50))).isEqualTo("2 attempts: 60 → 50 ↓");
        assertThat(Trend.text(scores(60))).isEqualTo("1 attempt: 60");
        assertThat(Trend.text(scores())).isEmpty();
    }

    @Test
    void onlyTheLatestFiveScoresAreShown() {
        assertThat(Trend.text(scores(1, 2, 3, 4, 5, 6, 6))).isEqualTo("7 attempts: … → 3 → 4 → 5 → 6 → 6 =");
    }
}
