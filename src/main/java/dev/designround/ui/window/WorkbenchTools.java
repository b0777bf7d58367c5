package dev.designround.ui.window;

import dev.designround.ui.export.ExportActions;
import dev.designround.ui.export.ExportFeedback;
import dev.designround.ui.export.ExportMenu;
import dev.designround.ui.export.Exportable;
import dev.designround.ui.export.ReportGrading;
import dev.designround.ui.simulate.SimulatePanel;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Tab;

/**
 * The tools around the editor, wired into the main window: export (File → Export, Edit → Copy as Mermaid and
 * Copy image) and the Simulate tab. Kept apart from {@link Workbench} so that the window's own class stays about
 * showing documents.
 */
final class WorkbenchTools {

    private final ExportActions exports;
    private final ExportMenu exportMenu;
    private final SimulatePanel simulate;

    WorkbenchTools(Workbench w, Services services, Actions actions, BooleanProperty dark) {
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
