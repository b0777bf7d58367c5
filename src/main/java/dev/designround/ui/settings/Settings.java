package dev.designround.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the whiteboard remembers between runs: the theme, whether dragging snaps to the grid, and the files opened
 * most recently (most recent first, at most {@link #MAX_RECENT}). Immutable.
 */
public record Settings(Theme theme, boolean snapToGrid, List<Path> recentFiles) {

    public static final int MAX_RECENT = 10;
    public static final Settings DEFAULTS = new Settings(Theme.LIGHT, true, List.of());

    /** The two looks of the whiteboard (AtlantaFX Primer light and dark). */
    public enum Theme {
        LIGHT, DARK;

        public Theme other() {
            return this == LIGHT ? DARK : LIGHT;
        }
    }

    public Settings {
        recentFiles = recentFiles.stream().map(p -> p.toAbsolutePath().normalize()).distinct().limit(MAX_RECENT)
                .toList();
    }

    public Settings withTheme(Theme value) {
        return new Settings(value, snapToGrid, recentFiles);
    }

    public Settings withSnapToGrid(boolean value) {
        return new Settings(theme, value, recentFiles);
    }

    /** Puts a file at the top of the recent files. */
    public Settings withRecent(Path file) {
        List<Path> list = new ArrayList<>();
        list.add(file.toAbsolutePath().normalize());
        list.addAll(recentFiles);
        return new Settings(theme, snapToGrid, list);
    }

    public Settings withoutRecent(Path file) {
        Path gone = file.toAbsolutePath().normalize();
        return new Settings(theme, snapToGrid, recentFiles.stream().filter(p -> !p.equals(gone)).toList());
    }
}
