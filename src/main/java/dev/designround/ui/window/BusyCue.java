package dev.designround.ui.window;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows that the window is working on something the user asked for and will take a moment (opening the first
 * round builds and styles the whole editor): a spinner and a line of text over the start view, and the wait
 * cursor. The work runs only once the cue is on screen, so the user sees it before the window gets busy; the cue
 * goes when the work is done. Id {@code busy-cue}.
 */
final class BusyCue extends StackPane {

    /** How long the cue is on screen before the work starts (seen, not noticed as a delay). */
    static final long SHOWN_FIRST_MS = 80;

    private final Label text = new Label();

    BusyCue() {
        setId("busy-cue");
        getStyleClass().add("busy-cue");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        text.setId("busy-text");
        text.getStyleClass().add("busy-text");
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("busy-box");
        box.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(box);
        setVisible(false);
    }

    /**
     * Shows the cue with a message, then runs the work after the next frame has drawn it, then hides the cue. Does
     * the work at once when the cue is not in a window.
     */
    void whileShown(String message, Runnable work) {
        Scene scene = getScene();
        if (scene == null) {
            work.run();
            return;
        }
        text.setText(message);
        setVisible(true);
        toFront();
        scene.setCursor(Cursor.WAIT);
        Runnable[] drawn = new Runnable[1];
        drawn[0] = () -> {
            scene.removePostLayoutPulseListener(drawn[0]);
            // the frame is rendered after this pulse, and on some platforms put on screen by the FX thread: the
            // work waits a moment so that the thread is free to do that first
            PauseTransition onScreen = new PauseTransition(javafx.util.Duration.millis(SHOWN_FIRST_MS));
            // the work runs outside the animation's handler, since it may wait on a dialog (the import dialog of
            // a recent diagram), which JavaFX refuses while it processes an animation
            onScreen.setOnFinished(e -> Platform.runLater(() -> {
                try {
                    work.run();
                } finally {
                    setVisible(false);
                    scene.setCursor(null);
                }
            }));
            onScreen.play();
        };
        scene.addPostLayoutPulseListener(drawn[0]);
        Platform.requestNextPulse();
    }

    boolean isShowing() {
        return isVisible();
    }
}
