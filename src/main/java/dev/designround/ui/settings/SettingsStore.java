package dev.designround.ui.settings;

import dev.designround.io.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Keeps {@link Settings} in {@code settings.properties} in the user's Design Round folder. Reading never fails:
 * a missing or damaged file, or a value that makes no sense, gives the defaults for what cannot be read. Writing
 * is atomic.
 */
public final class SettingsStore {

    static final String FILE_NAME = "settings.properties";

    private final Path file;

    /** @param folder the user's Design Round folder ({@code io.AppDirs.home()}) */
    public SettingsStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return Settings.DEFAULTS;
            }
        }
        Settings.Theme theme = "dark".equalsIgnoreCase(p.getProperty("theme", "")) ? Settings.Theme.DARK
                : Settings.Theme.LIGHT;
        boolean snap = !"false".equalsIgnoreCase(p.getProperty("snapToGrid", "true"));
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < Settings.MAX_RECENT; i++) {
            String value = p.getProperty("recent." + i);
            if (value != null && !value.isBlank()) {
                try {
                    recent.add(Path.of(value));
                } catch (InvalidPathException e) {
                    // a path this system cannot represent: skip it
                }
            }
        }
        return new Settings(theme, snap, recent);
    }

    /** @throws UncheckedIOException if the file cannot be written */
    public void save(Settings settings) {
        Properties p = new Properties();
        p.setProperty("theme", settings.theme().name().toLowerCase(java.util.Locale.ROOT));
        p.setProperty("snapToGrid", Boolean.toString(settings.snapToGrid()));
        for (int i = 0; i < settings.recentFiles().size(); i++) {
            p.setProperty("recent." + i, settings.recentFiles().get(i).toString());
        }
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Design Round settings");
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
