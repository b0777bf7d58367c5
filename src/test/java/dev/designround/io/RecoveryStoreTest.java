package dev.designround.io;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each whiteboard keeps its own recovery copy; the next start is offered what whiteboards that are no longer
 * running left behind. A store made later in the same process stands for the next start.
 */
class RecoveryStoreTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();

    @TempDir
    Path dir;

    private static Design titled(String title) {
        return design().title(title).node("u", "user").node("llm", "llm").chain("u", "llm", "u").build();
    }

    @Test
    void workSavedForRecoveryComesBackAtTheNextStartWithWhereItCameFrom() throws IOException, InputException {
        RecoveryStore crashed = new RecoveryStore(dir.resolve("recovery"));
        Design d = titled("unsaved work");
        Instant at = Instant.parse("2026-11-23T10:15:30Z");
        crashed.save(d, Optional.of(dir.resolve("legal.json")), at);

        RecoveryStore next = new RecoveryStore(dir.resolve("recovery"));
        assertThat(next.hasPending()).isTrue();
        RecoveryStore.Recovered r = next.pending(CATALOG).orElseThrow();
        assertThat(r.design()).isEqualTo(d);
        assertThat(r.file()).contains(dir.resolve("legal.json").toAbsolutePath());
        assertThat(r.savedAt()).isEqualTo(at);
        assertThat(crashed.pending(CATALOG)).as("its own copy is not left behind").isEmpty();
    }

    @Test
    void discardingLeavesNothingPending() throws IOException, InputException {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(new Design(), Optional.empty(), Instant.EPOCH);
        store.save(new Design(), Optional.empty(), Instant.EPOCH);
        store.discard();
        assertThat(store.hasPending()).isFalse();
        assertThat(new RecoveryStore(dir).pending(CATALOG)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void twoWhiteboardsOpenAtOnceKeepEachOthersWork() throws IOException, InputException {
        RecoveryStore first = new RecoveryStore(dir);
        RecoveryStore second = new RecoveryStore(dir);
        first.save(titled("first"), Optional.empty(), Instant.parse("2026-11-23T10:00:00Z"));
        second.save(titled("second"), Optional.empty(), Instant.parse("2026-11-23T10:05:00Z"));

        second.discard(); // the second one saved and closed

        RecoveryStore next = new RecoveryStore(dir);
        assertThat(next.pending(CATALOG).orElseThrow().design().info().title()).isEqualTo("first");
    }

    @Test
    void workOfAWhiteboardThatIsStillRunningIsNeverOffered() throws IOException, InputException {
        ProcessHandle running = ProcessHandle.current().parent().orElseThrow(); // alive while this test runs
        writeSlot("recovery-other", titled("open elsewhere"), running.pid(),
                running.info().startInstant().map(Instant::toString).orElse(null));

        assertThat(new RecoveryStore(dir).pending(CATALOG)).isEmpty();
        assertThat(new RecoveryStore(dir).hasPending()).isTrue();
    }

    @Test
    void aProcessThatReusedTheIdOfOneThatDiedDoesNotHideItsWork() throws IOException, InputException {
        ProcessHandle running = ProcessHandle.current().parent().orElseThrow();
        writeSlot("recovery-died", titled("left behind"), running.pid(), "2001-01-01T00:00:00Z");

        assertThat(new RecoveryStore(dir).pending(CATALOG).orElseThrow().design().info().title())
                .isEqualTo("left behind");
    }

    @Test
    void workLeftBySeveralRunsIsOfferedNewestFirstAndEachCanBeDiscarded() throws IOException, InputException {
        new RecoveryStore(dir).save(titled("older"), Optional.empty(), Instant.parse("2026-11-23T09:00:00Z"));
        new RecoveryStore(dir).save(titled("newer"), Optional.empty(), Instant.parse("2026-11-23T11:00:00Z"));
        RecoveryStore next = new RecoveryStore(dir);

        RecoveryStore.Recovered newest = next.pending(CATALOG).orElseThrow();
        assertThat(newest.design().info().title()).isEqualTo("newer");
        next.discard(newest);
        RecoveryStore.Recovered older = next.pending(CATALOG).orElseThrow();
        assertThat(older.design().info().title()).isEqualTo("older");
        next.discard(older);
        assertThat(next.pending(CATALOG)).isEmpty();
        assertThat(next.hasPending()).isFalse();
    }

    @Test
    void theSingleRecoveryFileOfEarlierVersionsIsOffered() throws IOException, InputException {
        new DesignWriter().save(titled("from 0.x"), dir.resolve("recovery.json"));

        RecoveryStore.Recovered r = new RecoveryStore(dir).pending(CATALOG).orElseThrow();

        assertThat(r.design().info().title()).isEqualTo("from 0.x");
        new RecoveryStore(dir).discard(r);
        assertThat(dir.resolve("recovery.json")).doesNotExist();
    }

    @Test
    void anUnreadableRecoveryFileIsReportedAndCanBeSetAsideWithoutLosingIt() throws IOException, InputException {
        String broken = "{\"format\": \"design-round.design\", \"version\": 1,";
        Files.writeString(dir.resolve("recovery-dead.json"), broken);
        RecoveryStore store = new RecoveryStore(dir);
        assertThatThrownBy(() -> store.pending(CATALOG)).isInstanceOf(InputException.class)
                .hasMessageContaining("recovery-dead.json");
        assertThat(store.hasPending()).isTrue();

        Path kept = store.setAside(dir.resolve("recovery-dead.json"));

        assertThat(kept.getFileName().toString()).isEqualTo("unreadable-recovery-dead.json");
        assertThat(kept).hasContent(broken);
        assertThat(store.pending(CATALOG)).isEmpty();
        assertThatThrownBy(() -> store.setAside(dir.resolveSibling("elsewhere.json")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void writeSlot(String slot, Design d, long pid, String processStart) throws IOException {
        new DesignWriter().save(d, dir.resolve(slot + ".json"));
        Files.writeString(dir.resolve(slot + ".properties"), "savedAt=2026-11-23T10\\:00\\:00Z\npid=" + pid + "\n"
                + (processStart == null ? "" : "processStart=" + processStart.replace(":", "\\:") + "\n"));
    }
}
