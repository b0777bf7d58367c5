package dev.designround.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole file, but never more than a limit: a file that says it is small but is not ({@code /dev/zero}, a
 * pipe, a file growing while read) stops being read at the limit instead of exhausting memory.
 */
public final class LimitedRead {

    /** The file holds more than the limit; {@link #size()} is its size, or -1 when only the limit is known. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;
        private final long limit;

        TooLarge(long size, long limit) {
            super(size >= 0 ? "file is " + megabytes(size) + ", larger than the limit of " + megabytes(limit)
                    : "file is larger than the limit of " + megabytes(limit) + " (reading stopped there)");
            this.size = size;
            this.limit = limit;
        }

        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    private LimitedRead() {
    }

    /**
     * The file's bytes.
     *
     * @throws TooLarge   if it holds more than {@code max} bytes (at most {@code max + 1} are read to find out)
     * @throws IOException if it cannot be read
     */
    public static byte[] bytes(Path file, long max) throws IOException {
        long limit = Math.min(max, Integer.MAX_VALUE - 16);
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > limit) {
                throw new TooLarge(size, limit);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new TooLarge(-1, limit);
            }
            return bytes;
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
