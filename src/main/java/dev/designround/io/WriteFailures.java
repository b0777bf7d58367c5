package dev.designround.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Why a write failed, in words for a person: the operating system's reason (permission denied, a full disk, a
 * read-only disk) rather than the name of a temporary file or a library's "I/O error writing PNG file!".
 */
final class WriteFailures {

    private WriteFailures() {
    }

    /** The reason, found anywhere in the chain of causes; the deepest message when none is recognised. */
    static String reason(Throwable error) {
        String deepest = null;
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String m = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getMessage();
            String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") || lower.contains("not enough space")) {
                return "the disk is full (no space left on device)";
            }
            if (lower.contains("disk quota exceeded")) {
                return "your disk quota is used up (disk quota exceeded)";
            }
            if (lower.contains("read-only file system")) {
                return "the disk is read-only";
            }
            if (e instanceof AccessDeniedException || lower.contains("permission denied")
                    || lower.contains("operation not permitted")) {
                return "permission denied";
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (e instanceof IOException && m != null && !m.isBlank()) {
                deepest = m;
            }
        }
        return deepest != null ? deepest : String.valueOf(error);
    }
}
