package dev.designround.round;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundProgressTest {

    @Test
    void aNewRoundHidesFeedbackInPracticeMode() {
        assertThat(RoundProgress.START.practice()).isTrue();
        assertThat(RoundProgress.START.feedbackVisible()).isFalse();
        assertThat(RoundProgress.START.strongAnswerListVisible()).isFalse();
    }

    @Test
    void submittingShowsFeedbackAndWhatAStrongAnswerCovers() {
        RoundProgress submitted = RoundProgress.START.withSubmitted();

        assertThat(submitted.feedbackVisible()).isTrue();
        assertThat(submitted.strongAnswerListVisible()).isTrue();
    }

    @Test
    void practiceModeOffShowsFeedbackBeforeSubmit() {
        assertThat(RoundProgress.START.withPractice(false).feedbackVisible()).isTrue();
    }

    @Test
    void openingTheStrongAnswerShowsWhatItCoversButNotTheFeedback() {
        RoundProgress p = RoundProgress.START.withStrongShown();

        assertThat(p.strongAnswerListVisible()).isTrue();
        assertThat(p.feedbackVisible()).isFalse();
    }

    @Test
    void questionsAreRevealedOneAtATime() {
        RoundProgress p = RoundProgress.START.ask(2);

        assertThat(p.wasAsked(2)).isTrue();
        assertThat(p.wasAsked(0)).isFalse();
        assertThat(p.ask(0).asked()).containsExactly(0, 2);
    }

    @Test
    void hintsAreRevealedLevelByLevelAndStopAtTheLast() {
        RoundProgress p = RoundProgress.START.nextHint(2);
        assertThat(p.hintsShown()).isEqualTo(1);

        assertThat(p.nextHint(2).nextHint(2).hintsShown()).isEqualTo(2);
    }

    @Test
    void phasesAreTickedAndUnticked() {
        RoundProgress p = RoundProgress.START.withPhase(RoundPhase.ARCHITECTURE, true)
                .withPhase(RoundPhase.REQUIREMENTS, true).withPhase(RoundPhase.ARCHITECTURE, false);

        assertThat(p.phasesDone()).containsExactly(RoundPhase.REQUIREMENTS);
    }
}
