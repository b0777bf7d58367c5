package dev.designround.ui.window;

import dev.designround.model.DesignListener;
import dev.designround.ui.edit.Editor;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/** The bottom line: the last thing that happened (fading after a while), and the design's size. */
final class StatusBar extends HBox {

    private final Label message = new Label();
    private final Label counts = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(8));
    private final DesignListener countListener = change -> updateCounts();
    private Editor editor;

    StatusBar() {
        getStyleClass().add("status-bar");
        message.setId("status-message");
        counts.setId("status-counts");
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(message, spring, counts);
        fade.setOnFinished(e -> message.setText(""));
    }

    void message(String text) {
        message.setText(text);
        fade.playFromStart();
    }

    void showDocument(Optional<Editor> next) {
        if (editor != null) {
            editor.design().removeListener(countListener);
        }
        editor = next.orElse(null);
        if (editor != null) {
            editor.design().addListener(countListener);
        }
        updateCounts();
    }

    private void updateCounts() {
        if (editor == null) {
            counts.setText("");
            return;
        }
        int n = editor.design().nodeCount();
        int e = editor.design().edgeCount();
        int z = editor.design().zones().size();
        int t = editor.design().texts().size();
        counts.setText(n + (n == 1 ? " node" : " nodes") + " · " + e + (e == 1 ? " edge" : " edges")
                + (z == 0 ? "" : " · " + z + (z == 1 ? " zone" : " zones"))
                + (t == 0 ? "" : " · " + t + (t == 1 ? " text note" : " text notes")));
    }
}
