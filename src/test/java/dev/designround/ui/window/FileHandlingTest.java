package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.ui.settings.Settings;
import dev.designround.ui.settings.SettingsStore;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Opening, saving and closing designs, with the errors and questions a user sees. */
class FileHandlingTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private Design sample() {
        return design().title("Legal Q&A").node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0))
                .chain("u", "llm", "u").build();
    }

    @Test
    void savingAndReopeningGivesAnEqualDesign(FxRobot robot) throws Exception {
        newWhiteboard(robot);
        robot.doubleClickOn("#palette-user");
        robot.interact(() -> {
            editor().renameNode("user", "Associate");
            editor().connect("user", "user");
        });
        Design built = model().copy();
        Path target = dir.resolve("mine.json");
        fileDialogs.willSaveTo(target);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        assertThat(new DesignReader(CatalogLoader.bundled()).read(target)).isEqualTo(built);
        robot.interact(() -> workbench.run("close"));
        robot.interact(() -> workbench.open(target));
        assertThat(model()).isEqualTo(built);
        assertThat(workbench.document().orElseThrow().file()).contains(target.toAbsolutePath().normalize());
    }

    @Test
    void theTitleNamesTheFileAndMarksUnsavedChanges(FxRobot robot) {
        open(robot, sample());
        assertThat(stage.getTitle()).isEqualTo("Design Round — design.json");

        robot.interact(() -> editor().addNode("cache", 0, 200));
        assertThat(stage.getTitle()).isEqualTo("Design Round — design.json •");

        robot.interact(() -> workbench.run("save"));
        assertThat(stage.getTitle()).isEqualTo("Design Round — design.json");
    }

    @Test
    void saveAsWritesANewFileAndKeepsTheOldOne(FxRobot robot) throws Exception {
        open(robot, sample());
        Path copy = dir.resolve("copy.json");
        fileDialogs.willSaveTo(copy);
        robot.interact(() -> editor().addNode("cache", 0, 200));

        robot.interact(() -> workbench.run("save-as"));

        assertThat(new DesignReader(CatalogLoader.bundled()).read(copy).hasNode("cache")).isTrue();
        assertThat(new DesignReader(CatalogLoader.bundled()).read(dir.resolve("design.json")).hasNode("cache"))
                .isFalse();
        assertThat(stage.getTitle()).isEqualTo("Design Round — copy.json");
    }

    @Test
    void openingABrokenFileShowsWhereItIsBrokenAndKeepsTheOpenDesign(FxRobot robot) {
        open(robot, sample());
        robot.interact(() -> editor().addNode("cache", 0, 200));
        Design before = model().copy();
        Path broken = writeText("broken.json", "{\n  \"format\": \"design-round.design\",\n  \"version\": 1,\n"
                + "  \"nodes\": [{\"id\": \"x\", \"type\": \"retriver\"}],\n  \"edges\": []\n}\n");

        robot.interact(() -> editor().stack().markClean());
        fileDialogs.willOpen(broken);
        robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);

        DialogPane dialog = dialog(robot).orElseThrow(() -> new AssertionError("no error dialog"));
        assertThat(dialog.getHeaderText()).isEqualTo("Could not open broken.json");
        assertThat(dialog.getContentText()).contains(broken + ":4:").contains("unknown component type \"retriver\"")
                .contains("did you mean \"retriever\"");
        robot.clickOn("OK");
        assertThat(model()).isEqualTo(before);
        assertThat(canvas().card("cache")).isPresent();
    }

    @Test
    void aFileThatIsNotJsonAtAllIsReportedWithItsLineAndColumn(FxRobot robot) {
        Path broken = writeText("notes.json", "{\n  \"format\": \"design-round.design\",\n  oops\n}\n");

        later(() -> workbench.open(broken));

        DialogPane dialog = dialog(robot).orElseThrow();
        assertThat(dialog.getContentText()).startsWith(broken + ":3:");
        robot.clickOn("OK");
        assertThat(workbench.document()).isEmpty();
    }

    @Test
    void theGuardAsksBeforeDroppingChangesAndCancelKeepsThem(FxRobot robot) {
        open(robot, sample());
        robot.interact(() -> editor().addNode("cache", 0, 200));

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        DialogPane question = dialog(robot).orElseThrow(() -> new AssertionError("no unsaved-changes question"));
        assertThat(question.getHeaderText()).isEqualTo("Save the changes to design.json?");
        robot.clickOn("Cancel");

        assertThat(model().hasNode("cache")).isTrue();
    }

    @Test
    void dontSaveDropsTheChanges(FxRobot robot) throws Exception {
        open(robot, sample());
        robot.interact(() -> editor().addNode("cache", 0, 200));

        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        robot.clickOn("Don't Save");

        assertThat(model().nodeCount()).isZero();
        assertThat(new DesignReader(CatalogLoader.bundled()).read(dir.resolve("design.json")).hasNode("cache"))
                .isFalse();
    }

    @Test
    void saveInTheGuardSavesThenGoesOn(FxRobot robot) throws Exception {
        open(robot, sample());
        robot.interact(() -> editor().addNode("cache", 0, 200));

        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        robot.clickOn("Save");

        assertThat(workbench.document()).isEmpty();
        assertThat(new DesignReader(CatalogLoader.bundled()).read(dir.resolve("design.json")).hasNode("cache"))
                .isTrue();
    }

    @Test
    void noQuestionWhenNothingChanged(FxRobot robot) {
        open(robot, sample());

        robot.interact(() -> workbench.run("new"));

        assertThat(dialog(robot)).isEmpty();
        assertThat(model().nodeCount()).isZero();
    }

    @Test
    void openedFilesAreRememberedAsRecentOnTheStartView(FxRobot robot) {
        open(robot, sample());
        robot.interact(() -> workbench.run("close"));

        assertThat(new SettingsStore(home()).load().recentFiles()).first()
                .isEqualTo(dir.resolve("design.json").toAbsolutePath().normalize());
        robot.clickOn("design.json");
        RoundFixture.waitUntil(() -> workbench.document().isPresent()); // after the busy cue has shown
    }

    @Test
    void aScenarioFromTheGalleryStartsADesignForIt(FxRobot robot) {
        waitUntil(() -> robot.lookup("#scenario-legal-doc-qa").tryQuery().isPresent()); // loads in the background
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#start-view").query()).setVvalue(1));

        robot.clickOn("#scenario-legal-doc-qa");
        RoundFixture.waitUntil(() -> workbench.document().isPresent()); // after the busy cue has shown

        assertThat(model().info().scenario()).isEqualTo("legal-doc-qa");
        assertThat(stage.getTitle()).isEqualTo("Design Round — " + model().info().title());
    }

    @Test
    void theThemeIsRemembered(FxRobot robot) {
        robot.interact(() -> workbench.run("dark"));

        assertThat(new SettingsStore(home()).load().theme()).isEqualTo(Settings.Theme.DARK);
        robot.interact(() -> workbench.run("dark"));
        assertThat(new SettingsStore(home()).load().theme()).isEqualTo(Settings.Theme.LIGHT);
    }

    @Test
    void theStartViewOffersAFreeWhiteboard(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Design Round — Start");

        robot.clickOn("#start-new");

        assertThat(workbench.document()).isPresent();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(canvas());
        assertThat(stage.getTitle()).isEqualTo("Design Round — Untitled");
    }

    @Test
    void theShortcutsHelpListsEveryShortcut(FxRobot robot) {
        robot.type(KeyCode.F1);

        DialogPane help = dialog(robot).orElseThrow();
        String text = robot.from(help).lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("Undo", "Ctrl+Z", "Ctrl+Shift+Z or Ctrl+Y", "Auto-arrange", "Keyboard shortcuts",
                "Space+drag", "Ctrl+wheel", "F2");
        robot.clickOn("Close");
    }
}
