package dev.designround.ui;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.AppDirs;
import dev.designround.io.ErrorLog;
import dev.designround.io.RecoveryStore;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.look.Themes;
import dev.designround.ui.settings.SettingsStore;
import dev.designround.ui.window.NativeFileDialogs;
import dev.designround.ui.window.Services;
import dev.designround.ui.window.Workbench;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The whiteboard application: one main window ({@link Workbench}); first it offers to restore work an earlier run
 * did not save (if any), else it opens the design file named on the command line if there is one. With
 * {@code -Ddesignround.timing=true} it prints how long the first window took to appear, and the design named on the
 * command line to be open and laid out, counted from the start of the JVM.
 */
public final class DesignRoundApp extends Application {

    /**
     * JavaFX warns on every start that it was loaded from the class path (the runnable jar holds it there, which
     * works); users should not see that. Errors still show. Kept in a field so the setting is not collected.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /**
     * Opens the whiteboard and returns when it is closed: 0, or 1 when there is no display to open it on (with a
     * one-line message on stderr).
     */
    public static int launchWindow(String[] args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        MemoryTuning.apply();
        try {
            Application.launch(DesignRoundApp.class, args);
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            System.err.println("design-round: cannot open the whiteboard (" + reason + "). The commands work "
                    + "without a display: see 'design-round --help'.");
            return 1;
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Prints how long since the JVM started, once the next layout pass (cards and arrows built) is done. */
    private static void printWhenLaidOut(Stage stage, String what) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            System.out.println("design-round: " + what + " after " + sinceStart() + " ms");
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    /**
     * The main window as the application makes it, on the user's folder ({@code AppDirs.home()}): settings, native
     * file dialogs, bundled scenarios, crash recovery. Not shown yet.
     */
    public static Workbench mainWindow(Stage stage) {
        SettingsStore store = new SettingsStore(AppDirs.home());
        Themes.apply(store.load().theme());
        return new Workbench(stage, new Services(CatalogLoader.bundled(), store, new NativeFileDialogs(),
                ScenarioLibrary::bundled, RecoveryStore.standard()));
    }

    @Override
    public void start(Stage stage) {
        Workbench workbench = mainWindow(stage);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> workbench.reportInternalError(error,
                ErrorLog.record(error, getParameters().getRaw().toArray(String[]::new))));
        if (Boolean.getBoolean("designround.timing")) {
            stage.setOnShown(e -> System.out.println("design-round: first window after " + sinceStart() + " ms"));
        }
        stage.show();
        List<String> files = getParameters().getRaw();
        Platform.runLater(() -> {
            boolean restored = workbench.offerRecovery();
            if (!restored && !files.isEmpty() && workbench.open(Path.of(files.get(0)))
                    && Boolean.getBoolean("designround.timing")) {
                printWhenLaidOut(stage, "design open");
            }
        });
    }
}
