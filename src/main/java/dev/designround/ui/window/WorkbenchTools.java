package dev.designround.ui.window;

import dev.designround.ui.export.ExportActions;
import dev.designround.ui.export.ExportFeedback;
import dev.designround.ui.export.ExportMenu;
import dev.designround.ui.export.Exportable;
import dev.designround.ui.export.ReportGrading;
import dev.designround.ui.simulate.SimulatePanel;
import dev.designround.io.RecoveryStore;
import dev.designround.json.InputException;
import dev.designround.ui.edit.Editor;
import dev.designround.ui.recovery.Alarm;
import dev.designround.ui.recovery.AutosaveSchedule;
import dev.designround.ui.recovery.Autosaver;
import dev.designround.ui.recovery.RecoveryDialog;
import java.io.IOException;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;

/**
 * The tools around the editor, wired into the main window: export (File → Export, Edit → Copy as Mermaid and
 * Copy image), the Simulate tab, and crash recovery (autosave, and the offer to restore at start-up). Kept apart
 * from {@link Workbench} so that the window's own class stays about showing documents.
 */
final class WorkbenchTools {

    private final ExportActions exports;
    private final ExportMenu exportMenu;
    private final SimulatePanel simulate;
    private final Workbench workbench;
    private final Services services;
    private final Autosaver autosaver;

    WorkbenchTools(Workbench w, Services services, Actions actions, BooleanProperty dark) {
        this.workbench = w;
        this.services = services;
        autosaver = new Autosaver(services.recovery(), AutosaveSchedule.STANDARD, Clock.systemUTC(), Alarm.fx(),
                problem -> Platform.runLater(() -> w.status(problem)));
        ExportFeedback feedback = new ExportFeedback() {
            @Override
            public void status(String message) {
                w.status(message);
            }

            @Override
            public void error(String header, String message) {
                Dialogs.error(w.window(), header, message, List.of());
            }
        };
        exports = new ExportActions(services.catalog(),
                new ReportGrading(services.catalog(), w::scenarios, Clock.systemDefaultZone()),
                () -> w.document().map(WorkbenchTools::exportable),
                (folder, name, description, extension) -> services.fileDialogs().chooseToExport(w.window(), folder,
                        name, description, extension),
                dark::get, feedback);
        exportMenu = new ExportMenu(exports);
        exportMenu.menu().disableProperty().bind(w.hasDocumentProperty().not());
        simulate = new SimulatePanel(services.catalog(), w.canvas());
        Tab simulateTab = new Tab("Simulate", simulate);
        simulateTab.setId("tab-simulate");
        simulateTab.setClosable(false);
        w.sidePanel().getTabs().add(simulateTab);
        actions.register(new Action("copy-mermaid", "Edit", "Copy as Mermaid", "mdi2l-language-markdown-outline",
                List.of(), exports::copyAsMermaid)).disabledProperty().bind(w.hasDocumentProperty().not());
        actions.register(new Action("copy-image", "Edit", "Copy image", "mdi2i-image-outline", List.of(),
                exports::copyImage)).disabledProperty().bind(w.hasDocumentProperty().not());
    }

    /** The window now shows this document, or the start view. */
    void shown(Optional<Document> document) {
        simulate.show(document.map(Document::editor));
        autosaver.followRound(() -> document.flatMap(Document::round));
        autosaver.follow(document.map(Document::editor), () -> document.flatMap(Document::file));
    }

    /** The window is asked to close: the unsaved work is written for recovery before anyone is asked anything. */
    void closing() {
        autosaver.writeNow();
    }

    /** A clean exit (saved, or the user chose not to): the recovery copy goes. */
    void closed() {
        autosaver.close();
    }

    /**
     * If an earlier run left unsaved work, asks whether to restore it; restoring opens it as an unsaved document
     * attached to its original file (if it had one), and moves it to this run's recovery copy. Work left by several
     * runs is offered newest first until one is restored (the rest wait for the next start). Work of another
     * whiteboard that is still open is never offered. Returns whether something was restored.
     */
    boolean offerRecovery() {
        RecoveryStore store = services.recovery();
        while (true) {
            Optional<RecoveryStore.Recovered> pending;
            try {
                pending = store.pending(services.catalog());
            } catch (InputException e) {
                String kept;
                try {
                    kept = "It is kept as " + store.setAside(Path.of(e.file())) + ".";
                } catch (IOException | RuntimeException moveFailed) {
                    kept = "It stays in " + e.file() + ".";
                }
                Dialogs.error(workbench.window(), "The work saved for recovery cannot be read",
                        e.getMessage() + "\n" + kept, e.lines());
                continue; // older work may still be readable
            }
            if (pending.isEmpty()) {
                return false;
            }
            RecoveryStore.Recovered r = pending.get();
            if (RecoveryDialog.ask(workbench.window(), r, Instant.now(), ZoneId.systemDefault())
                    == RecoveryDialog.Answer.DISCARD) {
                if (!forget(store, r)) {
                    return false; // it would be offered again and again
                }
                continue;
            }
            Document restored = new Document(new Editor(r.design(), services.catalog()), r.file(), r.round());
            restored.editor().stack().markUnsaved();
            workbench.show(restored);
            try {
                // this run's copy first, then the old one goes
                store.save(new dev.designround.io.DesignFile(r.design(), r.round()), r.file(), Instant.now());
                forget(store, r);
            } catch (IOException e) {
                workbench.status("Could not copy the recovered work to this session's recovery file: "
                        + e.getMessage());
            }
            workbench.status("Restored your unsaved work" + r.file().map(f -> " on " + f.getFileName()).orElse("")
                    + ": save it to keep it");
            return true;
        }
    }

    private boolean forget(RecoveryStore store, RecoveryStore.Recovered r) {
        try {
            store.discard(r);
            return true;
        } catch (IOException e) {
            workbench.status("Could not delete the recovery copy: " + e.getMessage());
            return false;
        }
    }

    Autosaver autosaver() {
        return autosaver;
    }

    SimulatePanel simulate() {
        return simulate;
    }

    private static Exportable exportable(Document d) {
        return new Exportable(d.editor().design(), d.file(), d.name());
    }

    ExportActions exports() {
        return exports;
    }

    /** File → Export. */
    ExportMenu exportMenu() {
        return exportMenu;
    }
}
