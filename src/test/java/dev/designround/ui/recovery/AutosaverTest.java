package dev.designround.ui.recovery;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.RecoveryStore;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.ui.edit.Editor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave timing and what happens to the recovery copy, driven by a hand-set clock and alarm. */
class AutosaverTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path dir;

    private final SetClock clock = new SetClock();
    private final HandAlarm alarm = new HandAlarm();
    private final List<String> problems = new ArrayList<>();
    private RecoveryStore store;
    private Autosaver autosaver;

    /** A clock the test moves. */
    static final class SetClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }
    }

    /** An alarm the test rings. */
    static final class HandAlarm implements Alarm {
        Optional<Duration> delay = Optional.empty();
        private Runnable task;

        @Override
        public void set(Duration d, Runnable t) {
            delay = Optional.of(d);
            task = t;
        }

        @Override
        public void cancel() {
            delay = Optional.empty();
            task = null;
        }

        void ring() {
            Runnable t = task;
            cancel();
            t.run();
        }
    }

    private Editor open(Optional<Path> file) {
        store = new RecoveryStore(dir.resolve("recovery"));
        autosaver = new Autosaver(store, AutosaveSchedule.STANDARD, clock, alarm, problems::add);
        Editor editor = new Editor(design().title("Support").node(Node.of("u", "user", 0, 0)).build(), CATALOG);
        autosaver.follow(Optional.of(editor), () -> file);
        return editor;
    }

    private Optional<Design> recovered() throws Exception {
        autosaver.flush();
        return new RecoveryStore(dir.resolve("recovery")).pending(CATALOG).map(RecoveryStore.Recovered::design);
    }

    @AfterEach
    void noProblems() {
        assertThat(problems).isEmpty();
    }

    @Test
    void anEditIsWrittenWhenTheAlarmRingsFiveSecondsLater() throws Exception {
        Editor editor = open(Optional.empty());

        editor.addNode("llm", 200, 0);
        assertThat(alarm.delay).contains(Duration.ofSeconds(5));
        assertThat(recovered()).isEmpty();

        alarm.ring();
        assertThat(recovered()).contains(editor.design());
    }

    @Test
    void editsWithoutPauseAreWrittenAtMostThirtySecondsAfterTheFirst() {
        Editor editor = open(Optional.empty());
        editor.addNode("llm", 200, 0);
        for (int s = 2; s <= 28; s += 2) {
            clock.advance(2);
            editor.nudgeSelection(16, 0);
        }

        assertThat(clock.now.plus(alarm.delay.orElseThrow())).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void theRecoveryCopyNamesTheFileTheDesignBelongsTo() throws Exception {
        Path file = dir.resolve("support.json");
        Editor editor = open(Optional.of(file));
        editor.addNode("llm", 200, 0);
        clock.advance(5);

        alarm.ring();
        autosaver.flush();

        RecoveryStore.Recovered r = new RecoveryStore(dir.resolve("recovery")).pending(CATALOG).orElseThrow();
        assertThat(r.file()).contains(file.toAbsolutePath());
        assertThat(r.savedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void savingDiscardsTheRecoveryCopy() throws Exception {
        Editor editor = open(Optional.empty());
        editor.addNode("llm", 200, 0);
        alarm.ring();
        assertThat(recovered()).isPresent();

        editor.stack().markClean();

        assertThat(recovered()).isEmpty();
        assertThat(alarm.delay).isEmpty();
    }

    @Test
    void undoingBackToTheSavedStateDiscardsTheRecoveryCopy() throws Exception {
        Editor editor = open(Optional.empty());
        editor.addNode("llm", 200, 0);
        alarm.ring();

        editor.undo();

        assertThat(recovered()).isEmpty();
    }

    @Test
    void writingNowWritesAtOnceWhatIsUnsaved() throws Exception {
        Editor editor = open(Optional.empty());
        editor.addNode("llm", 200, 0);

        autosaver.writeNow();

        assertThat(recovered()).contains(editor.design());
        assertThat(alarm.delay).isEmpty();
    }

    @Test
    void aRecoveryCopyLeftByAnEarlierRunStaysWhileThisSessionHasWrittenNothing() throws Exception {
        RecoveryStore earlier = new RecoveryStore(dir.resolve("recovery"));
        Design lost = design().title("Lost work").node(Node.of("x", "llm", 0, 0)).build();
        earlier.save(lost, Optional.empty(), T0);

        Editor editor = open(Optional.empty());
        autosaver.follow(Optional.empty(), Optional::empty);
        autosaver.follow(Optional.of(editor), Optional::empty);

        assertThat(recovered()).contains(lost);
    }

    @Test
    void aDesignThatOpensWithUnsavedChangesIsWrittenAtOnce() throws Exception {
        store = new RecoveryStore(dir.resolve("recovery"));
        autosaver = new Autosaver(store, AutosaveSchedule.STANDARD, clock, alarm, problems::add);
        Editor restored = new Editor(design().node(Node.of("u", "user", 0, 0)).build(), CATALOG);
        restored.stack().markUnsaved();

        autosaver.follow(Optional.of(restored), Optional::empty);

        assertThat(recovered()).contains(restored.design());
    }

    @Test
    void aCleanExitDiscardsWhatThisSessionWrote() throws Exception {
        Editor editor = open(Optional.empty());
        editor.addNode("llm", 200, 0);
        alarm.ring();

        autosaver.close();

        assertThat(store.hasPending()).isFalse();
    }
}
