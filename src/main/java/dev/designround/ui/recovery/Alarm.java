package dev.designround.ui.recovery;

import java.time.Duration;

/**
 * Runs one task after a delay, on the thread that set it (the FX thread in the window); setting it again replaces
 * the task. Tests put in a hand-driven one.
 */
public interface Alarm {

    void set(Duration delay, Runnable task);

    void cancel();

    /** An alarm on the JavaFX animation timer; use from the FX thread. */
    static Alarm fx() {
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition();
        return new Alarm() {
            @Override
            public void set(Duration delay, Runnable task) {
                pause.stop();
                pause.setDuration(javafx.util.Duration.millis(Math.max(1, delay.toMillis())));
                pause.setOnFinished(e -> task.run());
                pause.playFromStart();
            }

            @Override
            public void cancel() {
                pause.stop();
            }
        };
    }
}
