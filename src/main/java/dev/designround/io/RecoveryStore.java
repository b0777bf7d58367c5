package dev.designround.io;

import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.round.RoundState;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Crash recovery for the whiteboard: the work in progress is written (atomically) to a recovery file in the
 * user's data folder within seconds of a change and on close; a clean exit or a successful save discards it. If
 * the app dies first, the next start finds it and offers to restore it.
 *
 * <p>Each running whiteboard has its own slot ({@code recovery-SESSION.json} and {@code .properties}), noting the
 * process that writes it. Another whiteboard open at the same time therefore never overwrites that work, never
 * offers to restore it while it is still open, and never deletes it: only work whose process has ended is
 * {@linkplain #pending pending}. A process is recognised by its id and start time, so a later process that reuses
 * the id does not hide the work. The single {@code recovery.json} of earlier versions counts as left behind.
 */
public final class RecoveryStore {

    private static final String PREFIX = "recovery-";
    private static final String LEGACY = "recovery";
    private static final String DESIGN_EXT = ".json";
    private static final String META_EXT = ".properties";

    private final Path dir;
    private final String session = ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    private final DesignWriter writer = new DesignWriter();

    /** @param dir the folder to keep recovery files in, usually {@code AppDirs.home().resolve("recovery")} */
    public RecoveryStore(Path dir) {
        this.dir = dir;
    }

    public static RecoveryStore standard() {
        return new RecoveryStore(AppDirs.home().resolve("recovery"));
    }

    /**
     * What was recovered: the design, the file it came from (if it had been saved), when it was written, the
     * slot it was in (for {@link #discard(Recovered)}), and the round practised on it, if any.
     */
    public record Recovered(Design design, Optional<Path> file, Instant savedAt, String slot,
                            Optional<RoundState> round) {

        public Recovered(Design design, Optional<Path> file, Instant savedAt, String slot) {
            this(design, file, savedAt, slot, Optional.empty());
        }
    }

    /**
     * Writes this session's work in progress: first the note of where it came from and which process writes it,
     * then the design, whose file is what makes the slot count (so a slot is never without its owner).
     */
    public void save(Design design, Optional<Path> file, Instant now) throws IOException {
        save(new DesignFile(design, Optional.empty()), file, now);
    }

    /** As {@link #save(Design, Optional, Instant)}, with the round practised on the design. */
    public void save(DesignFile work, Optional<Path> file, Instant now) throws IOException {
        Files.createDirectories(dir);
        Properties meta = new Properties();
        file.ifPresent(f -> meta.setProperty("file", f.toAbsolutePath().toString()));
        meta.setProperty("savedAt", now.toString());
        ProcessHandle self = ProcessHandle.current();
        meta.setProperty("pid", Long.toString(self.pid()));
        self.info().startInstant().ifPresent(start -> meta.setProperty("processStart", start.toString()));
        StringWriter text = new StringWriter();
        meta.store(text, "Design Round crash recovery");
        AtomicFiles.write(metaOf(PREFIX + session), text.toString().getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(designOf(PREFIX + session), out -> writer.write(work.design(), work.round(), out));
    }

    /** Whether any recovery copy is in the folder: this session's, another open whiteboard's, or one left behind. */
    public boolean hasPending() {
        return !slots().isEmpty();
    }

    /**
     * The most recent work a whiteboard that is no longer running left behind, if any (the others stay for later).
     *
     * @throws InputException if that recovery file cannot be read (it is then kept, not deleted)
     */
    public Optional<Recovered> pending(Catalog catalog) throws InputException {
        List<Slot> orphans = new ArrayList<>();
        for (String slot : slots()) {
            Properties meta = meta(slot);
            if (!slot.equals(PREFIX + session) && !ownerRunning(meta)) {
                orphans.add(new Slot(slot, meta, savedAt(slot, meta)));
            }
        }
        Optional<Slot> newest = orphans.stream().max(Comparator.comparing(Slot::savedAt));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        Slot s = newest.get();
        Path file = designOf(s.name());
        DesignFile d = new DesignReader(catalog).readFile(file, file.toString());
        return Optional.of(new Recovered(d.design(), Optional.ofNullable(s.meta().getProperty("file")).map(Path::of),
                s.savedAt(), s.name(), d.round()));
    }

    /** Forgets this session's recovery copy (after a clean exit, or a save). */
    public void discard() throws IOException {
        delete(PREFIX + session);
    }

    /** Forgets work that was left behind (the user restored it, which wrote it to this session, or declined it). */
    public void discard(Recovered recovered) throws IOException {
        if (!recovered.slot().equals(LEGACY) && !recovered.slot().startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a recovery slot: " + recovered.slot());
        }
        delete(recovered.slot());
    }

    /**
     * Keeps a recovery copy that cannot be read out of the way, so that it is not reported at every start: it is
     * renamed {@code unreadable-NAME.json} in the same folder (and no longer offered). Returns where it is now.
     */
    public Path setAside(Path unreadable) throws IOException {
        Path file = unreadable.toAbsolutePath().normalize();
        if (!file.getParent().equals(dir.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("not a recovery file: " + unreadable);
        }
        String name = file.getFileName().toString();
        Path target = file.resolveSibling("unreadable-" + name);
        for (int i = 2; Files.exists(target); i++) {
            target = file.resolveSibling("unreadable-" + i + "-" + name);
        }
        Files.move(file, target);
        if (name.endsWith(DESIGN_EXT)) {
            Files.deleteIfExists(metaOf(name.substring(0, name.length() - DESIGN_EXT.length())));
        }
        return target;
    }

    private record Slot(String name, Properties meta, Instant savedAt) {
    }

    private void delete(String slot) throws IOException {
        Files.deleteIfExists(metaOf(slot));
        Files.deleteIfExists(designOf(slot));
        Files.deleteIfExists(AtomicFiles.backupOf(designOf(slot)));
        Files.deleteIfExists(AtomicFiles.backupOf(metaOf(slot)));
    }

    /** The slots with a design file: {@code recovery} (earlier versions) and {@code recovery-SESSION}. */
    private List<String> slots() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(DESIGN_EXT))
                    .map(n -> n.substring(0, n.length() - DESIGN_EXT.length()))
                    .filter(n -> n.equals(LEGACY) || n.startsWith(PREFIX)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Whether the process that wrote a slot still runs (the same id and start time; another store of this same
     * process, which only tests make, counts as ended). Without a noted process (earlier versions) it has ended.
     */
    private static boolean ownerRunning(Properties meta) {
        long pid;
        try {
            pid = Long.parseLong(meta.getProperty("pid", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        String noted = meta.getProperty("processStart");
        Optional<Instant> started = process.get().info().startInstant();
        return noted == null || started.isEmpty() || started.get().toString().equals(noted);
    }

    private Properties meta(String slot) {
        Properties meta = new Properties();
        Path file = metaOf(slot);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                meta.load(r);
            } catch (IOException | IllegalArgumentException e) {
                meta.clear();
            }
        }
        return meta;
    }

    private Instant savedAt(String slot, Properties meta) {
        try {
            return Instant.parse(meta.getProperty("savedAt", ""));
        } catch (RuntimeException e) {
            return lastModified(designOf(slot));
        }
    }

    private Path designOf(String slot) {
        return dir.resolve(slot + DESIGN_EXT);
    }

    private Path metaOf(String slot) {
        return dir.resolve(slot + META_EXT);
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
