package dev.designround.io;

import java.nio.file.Path;

/**
 * Where Design Round keeps the user's own files: settings, recent files, autosave recovery, logs. The system
 * property {@code designround.home} overrides the folder (tests use it); otherwise {@code $XDG_DATA_HOME/design-round}
 * or {@code ~/.local/share/design-round}.
 */
public final class AppDirs {

    private AppDirs() {
    }

    public static Path home() {
        String override = System.getProperty("designround.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "design-round");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "design-round");
    }

    /** The file internal errors are logged to, with their stack traces. */
    public static Path errorLog() {
        return home().resolve("logs").resolve("error.log");
    }
}
