package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.AppDirs;
import dev.designround.io.DesignReader;
import dev.designround.model.Design;
import dev.designround.ui.recovery.EditThenWaitForAutosave;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Crash recovery for real: the whiteboard runs in a child JVM (headless, the same class path), opens a design,
 * is edited, autosaves, and is killed with SIGKILL (no shutdown hooks, nothing saved). The whiteboard then starts
 * in this JVM on the same user folder, offers to restore the work, and restoring gives the edited design.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RecoveryAfterKillTest extends WhiteboardFixture {

    private static Path home;
    private static Path designFile;
    private static String original;
    private static int killedExit;

    @BeforeAll
    static void editAndKillAChildWhiteboard() throws Exception {
        Files.createDirectories(AppDirs.home());
        Path root = Files.createTempDirectory(AppDirs.home(), "killed-");
        home = root.resolve("home");
        Files.createDirectories(home);
        designFile = root.resolve("design.json");
        Files.copy(Path.of("examples/customer-support-robust.json"), designFile);
        original = Files.readString(designFile);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Ddesignround.home=" + home,
                "-Djavafx.cachedir=" + root.resolve("openjfx-cache")));
        // the JDK-specific flags this JVM got from the pom (native access, Unsafe memory access on JDK 24+)
        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--enable-native-access") || a.startsWith("--sun-misc-unsafe-memory-access"))
                .forEach(command::add);
        command.add(EditThenWaitForAutosave.class.getName());
        command.add(designFile.toString());
        Process child = new ProcessBuilder(command).redirectError(root.resolve("child-stderr.txt").toFile()).start();
        CompletableFuture<List<String>> ready = CompletableFuture.supplyAsync(() -> readUntilReady(child));
        List<String> output = ready.get(120, TimeUnit.SECONDS);
        assertThat(output).as("child output; stderr in " + root.resolve("child-stderr.txt"))
                .contains(EditThenWaitForAutosave.READY);

        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean exit
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killedExit = child.exitValue();
    }

    private static List<String> readUntilReady(Process child) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals(EditThenWaitForAutosave.READY)) {
                    break;
                }
            }
        } catch (java.io.IOException e) {
            lines.add(e.toString());
        }
        return lines;
    }

    @Start
    void start(Stage stage) {
        startWhiteboard(stage, Optional.of(home));
    }

    @Test
    void afterAKillTheNextStartOffersTheAutosavedWorkAndRestoringGivesTheEditedDesign(FxRobot robot)
            throws Exception {
        assertThat(killedExit).isEqualTo(137); // 128 + SIGKILL
        Design expected = new DesignReader(CatalogLoader.bundled()).read(home.resolve("expected.json"));

        later(() -> workbench.offerRecovery());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot).isPresent());
        String question = dialog(robot).orElseThrow().getContentText();
        assertThat(question).contains("unsaved changes to design.json (" + designFile.toAbsolutePath() + ")",
                "It was saved for recovery at ", "25 nodes, 35 edges");

        robot.clickOn("#recovery-restore");

        Document restored = workbench.document().orElseThrow();
        assertThat(restored.editor().design()).isEqualTo(expected);
        assertThat(restored.editor().design().node("llm").orElseThrow().label()).isEqualTo("Claude (unsaved)");
        assertThat(restored.file()).contains(designFile.toAbsolutePath());
        assertThat(restored.isDirty()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Design Round — design.json •");
        assertThat(Files.readString(designFile)).isEqualTo(original); // the file itself was never saved
    }
}
