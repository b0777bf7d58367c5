package dev.designround.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutosaveScheduleTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");
    private final AutosaveSchedule schedule = AutosaveSchedule.STANDARD;

    @Test
    void aSingleEditIsWrittenFiveSecondsLater() {
        assertThat(schedule.due(T0, T0)).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void eachEditPushesTheWriteBackWhileTheBurstIsShort() {
        assertThat(schedule.due(T0, T0.plusSeconds(3))).isEqualTo(T0.plusSeconds(8));
    }

    @Test
    void editsWithoutPauseAreWrittenThirtySecondsAfterTheFirst() {
        assertThat(schedule.due(T0, T0.plusSeconds(28))).isEqualTo(T0.plusSeconds(30));
        assertThat(schedule.due(T0, T0.plusSeconds(40))).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void aDebounceLongerThanTheMaximumDelayIsRefused() {
        assertThatThrownBy(() -> new AutosaveSchedule(Duration.ofSeconds(40), Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
