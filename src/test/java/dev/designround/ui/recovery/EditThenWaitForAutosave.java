package dev.designround.ui.recovery;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignWriter;
import dev.designround.io.RecoveryStore;
import dev.designround.model.Design;
import dev.designround.ui.DesignRoundApp;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.window.Workbench;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Test-only program for the crash-recovery test: opens the whiteboard as the application does (on the user folder
 * given with {@code -Ddesignround.home}), opens a design, edits it through the editor the canvas and menus use,
 * waits until the autosave has written the edited design, writes what it expects to
 * {@code HOME/expected.json}, prints {@value #READY} and waits to be killed.
 *
 * <p>Usage: {@code java -Ddesignround.home=HOME ... EditThenWaitForAutosave DESIGN.json}
 */
public final class EditThenWaitForAutosave {

    public static final String READY = "AUTOSAVED";

    private EditThenWaitForAutosave() {
    }

    public static void main(String[] args) throws Exception {
        Path design = Path.of(args[0]);
        CompletableFuture<Design> edited = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            Workbench workbench = DesignRoundApp.mainWindow(stage);
            stage.show();
            workbench.open(design);
            Editor editor = workbench.document().orElseThrow().editor();
            String cache = editor.addNode("semantic-cache", 1160, 800);
            editor.connect("gateway", cache);
            editor.renameNode("llm", "Claude (unsaved)");
            editor.selection().selectNode("monitoring");
            editor.deleteSelection();
            edited.complete(editor.design().copy());
        });
        Design expected = edited.get(60, TimeUnit.SECONDS);
        RecoveryStore store = RecoveryStore.standard();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!store.pending(CatalogLoader.bundled()).map(RecoveryStore.Recovered::design).equals(
                Optional.of(expected))) {
            if (System.nanoTime() > deadline) {
                System.out.println("no autosave within 60 s");
                System.exit(3);
            }
            Thread.sleep(100);
        }
        new DesignWriter().save(expected, Path.of(System.getProperty("designround.home"), "expected.json"));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
