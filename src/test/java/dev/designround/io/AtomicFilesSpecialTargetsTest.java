package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import dev.designround.testing.DeviceNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not plain files: devices and pipes are written through and stay what they are, symbolic links
 * are followed and stay links, disks and folders are refused. Devices are made with {@code mknod} in the test's
 * folder when running as root, never the machine's own.
 */
class AtomicFilesSpecialTargetsTest {

    private static final int CHARACTER_DEVICE = DeviceNodes.CHARACTER_DEVICE;
    private static final int FIFO = DeviceNodes.FIFO;

    @TempDir
    Path dir;

    @Test
    void theNullDeviceIsWrittenThroughAndStaysADevice() throws IOException {
        Path devNull = device("null", "3");
        AtomicFiles.write(devNull, "an export nobody keeps".getBytes(StandardCharsets.UTF_8));
        assertThat(type(devNull)).isEqualTo(CHARACTER_DEVICE);
        assertThat(Files.size(devNull)).isZero();
        assertThat(devNull.resolveSibling("null.bak")).doesNotExist();
    }

    @Test
    void theFullDeviceSaysTheDiskIsFullAndStaysADevice() {
        Path devFull = device("full", "7");
        assertThatThrownBy(() -> AtomicFiles.write(devFull, new byte[100_000])).isInstanceOf(IOException.class)
                .hasMessage("the disk is full (no space left on device)");
        assertThat(type(devFull)).isEqualTo(CHARACTER_DEVICE);
    }

    @Test
    void aBlockDeviceIsRefused() throws Exception {
        Path disk = dir.resolve("disk");
        // minor 250 of the loop driver: a device node that leads to no disk, so nothing is at risk
        assumeTrue(run("mknod", disk.toString(), "b", "7", "250"));
        assertThatThrownBy(() -> AtomicFiles.write(disk, new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageContaining("is a block device");
        assertThat(type(disk)).isEqualTo(0060000);
    }

    @Test
    void aFifoGetsTheContentAndStaysAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()));
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        AtomicFiles.write(fifo, "through the pipe".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("through the pipe");
        assertThat(type(fifo)).isEqualTo(FIFO);
    }

    @Test
    void aLinkToAFileStaysALinkAndTheFileAtItsEndIsReplaced() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("diagram.svg");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("diagram.svg"), Path.of("real/diagram.svg"));
        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(Files.readString(dir.resolve("real/diagram.svg.bak"))).isEqualTo("old");
        assertThat(dir.resolve("diagram.svg.bak")).doesNotExist();
    }

    @Test
    void aLinkToAFileNotWrittenYetGetsItsFileCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("latest.png"), Path.of("out/v1.png"));
        Files.createDirectories(dir.resolve("out"));
        AtomicFiles.write(link, new byte[] {7});
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(dir.resolve("out/v1.png"))).containsExactly(7);
    }

    @Test
    void aChainOfLinksIsFollowedToItsEnd() throws IOException {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "1");
        Files.createSymbolicLink(dir.resolve("b.json"), real);
        Path a = Files.createSymbolicLink(dir.resolve("a.json"), dir.resolve("b.json"));
        AtomicFiles.write(a, "2".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(dir.resolve("b.json"))).isTrue();
        assertThat(Files.readString(real)).isEqualTo("2");
    }

    @Test
    void aLinkToAFolderIsRefusedLikeAFolder() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.png"), Files.createDirectories(dir.resolve("pics")));
        assertThatThrownBy(() -> AtomicFiles.write(link, new byte[] {1})).hasMessageEndingWith("is a folder");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    private static int type(Path p) {
        return DeviceNodes.type(p);
    }

    private Path device(String name, String minor) {
        return DeviceNodes.memoryDevice(dir, name, minor);
    }

    static boolean run(String... command) {
        return DeviceNodes.run(command);
    }
}
