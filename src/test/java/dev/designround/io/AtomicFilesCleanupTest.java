package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files never pile up: not after SIGTERM, not after SIGKILL, not after a move that failed. */
class AtomicFilesCleanupTest {

    @TempDir
    Path dir;

    @Test
    void theNextWriteToAFolderDeletesWhatKilledWritersLeft() throws Exception {
        long dead = deadPid();
        Path left = Files.writeString(dir.resolve(".export.png.dr" + dead + "-4711.tmp"), "half a picture");
        Path leftBackup = Files.writeString(dir.resolve(".export.png.dr" + dead + "-4712.bak.tmp"), "old picture");
        Path oldStyle = Files.writeString(dir.resolve(".export.png.8233720368547758071.tmp"), "older version's");
        Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minus(TempFiles.OLD_FILES_AGE).minusSeconds(60)));

        AtomicFiles.write(dir.resolve("other.svg"), new byte[] {1});

        assertThat(left).doesNotExist();
        assertThat(leftBackup).doesNotExist();
        assertThat(oldStyle).doesNotExist();
        assertThat(names()).containsExactly("other.svg");
    }

    @Test
    void filesOfARunningWriterAndAPersonsOwnFilesAreLeftAlone() throws IOException {
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path busy = Files.writeString(dir.resolve(".export.png.dr" + running + "-4711.tmp"), "being written");
        Path recent = Files.writeString(dir.resolve(".export.png.8233720368547758071.tmp"), "maybe being written");
        Path mine = Files.writeString(dir.resolve(".notes.2.tmp"), "a person's own hidden file");

        AtomicFiles.write(dir.resolve("other.svg"), new byte[] {1});

        assertThat(busy).exists();
        assertThat(recent).exists();
        assertThat(mine).exists();
    }

    @Test
    void aWriterEndedBySigtermLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("slow.png");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            assertThat(names()).anyMatch(n -> n.startsWith(".slow.png.") && n.endsWith(".tmp"));
            writer.destroy(); // SIGTERM
            assertThat(writer.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void aMoveThatFailsLeavesNeitherABackupNorATemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("shared.json"), "someone else's");
        // an immutable file cannot be replaced, even by root: the same failure as a sticky folder for others
        assumeTrue(AtomicFilesSpecialTargetsTest.run("chattr", "+i", file.toString()));
        try {
            assertThatThrownBy(() -> AtomicFiles.write(file, "mine".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(IOException.class)
                    .hasMessage("cannot replace " + file.toRealPath() + ": permission denied");
            assertThat(names()).containsExactly("shared.json");
            assertThat(Files.readString(file)).isEqualTo("someone else's");
        } finally {
            AtomicFilesSpecialTargetsTest.run("chattr", "-i", file.toString());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assumeTrue(AtomicFilesSpecialTargetsTest.run("chattr", "+i", locked.toString()));
        try {
            assertThatThrownBy(() -> AtomicFiles.write(locked.resolve("out.png"), new byte[] {1}))
                    .isInstanceOf(IOException.class)
                    .hasMessage("cannot create a file in " + locked.toAbsolutePath() + ": permission denied");
        } finally {
            AtomicFilesSpecialTargetsTest.run("chattr", "-i", locked.toString());
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The id of a process that has ended. */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    /** Starts writing a file, says so, and takes its time: to be stopped with SIGTERM. */
    public static final class SlowWriter {
        public static void main(String[] args) throws IOException {
            AtomicFiles.write(Path.of(args[0]), out -> {
                out.write(new byte[1024]);
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
