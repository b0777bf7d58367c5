package dev.designround.ui.round;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.UiTest;
import dev.designround.ui.look.Themes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The clock on screen turns amber in the round's last fifth and red past its end, as the style sheet says. */
@UiTest
class CountdownViewTest {

    private CountdownView view;

    @Start
    void start(Stage stage) {
        Themes.apply(dev.designround.ui.settings.Settings.Theme.LIGHT);
        view = new CountdownView();
        Scene scene = new Scene(new StackPane(view), 400, 100);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A running 100-second round started this many seconds ago. */
    private Color shownAfter(FxRobot robot, long seconds) {
        Countdown c = new Countdown(Duration.ofSeconds(100));
        c.start(Instant.now().minusSeconds(seconds));
        robot.interact(() -> {
            view.show(Optional.of(c));
            view.applyCss();
        });
        Label time = robot.lookup("#countdown").queryAs(Label.class);
        return (Color) time.getTextFill();
    }

    @Test
    void normalThenAmberThenRed(FxRobot robot) {
        Color normal = shownAfter(robot, 10);
        Color warning = shownAfter(robot, 85);
        Color over = shownAfter(robot, 130);

        assertThat(warning).isNotEqualTo(normal);
        assertThat(over).isNotEqualTo(normal).isNotEqualTo(warning);
        assertThat(over.getRed()).as("red past the end").isGreaterThan(over.getGreen()).isGreaterThan(over.getBlue());
        assertThat(warning.getRed()).as("amber near the end").isGreaterThan(warning.getBlue());
        assertThat(robot.lookup("#countdown").queryAs(Label.class).getText()).startsWith("+");
        robot.interact(() -> view.show(Optional.empty())); // stops its ticking
    }
}
