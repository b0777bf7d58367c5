package dev.designround.ui.round;

import java.time.Instant;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The round's clock on screen: time left (pseudo-class {@code warning} near the end, {@code over} past it), start
 * or pause, and reset. It ticks on the FX timeline twice a second while running and never stops anything else.
 */
final class CountdownView extends HBox {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final Label time = new Label();
    private final Button startPause = new Button();
    private final Button reset = new Button(null, new FontIcon("mdi2r-restore"));
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.millis(500), e -> refresh()));
    private Optional<Countdown> countdown = Optional.empty();

    CountdownView() {
        super(8);
        getStyleClass().add("countdown");
        time.setId("countdown");
        time.getStyleClass().add("countdown-time");
        startPause.setId("countdown-start");
        startPause.setOnAction(e -> countdown.ifPresent(c -> {
            if (c.isRunning()) {
                c.pause(Instant.now());
            } else {
                c.start(Instant.now());
            }
            refresh();
        }));
        reset.setId("countdown-reset");
        reset.getStyleClass().add("flat");
        reset.setTooltip(new Tooltip("Reset the clock to the round's full time"));
        reset.setOnAction(e -> countdown.ifPresent(c -> {
            c.reset();
            refresh();
        }));
        ticks.setCycleCount(Animation.INDEFINITE);
        getChildren().addAll(time, startPause, reset);
    }

    /** Shows another clock (or none, and stops ticking). */
    void show(Optional<Countdown> next) {
        countdown = next;
        refresh();
    }

    private void refresh() {
        Instant now = Instant.now();
        boolean running = countdown.map(Countdown::isRunning).orElse(false);
        time.setText(countdown.map(c -> c.text(now)).orElse("--:--"));
        Countdown.Phase phase = countdown.map(c -> c.phase(now)).orElse(Countdown.Phase.NORMAL);
        time.pseudoClassStateChanged(WARNING, phase == Countdown.Phase.WARNING);
        time.pseudoClassStateChanged(OVER, phase == Countdown.Phase.OVER);
        startPause.setText(running ? "Pause" : countdown.map(c -> c.remaining(now).equals(c.total()))
                .orElse(true) ? "Start" : "Resume");
        startPause.setGraphic(new FontIcon(running ? "mdi2p-pause" : "mdi2p-play"));
        startPause.setDisable(countdown.isEmpty());
        reset.setDisable(countdown.isEmpty());
        if (running && ticks.getStatus() != Animation.Status.RUNNING) {
            ticks.play();
        } else if (!running) {
            ticks.stop();
        }
    }
}
