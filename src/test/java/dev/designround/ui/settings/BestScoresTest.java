package dev.designround.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Verdict;
import org.junit.jupiter.api.Test;

class BestScoresTest {

    @Test
    void aBetterVerdictWinsOverAHigherScore() {
        BestScores scores = BestScores.NONE.record("s", new BestScore(Verdict.NO_HIRE, 80))
                .record("s", new BestScore(Verdict.LEAN_HIRE, 61));

        assertThat(scores.of("s")).contains(new BestScore(Verdict.LEAN_HIRE, 61));
    }

    @Test
    void withTheSameVerdictTheHigherScoreWins() {
        BestScores scores = BestScores.NONE.record("s", new BestScore(Verdict.LEAN_HIRE, 70))
                .record("s", new BestScore(Verdict.LEAN_HIRE, 65)).record("s", new BestScore(Verdict.LEAN_HIRE, 75));

        assertThat(scores.of("s")).contains(new BestScore(Verdict.LEAN_HIRE, 75));
    }

    @Test
    void theTextNamesVerdictAndScore() {
        assertThat(new BestScore(Verdict.LEAN_HIRE, 72.5).text()).isEqualTo("Lean Hire · 72.5");
        assertThat(new BestScore(Verdict.NO_HIRE, 20).text()).isEqualTo("No Hire · 20");
    }
}
