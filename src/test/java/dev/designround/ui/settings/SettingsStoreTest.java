package dev.designround.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void savedSettingsReadBack() {
        SettingsStore store = new SettingsStore(dir);
        Settings s = Settings.DEFAULTS.withTheme(Settings.Theme.DARK).withSnapToGrid(false)
                .withRecent(dir.resolve("a.json")).withRecent(dir.resolve("b.json"));

        store.save(s);

        assertThat(store.load()).isEqualTo(s);
        assertThat(store.load().recentFiles()).containsExactly(dir.resolve("b.json"), dir.resolve("a.json"));
    }

    @Test
    void aDamagedFileGivesDefaultsForWhatCannotBeRead() {
        TestFiles.write(dir, SettingsStore.FILE_NAME, "theme=purple\nsnapToGrid=maybe\nrecent.0=\\u12\n");

        Settings s = new SettingsStore(dir).load();

        assertThat(s.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(s.snapToGrid()).isTrue();
    }

    @Test
    void reopeningAFileMovesItToTheTopWithoutDuplicates() {
        Settings s = Settings.DEFAULTS.withRecent(Path.of("/x/a.json")).withRecent(Path.of("/x/b.json"))
                .withRecent(Path.of("/x/a.json"));

        assertThat(s.recentFiles()).containsExactly(Path.of("/x/a.json"), Path.of("/x/b.json"));
    }

    @Test
    void onlyTheTenMostRecentFilesAreKept() {
        Settings s = Settings.DEFAULTS;
        for (int i = 0; i < 15; i++) {
            s = s.withRecent(Path.of("/x/" + i + ".json"));
        }
        assertThat(s.recentFiles()).hasSize(Settings.MAX_RECENT).first().isEqualTo(Path.of("/x/14.json"));
    }

    @Test
    void aFileCanBeForgotten() {
        Settings s = Settings.DEFAULTS.withRecent(Path.of("/x/a.json")).withoutRecent(Path.of("/x/a.json"));
        assertThat(s.recentFiles()).isEqualTo(List.of());
    }
}
