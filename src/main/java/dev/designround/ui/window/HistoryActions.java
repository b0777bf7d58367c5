package dev.designround.ui.window;

import dev.designround.io.HistoryCsv;
import dev.designround.io.HistoryStore;
import dev.designround.json.InputException;
import dev.designround.round.AttemptHistory;
import dev.designround.scenario.Scenario;
import dev.designround.ui.history.HistoryWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The practice history in the main window: opens a scenario's History (Round → History, the Feedback tab's
 * button, a tile on the start view), keeps it up to date after each Submit, and exports it as CSV through the
 * file dialog. A history file that cannot be read is reported with its place, and left as it is.
 */
final class HistoryActions {

    private final Workbench workbench;
    private final Services services;
    private final HistoryStore store;
    private final HistoryWindow window;

    HistoryActions(Workbench workbench, Services services, HistoryStore store) {
        this.workbench = workbench;
        this.services = services;
        this.store = store;
        this.window = new HistoryWindow(workbench.window(), this::exportCsv);
    }

    /** Opens the history of a scenario. */
    void show(Scenario scenario) {
        try {
            window.show(scenario.title(), store.load(scenario.id()));
        } catch (InputException e) {
            Dialogs.error(workbench.window(), "Your history of this round cannot be read", e.getMessage()
                    + "\nThe file is left as it is; the next Submit keeps it aside and starts a new history.",
                    e.lines());
        }
    }

    /** Opens the history of the round under way, if any. */
    void showRound() {
        workbench.round().scenario().ifPresent(this::show);
    }

    /** A Submit added to a scenario's history. */
    void changed(AttemptHistory history) {
        window.changed(history);
    }

    /** Every scenario's history that can be read, for the start view. */
    Map<String, AttemptHistory> all() {
        return store.loadAll();
    }

    HistoryWindow window() {
        return window;
    }

    dev.designround.ui.history.HistoryView view() {
        return window.view();
    }

    private void exportCsv(AttemptHistory history) {
        Window owner = window.stage().map(s -> (Window) s).orElse(workbench.window());
        Optional<Path> target = services.fileDialogs().chooseToExport(owner, Optional.empty(),
                history.scenario() + "-history.csv", "CSV (spreadsheets)", "csv");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get().toAbsolutePath();
        try {
            HistoryCsv.save(history, file);
            workbench.status("Exported " + history.size() + (history.size() == 1 ? " attempt" : " attempts")
                    + " to " + file);
        } catch (IOException | RuntimeException e) {
            Dialogs.error(owner, "Could not export " + file.getFileName(), file + ": "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()), List.of());
        }
    }
}
