package dev.designround.ui.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CountdownTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final Countdown clock = new Countdown(Duration.ofMinutes(40));

    @Test
    void aFreshClockShowsTheFullTimeAndIsPaused() {
        assertThat(clock.text(T0)).isEqualTo("40:00");
        assertThat(clock.isRunning()).isFalse();
        assertThat(clock.phase(T0)).isEqualTo(Countdown.Phase.NORMAL);
    }

    @Test
    void runningCountsDownRoundingUpToTheSecond() {
        clock.start(T0);

        assertThat(clock.text(T0.plusMillis(200))).isEqualTo("40:00");
        assertThat(clock.text(T0.plusSeconds(61))).isEqualTo("38:59");
    }

    @Test
    void pausingKeepsTheTimeUsedAndResumingGoesOnFromThere() {
        clock.start(T0);
        clock.pause(T0.plusSeconds(60));

        assertThat(clock.remaining(T0.plusSeconds(600))).isEqualTo(Duration.ofMinutes(39));
        clock.start(T0.plusSeconds(600));
        assertThat(clock.remaining(T0.plusSeconds(660))).isEqualTo(Duration.ofMinutes(38));
    }

    @Test
    void theLastFifthIsAWarningAndZeroIsOver() {
        clock.start(T0);

        assertThat(clock.phase(T0.plus(Duration.ofMinutes(31)))).isEqualTo(Countdown.Phase.NORMAL);
        assertThat(clock.phase(T0.plus(Duration.ofMinutes(33)))).isEqualTo(Countdown.Phase.WARNING);
        assertThat(clock.phase(T0.plus(Duration.ofMinutes(40)))).isEqualTo(Countdown.Phase.OVER);
    }

    @Test
    void pastZeroItKeepsCountingAndShowsHowFarOver() {
        clock.start(T0);

        assertThat(clock.text(T0.plus(Duration.ofMinutes(41)).plusSeconds(5))).isEqualTo("+01:05");
        assertThat(clock.text(T0.plus(Duration.ofMinutes(40)))).isEqualTo("00:00");
    }

    @Test
    void resetGivesTheFullTimeBackPaused() {
        clock.start(T0);
        clock.reset();

        assertThat(clock.isRunning()).isFalse();
        assertThat(clock.text(T0.plusSeconds(300))).isEqualTo("40:00");
    }

    @Test
    void aClockSetBackCountsAsNoTimePassing() {
        clock.start(T0);

        assertThat(clock.remaining(T0.minusSeconds(30))).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void aRoundNeedsAPositiveTime() {
        assertThatThrownBy(() -> new Countdown(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
