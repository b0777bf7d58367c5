package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process half-way through saving (SIGKILL, no shutdown hooks) and finds the old or the new file whole,
 * never a mix, and the backup whole too.
 */
class AtomicWriteCrashTest {

    private static final int SIZE = 4 * 1024 * 1024;

    @Test
    void aWriterKilledMidWriteLeavesTheOldOrTheNewFileWhole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("design.json");
        SplittableRandom random = new SplittableRandom(42);
        for (int round = 0; round < 6; round++) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Writer.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                Thread.sleep(20 + random.nextInt(200));
                writer.destroyForcibly();
                assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            assertWhole(file);
            assertWhole(AtomicFiles.backupOf(file));
        }
    }

    private static void assertWhole(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        assertThat(content).hasSize(SIZE);
        byte first = content[0];
        assertThat(first == 'a' || first == 'b').isTrue();
        byte[] expected = new byte[SIZE];
        Arrays.fill(expected, first);
        assertThat(Arrays.equals(content, expected)).as(file + " holds one version only").isTrue();
    }

    /** Saves alternating versions of a file as fast as it can until it is killed. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            byte[] a = new byte[SIZE];
            byte[] b = new byte[SIZE];
            Arrays.fill(a, (byte) 'a');
            Arrays.fill(b, (byte) 'b');
            AtomicFiles.write(file, a);
            AtomicFiles.write(file, b);
            System.out.println("ready");
            System.out.flush();
            for (long i = 0; ; i++) {
                AtomicFiles.write(file, i % 2 == 0 ? a : b);
            }
        }
    }
}
