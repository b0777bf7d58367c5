package dev.designround.io;

import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Crash recovery for the whiteboard: the work in progress is written (atomically) to a recovery file in the
 * user's data folder within seconds of a change and on close; a clean exit or a successful save discards it. If
 * the app dies first, the next start finds it and offers to restore it. One recovery slot per data folder.
 */
public final class RecoveryStore {

    private static final String DESIGN = "recovery.json";
    private static final String META = "recovery.properties";

    private final Path dir;
    private final DesignWriter writer = new DesignWriter();

    /** @param dir the folder to keep recovery files in, usually {@code AppDirs.home().resolve("recovery")} */
    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    public static RecoveryStore standard() {
        return new RecoveryStore(AppDirs.home().resolve("recovery"));
    }

    /**
     * What was recovered: the design, the file it came from (if it had been saved), and when it was written.
     */
    public record Recovered(Design design, Optional<Path> file, Instant savedAt) {
    }

    /** Writes the work in progress; the design file first, then the note of where it came from. */
    public void save(Design design, Optional<Path> file, Instant now) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(DESIGN), out -> writer.write(design, out));
        Properties meta = new Properties();
        file.ifPresent(f -> meta.setProperty("file", f.toAbsolutePath().toString()));
        meta.setProperty("savedAt", now.toString());
        StringWriter text = new StringWriter();
        meta.store(text, "Design Round crash recovery");
        AtomicFiles.write(dir.resolve(META), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether work from an earlier run is waiting to be restored. */
    public boolean hasPending() {
        return Files.isRegularFile(dir.resolve(DESIGN));
    }

    /**
     * The work an earlier run left behind, if any.
     *
     * @throws InputException if the recovery file exists but cannot be read (it is then kept, not deleted)
     */
    public Optional<Recovered> pending(Catalog catalog) throws InputException {
        Path design = dir.resolve(DESIGN);
        if (!Files.isRegularFile(design)) {
            return Optional.empty();
        }
        Design d = new DesignReader(catalog).read(design);
        Properties meta = new Properties();
        Path metaFile = dir.resolve(META);
        if (Files.isRegularFile(metaFile)) {
            try (Reader r = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
                meta.load(r);
            } catch (IOException | IllegalArgumentException e) {
                meta.clear();
            }
        }
        Optional<Path> file = Optional.ofNullable(meta.getProperty("file")).map(Path::of);
        Instant savedAt;
        try {
            savedAt = Instant.parse(meta.getProperty("savedAt", ""));
        } catch (RuntimeException e) {
            savedAt = lastModified(design);
        }
        return Optional.of(new Recovered(d, file, savedAt));
    }

    /** Forgets the recovery files (after a clean exit, a save, or when the user declines to restore). */
    public void discard() throws IOException {
        Files.deleteIfExists(dir.resolve(META));
        Files.deleteIfExists(dir.resolve(DESIGN));
        Files.deleteIfExists(AtomicFiles.backupOf(dir.resolve(DESIGN)));
        Files.deleteIfExists(AtomicFiles.backupOf(dir.resolve(META)));
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
