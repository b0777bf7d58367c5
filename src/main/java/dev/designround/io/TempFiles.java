package dev.designround.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden temporary files an atomic write goes through ({@code .NAME.drPID-RANDOM.tmp}, and
 * {@code .NAME.drPID-RANDOM.bak.tmp} for the copy that becomes the backup), and their cleaning up: a process that
 * ends normally or by SIGTERM deletes its own (a shutdown hook), and one killed outright (SIGKILL, a power cut)
 * leaves them for the next write to the same folder, which deletes every one whose process is gone. Files of a
 * process that is still running are never touched, so writers working at once do not disturb each other.
 */
final class TempFiles {

    /** {@code .NAME.drPID-RANDOM.tmp} or {@code .NAME.drPID-RANDOM.bak.tmp}. */
    private static final Pattern OURS = Pattern.compile("\\..+\\.dr(\\d{1,18})-\\d+(\\.bak)?\\.tmp");
    /**
     * Written by versions before the process id was part of the name: {@code .NAME.RANDOM.tmp}, RANDOM an unsigned
     * long (almost always 15 digits or more, which keeps a person's own {@code .notes.1.tmp} out of it).
     */
    private static final Pattern OLD = Pattern.compile("\\..+\\.\\d{15,20}(\\.bak)?\\.tmp");
    /** Old-style files carry no owner: they are deleted once nobody could still be writing them. */
    static final Duration OLD_FILES_AGE = Duration.ofHours(1);

    private static final long PID = ProcessHandle.current().pid();
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final Object HOOK = installHook();

    private TempFiles() {
    }

    private static Object installHook() {
        Thread hook = new Thread(() -> {
            for (Path p : IN_FLIGHT) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // shutting down: nothing more can be done about it
                }
            }
        }, "delete-temporary-files");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (IllegalStateException e) {
            // first used while the process is already shutting down: nothing left to register for
        }
        return hook;
    }

    /** A new, empty temporary file beside {@code target}, registered for deletion if the process ends first. */
    static Path create(Path target, String suffix) throws IOException {
        if (HOOK == null) {
            throw new IllegalStateException("shutdown hook not installed");
        }
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".dr" + PID + "-", suffix);
        IN_FLIGHT.add(tmp);
        return tmp;
    }

    /** Deletes a temporary file if it is still there and forgets it. */
    static void discard(Path tmp) throws IOException {
        try {
            Files.deleteIfExists(tmp);
        } finally {
            IN_FLIGHT.remove(tmp);
        }
    }

    /** Forgets a temporary file that has become the target (moved). */
    static void moved(Path tmp) {
        IN_FLIGHT.remove(tmp);
    }

    /**
     * Deletes the temporary files that writers which are gone left in a folder. Best effort: a file that cannot be
     * deleted is left, and nothing here makes a write fail.
     */
    static void cleanUp(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path f : files) {
                if (isStale(f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder we cannot list or a file we cannot delete: the write itself goes on
        }
    }

    static boolean isStale(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher ours = OURS.matcher(name);
        if (ours.matches()) {
            long pid;
            try {
                pid = Long.parseLong(ours.group(1));
            } catch (NumberFormatException e) {
                return false;
            }
            if (pid == PID) {
                return false; // this process's own, perhaps just created by another thread and not registered yet
            }
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        }
        if (OLD.matcher(name).matches() && Files.isRegularFile(file)) {
            FileTime modified = Files.getLastModifiedTime(file);
            return modified.toInstant().isBefore(Instant.now().minus(OLD_FILES_AGE));
        }
        return false;
    }
}
