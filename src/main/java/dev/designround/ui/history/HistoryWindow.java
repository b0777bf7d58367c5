package dev.designround.ui.history;

import dev.designround.round.AttemptHistory;
import dev.designround.ui.look.Themes;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The History view in a window of its own beside the whiteboard (opened from the Round menu, the Feedback tab or
 * a scenario's tile on the start view): one scenario at a time, brought to the front when opened again, and
 * brought up to date after each Submit of that scenario.
 */
public final class HistoryWindow {

    private final Window owner;
    private final HistoryView view;
    private Stage stage;
    private String scenarioId = "";
    private String scenarioTitle = "";

    /** @param exportCsv asked to export a history as CSV */
    public HistoryWindow(Window owner, Consumer<AttemptHistory> exportCsv) {
        this.owner = owner;
        this.view = new HistoryView(exportCsv);
    }

    /** Shows a scenario's history, opening the window or bringing it to the front. */
    public void show(String title, AttemptHistory history) {
        scenarioId = history.scenario();
        scenarioTitle = title;
        view.show(title, history);
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene(view, 760, 720);
            Themes.style(scene);
            stage.setScene(scene);
            stage.setMinWidth(480);
            stage.setMinHeight(400);
        }
        stage.setTitle("History · " + title);
        stage.show();
        stage.toFront();
    }

    /** A scenario's history changed (a Submit): shown anew when the window shows that scenario. */
    public void changed(AttemptHistory history) {
        if (isShowing() && history.scenario().equals(scenarioId)) {
            view.show(scenarioTitle, history);
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public HistoryView view() {
        return view;
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }
}
