package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.UiTest;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a small screen the side panel's tabs show icons, so that none hides behind the overflow menu. */
@UiTest
class SidePanelTabsTest {

    private TabPane pane;

    @Start
    void start(Stage stage) {
        pane = new TabPane();
        for (String name : new String[] {"Inspector", "Scenario", "Feedback"}) {
            Tab tab = new Tab(name);
            tab.setId("tab-" + name.toLowerCase(java.util.Locale.ROOT));
            pane.getTabs().add(tab);
        }
        pane.getStyleClass().add("side-panel");
        SidePanelTabs.install(pane);
        stage.setScene(new Scene(new StackPane(pane), 800, 400));
        stage.show();
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> pane.setMaxWidth(width)); // as the split pane's divider would
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void namesWhileTheyFitIconsWhenTheyDoNotAndTabsAddedLaterGetTheirIconToo(FxRobot robot) {
        assertThat(SidePanelTabs.isCompact(pane)).isFalse();
        assertThat(pane.getTabs()).allSatisfy(t -> {
            assertThat(t.getGraphic()).isNotNull();
            assertThat(t.getTooltip().getText()).isEqualTo(t.getText());
        });

        resize(robot, 200);
        assertThat(SidePanelTabs.isCompact(pane)).isTrue();

        resize(robot, 800);
        assertThat(SidePanelTabs.isCompact(pane)).isFalse();

        Tab simulate = new Tab("Simulate");
        simulate.setId("tab-simulate");
        robot.interact(() -> pane.getTabs().add(simulate));
        assertThat(simulate.getGraphic()).isNotNull();
        double needed = SidePanelTabs.namesWidth(pane);
        resize(robot, needed - 20);
        assertThat(SidePanelTabs.isCompact(pane)).isTrue();
        resize(robot, needed + 20);
        assertThat(SidePanelTabs.isCompact(pane)).isFalse();

        Tab feedback = pane.getTabs().get(2);
        robot.interact(() -> feedback.setText("Feedback and more words")); // a longer name
        assertThat(SidePanelTabs.isCompact(pane)).isTrue();
        assertThat(feedback.getTooltip().getText()).isEqualTo("Feedback and more words");
    }
}
