package dev.designround.ui.window;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.AppDirs;
import dev.designround.io.DesignWriter;
import dev.designround.io.RecoveryStore;
import dev.designround.model.Design;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.testing.MonocleDrags;
import dev.designround.testing.UiTest;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.canvas.NodeCard;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.look.Themes;
import dev.designround.ui.settings.Settings;
import dev.designround.ui.settings.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.api.FxRobot;

/**
 * The real main window in a headless stage (Monocle), with a fresh settings folder and scripted file dialogs, for
 * tests that drive it with the mouse and keyboard like a user. Each test class declares
 * {@code @Start void start(Stage stage) { startWhiteboard(stage); }}.
 */
@UiTest
@Timeout(value = 60, unit = TimeUnit.SECONDS)
abstract class WhiteboardFixture {

    /** A fresh folder per test (under the test home, {@code target/test-home}) for settings and files. */
    Path dir;

    final ScriptedFileDialogs fileDialogs = new ScriptedFileDialogs();
    Workbench workbench;
    Stage stage;

    /** Call from each test class's {@code @Start} method (TestFX only finds those declared in the class itself). */
    void startWhiteboard(Stage stage) {
        startWhiteboard(stage, Optional.empty());
    }

    /** Starts the window on a given user folder (settings, recovery), or a fresh one in the test folder. */
    void startWhiteboard(Stage stage, Optional<Path> userFolder) {
        MonocleDrags.forgetStaleDragWindow();
        try {
            Files.createDirectories(AppDirs.home());
            dir = Files.createTempDirectory(AppDirs.home(), "whiteboard-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stage = stage;
        // popups (tooltips) left by an earlier test would confuse the robot's drag and drop
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow).forEach(javafx.stage.Window::hide);
        // and so would windows of their own (the History window) left open by an earlier test
        new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != stage).forEach(javafx.stage.Window::hide);
        Themes.apply(Settings.Theme.LIGHT);
        Path folder = userFolder.orElse(dir.resolve("home"));
        workbench = new Workbench(stage, new Services(CatalogLoader.bundled(), new SettingsStore(folder),
                fileDialogs, ScenarioLibrary::bundled, new RecoveryStore(folder.resolve("recovery"))));
        stage.show();
        stage.sizeToScene(); // the stage is shared: a small test scene before this one must not leave it small
    }

    Path home() {
        return dir.resolve("home");
    }

    /** Writes a design to a file in the test folder. */
    Path write(String name, Design design) {
        try {
            Path file = dir.resolve(name);
            new DesignWriter().save(design, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path writeText(String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a design as the user would from File → Open. */
    void open(FxRobot robot, Design design) {
        Path file = write("design.json", design);
        robot.interact(() -> workbench.open(file));
    }

    /**
     * Runs something on the FX thread without waiting for it to finish: for actions that open a dialog and wait for
     * the user (the robot answers the dialog next).
     */
    static void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits (up to ten seconds) until a condition holds, for something the window does in the background, then for
     * the FX thread to handle what is queued. Tests wait on conditions like this, never for a fixed time.
     */
    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("waited ten seconds in vain", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void newWhiteboard(FxRobot robot) {
        robot.interact(() -> workbench.run("new"));
    }

    Editor editor() {
        return workbench.document().orElseThrow().editor();
    }

    Design model() {
        return editor().design();
    }

    DiagramCanvas canvas() {
        return workbench.canvas();
    }

    NodeCard card(String id) {
        return canvas().card(id).orElseThrow(() -> new AssertionError("no card for node " + id));
    }

    /** A point on the canvas, in screen coordinates, at a world position. */
    Point2D screenAtWorld(double x, double y) {
        DiagramCanvas c = canvas();
        return c.localToScreen(c.viewport().toScreenX(x), c.viewport().toScreenY(y));
    }

    /** Checks that a node's card is wholly in the canvas's view. */
    void assertWhollyInView(String nodeId) {
        var box = canvas().nodeBox(nodeId).orElseThrow();
        var v = canvas().viewport();
        org.assertj.core.api.Assertions.assertThat(v.toScreenX(box.x())).as(nodeId).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(v.toScreenY(box.y())).as(nodeId).isGreaterThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(v.toScreenX(box.maxX())).as(nodeId)
                .isLessThanOrEqualTo(canvas().getWidth());
        org.assertj.core.api.Assertions.assertThat(v.toScreenY(box.maxY())).as(nodeId)
                .isLessThanOrEqualTo(canvas().getHeight());
    }

    /** A point on the canvas at a fraction of its width and height. */
    Point2D screenAtCanvas(double fx, double fy) {
        DiagramCanvas c = canvas();
        return c.localToScreen(c.getWidth() * fx, c.getHeight() * fy);
    }

    /** The dialog showing now, if any. */
    static Optional<DialogPane> dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class);
    }
}
