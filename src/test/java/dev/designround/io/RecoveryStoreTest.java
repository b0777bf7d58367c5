package dev.designround.io;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    @TempDir
    Path dir;

    @Test
    void workSavedForRecoveryComesBackWithWhereItCameFrom() throws IOException, InputException {
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        Design d = design().title("unsaved work").node("u", "user").node("llm", "llm").chain("u", "llm", "u").build();
        Instant at = Instant.parse("2026-11-23T10:15:30Z");
        store.save(d, Optional.of(dir.resolve("legal.json")), at);
        assertThat(store.hasPending()).isTrue();
        RecoveryStore.Recovered r = store.pending(CatalogLoader.bundled()).orElseThrow();
        assertThat(r.design()).isEqualTo(d);
        assertThat(r.file()).contains(dir.resolve("legal.json").toAbsolutePath());
        assertThat(r.savedAt()).isEqualTo(at);
    }

    @Test
    void discardingLeavesNothingPending() throws IOException, InputException {
        RecoveryStore store = new RecoveryStore(dir);
        store.save(new Design(), Optional.empty(), Instant.EPOCH);
        store.save(new Design(), Optional.empty(), Instant.EPOCH);
        store.discard();
        assertThat(store.hasPending()).isFalse();
        assertThat(store.pending(CatalogLoader.bundled())).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnreadableRecoveryFileIsReportedAndKept() throws IOException {
        Files.writeString(dir.resolve("recovery.json"), "{\"format\": \"design-round.design\", \"version\": 1,");
        RecoveryStore store = new RecoveryStore(dir);
        assertThatThrownBy(() -> store.pending(CatalogLoader.bundled())).isInstanceOf(InputException.class)
                .hasMessageContaining("recovery.json");
        assertThat(store.hasPending()).isTrue();
    }
}
