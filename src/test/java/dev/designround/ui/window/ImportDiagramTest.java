package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File → Open with a diagram from draw.io, Mermaid or Excalidraw: the import dialog says what each shape became,
 * lets the user correct types, choose the page and the round, and opens the design only on Open.
 */
class ImportDiagramTest extends WhiteboardFixture {

    private static final Path RESOURCES = Path.of("src/test/resources/dev/designround/io/imports");

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private Path copy(String name) {
        try {
            return Files.copy(RESOURCES.resolve(name), dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chooses the file in File → Open and waits for the import dialog. */
    private DialogPane importing(FxRobot robot, Path file) {
        fileDialogs.willOpen(file);
        later(() -> workbench.run("open"));
        DialogPane pane = dialog(robot).orElseThrow(() -> new AssertionError("no import dialog"));
        assertThat(pane.getId()).isEqualTo("import-dialog");
        return pane;
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#import-summary").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> shapes(FxRobot robot) {
        return robot.lookup("#import-shapes").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> box(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ComboBox.class);
    }

    private static ComponentType type(String id) {
        return CatalogLoader.bundled().type(id).orElseThrow();
    }

    @Test
    void aDrawioFileOpensThroughTheDialogWithWhatEachShapeBecame(FxRobot robot) throws IOException {
        Path file = copy("legal-qa.drawio");
        byte[] before = Files.readAllBytes(file);
        DialogPane pane = importing(robot, file);

        assertThat(pane.getHeaderText()).isEqualTo("Import legal-qa.drawio (draw.io)");
        assertThat(summary(robot)).isEqualTo("17 of 18 shapes recognised; 'Citation formatter' kept as a custom "
                + "component; left out: 1 arrow with a loose end");
        assertThat(shapes(robot).getItems()).hasSize(18);
        assertThat(box(robot, "import-page").getItems()).containsExactly("Architecture", "Notes");
        robot.clickOn("#import-open");

        assertThat(model().nodeCount()).isEqualTo(18);
        assertThat(model().edgeCount()).isEqualTo(19);
        assertThat(model().nodes().stream().filter(n -> n.label().equals("Pinecone")).map(Node::type))
                .containsExactly("vector-db");
        Document doc = workbench.document().orElseThrow();
        assertThat(doc.file()).isEmpty();
        assertThat(doc.importedFrom()).contains(file.toAbsolutePath().normalize());
        assertThat(doc.isDirty()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Design Round — legal-qa.drawio (imported)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void typesCorrectedInTheDialogAndTheRoundChosenAreWhatOpens(FxRobot robot) {
        Path file = copy("support-bot.mmd");
        importing(robot, file);
        assertThat(summary(robot)).startsWith("16 of 17 shapes recognised; 'Tone checker' kept as a custom component");

        robot.clickOn("#import-only-custom"); // the one shape to correct is at the bottom of a long list
        ComboBox<ComponentType> tone = box(robot, "import-type-tone");
        assertThat(tone.getValue().id()).isEqualTo("custom");
        robot.interact(() -> tone.setValue(type("output-guardrail")));
        assertThat(summary(robot)).isEqualTo("16 of 17 shapes recognised; 1 type chosen by you; left out: 1 link to "
                + "a subgraph");
        ComboBox<ImportDialog.Round> round = box(robot, "import-scenario");
        assertThat(round.getValue().scenario()).isNull(); // the file names no round
        robot.interact(() -> round.setValue(round.getItems().stream().filter(r -> r.scenario() != null
                && r.scenario().id().equals("customer-support-agent")).findFirst().orElseThrow()));
        robot.clickOn("#import-open");

        assertThat(model().node("tone").orElseThrow().type()).isEqualTo("output-guardrail");
        assertThat(model().info().scenario()).isEqualTo("customer-support-agent");
        waitUntil(() -> workbench.round().scenario().isPresent());
        assertThat(workbench.round().scenario().orElseThrow().id()).isEqualTo("customer-support-agent");
        // the corrections are nowhere else: they count as unsaved
        assertThat(stage.getTitle()).isEqualTo("Design Round — support-bot.mmd (imported) •");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        DialogPane question = dialog(robot).orElseThrow(() -> new AssertionError("no unsaved-changes question"));
        assertThat(question.getHeaderText()).isEqualTo("Save the changes to support-bot.mmd (imported)?");
        robot.clickOn("Cancel");
        assertThat(model().node("tone").orElseThrow().type()).isEqualTo("output-guardrail");
    }

    @Test
    void settingATypeBackToWhatWasRecognisedIsNoCorrection(FxRobot robot) {
        importing(robot, copy("whiteboard.excalidraw"));
        String asRead = summary(robot);
        ComboBox<ComponentType> first = box(robot, "import-type-" + firstNodeId(robot));
        ComponentType recognised = first.getValue();
        robot.interact(() -> first.setValue(type("cache")));
        assertThat(summary(robot)).isNotEqualTo(asRead);
        robot.interact(() -> first.setValue(recognised));
        assertThat(summary(robot)).isEqualTo(asRead);
        robot.clickOn("#import-open");
        assertThat(workbench.document().orElseThrow().isDirty()).isFalse();
    }

    private static String firstNodeId(FxRobot robot) {
        return robot.lookup(".combo-box").queryAll().stream().map(javafx.scene.Node::getId)
                .filter(id -> id != null && id.startsWith("import-type-")).findFirst().orElseThrow()
                .substring("import-type-".length());
    }

    @Test
    void onlyTheShapesNotRecognisedCanBeShown(FxRobot robot) {
        importing(robot, copy("support-bot.mmd"));
        robot.clickOn("#import-only-custom");
        assertThat(robot.lookup("#import-only-custom").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(shapes(robot).getItems()).hasSize(1);
        robot.clickOn("#import-only-custom");
        assertThat(shapes(robot).getItems()).hasSize(17);
        robot.clickOn("Cancel");
    }

    @Test
    void anotherPageOfTheDrawioFileCanBeChosen(FxRobot robot) {
        importing(robot, copy("legal-qa-compressed.drawio"));
        ComboBox<String> page = box(robot, "import-page");
        robot.interact(() -> page.setValue("Notes"));
        assertThat(shapes(robot).getItems()).hasSize(1);
        assertThat(summary(robot)).isEqualTo("1 of 1 shape recognised");
        robot.clickOn("#import-open");
        assertThat(model().nodeCount()).isEqualTo(1);
    }

    @Test
    void cancelKeepsTheOpenDesignAsItWas(FxRobot robot) {
        open(robot, new Design());
        robot.interact(() -> editor().addNode("cache", 0, 0));
        robot.interact(() -> editor().stack().markClean());
        Design before = model().copy();

        importing(robot, copy("legal-qa.drawio"));
        robot.clickOn("Cancel");

        assertThat(model()).isEqualTo(before);
        assertThat(workbench.document().orElseThrow().file()).contains(dir.resolve("design.json").toAbsolutePath()
                .normalize());
    }

    @Test
    void aBrokenDiagramIsOneErrorNamingTheFileAndNothingChanges(FxRobot robot) throws IOException {
        Path cut = dir.resolve("cut.drawio");
        String whole = Files.readString(RESOURCES.resolve("legal-qa.drawio"));
        Files.writeString(cut, whole.substring(0, whole.length() / 2));

        fileDialogs.willOpen(cut);
        later(() -> workbench.run("open"));

        DialogPane error = dialog(robot).orElseThrow(() -> new AssertionError("no error dialog"));
        assertThat(error.getHeaderText()).isEqualTo("Could not open cut.drawio");
        assertThat(error.getContentText()).startsWith(cut + ":").contains("broken XML").doesNotContain("Exception");
        robot.clickOn("OK");
        assertThat(workbench.document()).isEmpty();
    }

    @Test
    void hostileXmlIsRefusedWithOneLine(FxRobot robot) {
        Path xxe = writeText("xxe.drawio", "<?xml version=\"1.0\"?>\n<!DOCTYPE mxfile [<!ENTITY e SYSTEM "
                + "\"file:///etc/hostname\">]>\n<mxfile><diagram name=\"p\">&e;</diagram></mxfile>\n");
        fileDialogs.willOpen(xxe);
        later(() -> workbench.run("open"));

        DialogPane error = dialog(robot).orElseThrow(() -> new AssertionError("no error dialog"));
        assertThat(error.getContentText()).startsWith(xxe + ":2:").contains("declares a DTD");
        robot.clickOn("OK");
        assertThat(workbench.document()).isEmpty();
    }

    @Test
    void savingAnImportedDesignAsksWhereAndNeverWritesOverTheDiagram(FxRobot robot) throws Exception {
        Path file = copy("legal-qa.drawio");
        byte[] before = Files.readAllBytes(file);
        importing(robot, file);
        robot.clickOn("#import-open");
        Design imported = model().copy();
        Path target = dir.resolve("legal-qa.json");
        fileDialogs.willSaveTo(target);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        assertThat(fileDialogs.suggestedSaves).containsExactly(file.toAbsolutePath().normalize().resolveSibling(
                "legal-qa.json"));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(new DesignReader(CatalogLoader.bundled()).read(target)).isEqualTo(imported);
        assertThat(stage.getTitle()).isEqualTo("Design Round — legal-qa.json");
    }

    @Test
    void anImportedDiagramIsRememberedAsRecentAndOpensThroughTheDialogAgain(FxRobot robot) {
        Path file = copy("whiteboard.excalidraw");
        importing(robot, file);
        robot.clickOn("#import-open");
        robot.interact(() -> workbench.run("close"));

        robot.clickOn("whiteboard.excalidraw");
        waitUntil(() -> dialog(robot).isPresent()); // after the busy cue has shown
        assertThat(dialog(robot).orElseThrow().getId()).isEqualTo("import-dialog");
        robot.clickOn("#import-open");
        assertThat(workbench.document().orElseThrow().importedFrom()).contains(file.toAbsolutePath().normalize());
    }
}
