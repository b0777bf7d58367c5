package dev.designround.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a crash never leaves half a file: the content goes to a temporary file in the same folder,
 * is flushed to disk, and is then moved over the target in one step. The previous version, if any, is kept as
 * {@code NAME.bak} (one generation).
 *
 * <p>A symbolic link is followed: the file at its end is replaced (its backup kept beside it) and the link stays a
 * link. A character device or a pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO) is written through, never
 * replaced; a folder, a block device or a socket is refused. Temporary files are deleted when a write fails, when
 * the process ends (SIGTERM included), and, for a process that was killed outright, by the next write to the same
 * folder (see {@link TempFiles}). Failures carry the reason in words (permission denied, the disk is full).
 */
public final class AtomicFiles {

    /** Writes the whole content to a stream; may throw. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically. Creates missing parent folders.
     *
     * @throws IOException if anything fails, with the reason as its message; the target is then untouched (old
     *                     content or absent), except a device or pipe, which may have received part of the content
     */
    public static void write(Path target, Body body) throws IOException {
        WriteTarget where = WriteTarget.of(target.toAbsolutePath());
        if (where.kind() == WriteTarget.Kind.STREAM) {
            writeThrough(where.path(), body);
        } else {
            writeAtomically(where.path(), body);
        }
    }

    private static void writeAtomically(Path file, Body body) throws IOException {
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure("cannot create the folder " + dir, e);
        }
        TempFiles.cleanUp(dir);
        Path tmp;
        try {
            tmp = TempFiles.create(file, ".tmp");
        } catch (IOException e) {
            throw failure("cannot create a file in " + dir, e);
        }
        Path backupCopy = null;
        boolean moved = false;
        try {
            keepPermissions(file, tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            } catch (IOException e) {
                throw failure("", e);
            }
            if (Files.isRegularFile(file)) {
                backupCopy = copyForBackup(file);
            }
            try {
                move(tmp, file);
            } catch (IOException e) {
                throw failure("cannot replace " + file, e);
            }
            moved = true;
            TempFiles.moved(tmp);
            if (backupCopy != null) {
                keepBackup(backupCopy, file);
                backupCopy = null;
            }
            syncFolder(dir);
        } finally {
            if (!moved) {
                TempFiles.discard(tmp);
            }
            if (backupCopy != null) {
                TempFiles.discard(backupCopy);
            }
        }
    }

    /** A device or a pipe: its content cannot be replaced in one step, so it gets the bytes as they come. */
    private static void writeThrough(Path stream, Body body) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(stream, StandardOpenOption.WRITE),
                1 << 16)) {
            body.writeTo(out);
        } catch (IOException e) {
            throw failure("", e);
        }
    }

    private static IOException failure(String doing, IOException e) {
        String reason = WriteFailures.reason(e);
        return new IOException(doing.isEmpty() ? reason : doing + ": " + reason, e);
    }

    /** Writes bytes atomically. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** The backup file kept for {@code target}. */
    public static Path backupOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".bak");
    }

    /**
     * Temporary files are created readable by their owner only; the saved file should have the permissions the
     * previous version had, or the usual rw-r--r-- for a new file.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.isRegularFile(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /** A copy of the file as it is now, hidden beside it, to become its backup once the new version is in place. */
    private static Path copyForBackup(Path file) throws IOException {
        Path copy;
        try {
            copy = TempFiles.create(file, ".bak.tmp");
        } catch (IOException e) {
            throw failure("cannot create a file in " + file.getParent(), e);
        }
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            TempFiles.discard(copy);
            throw failure("cannot keep a backup of " + file, e);
        }
    }

    /**
     * Moves the copy of the previous version to {@code NAME.bak}. The new version is already in place, so a backup
     * that cannot be kept (a {@code .bak} owned by someone else in a shared folder) does not fail the save.
     */
    private static void keepBackup(Path copy, Path file) throws IOException {
        try {
            move(copy, backupOf(file));
            TempFiles.moved(copy);
        } catch (IOException e) {
            TempFiles.discard(copy);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a folder; the file itself is already on disk.
        }
    }
}
