package dev.designround.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Devices and pipes for tests of writing to them, made so that a bug can never harm the machine's own. */
public final class DeviceNodes {

    public static final int TYPE_MASK = 0170000;
    public static final int CHARACTER_DEVICE = 0020000;
    public static final int BLOCK_DEVICE = 0060000;
    public static final int FIFO = 0010000;

    private DeviceNodes() {
    }

    /**
     * A memory device ({@code /dev/null} is 1:3, {@code /dev/full} 1:7): as root a node of it made in {@code dir},
     * so that a bug cannot replace the machine's own; otherwise the real one, which a process that is not root
     * cannot replace anyway. Skips the test when neither is possible.
     */
    public static Path memoryDevice(Path dir, String name, String minor) {
        Path node = dir.resolve(name);
        if (run("mknod", node.toString(), "c", "1", minor)) {
            return node;
        }
        Path real = Path.of("/dev", name);
        assumeTrue(type(real) == CHARACTER_DEVICE && !Files.isWritable(real.getParent()));
        return real;
    }

    /** The file type bits of a path, not following links; -1 if unknown. */
    public static int type(Path p) {
        try {
            return ((Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException e) {
            return -1;
        }
    }

    /** Runs a command; false when it is missing or fails (not root, no such tool). */
    public static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
