package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.model.Node;
import dev.designround.testing.SafeXml;
import dev.designround.ui.export.ExportMenu;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export and Edit → Copy as Mermaid / Copy image, driven through the menus as a user would. */
class ExportMenuTest extends WhiteboardFixture {

    private static final Path ROBUST = Path.of("examples/customer-support-robust.json");
    private static final String SCENARIO_TITLE = "Customer support agent (80% automated)";

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    private void openRobust(FxRobot robot) throws Exception {
        Path copy = dir.resolve("support.json");
        Files.copy(ROBUST, copy);
        robot.interact(() -> workbench.open(copy));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.scenarios().isPresent());
    }

    private MenuItem exportItem(String format) {
        return workbench.tools().exportMenu().menu().getItems().stream()
                .filter(i -> ("menu-export-" + format).equals(i.getId())).findFirst().orElseThrow();
    }

    private Label itemLabel(String format) {
        return (Label) ((CustomMenuItem) exportItem(format)).getContent();
    }

    /**
     * Opens File → Export and moves the mouse into it (the submenu opens when the mouse rests on it, and closes
     * when the mouse crosses another item of the File menu on its way, so it goes in sideways).
     */
    private void openExportMenu(FxRobot robot) throws Exception {
        robot.clickOn("File").moveTo("#menu-export");
        Label first = itemLabel("png");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.getScene() != null
                && first.getScene().getWindow() != null && first.getScene().getWindow().isShowing());
        robot.moveTo(first);
    }

    /** Clicks File → Export → the format's item, with the file dialog answering {@code target}. */
    private void export(FxRobot robot, String format, Path target) throws Exception {
        fileDialogs.willSaveTo(target);
        openExportMenu(robot);
        robot.clickOn(itemLabel(format));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> statusMessage(robot).startsWith("Exported"));
    }

    /** Menus left open would be closed after their window, which Monocle reports as an error in the next test. */
    @AfterEach
    void closeMenus(FxRobot robot) {
        robot.interact(() -> robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().forEach(Menu::hide));
    }

    /** Exports the robust example through the menu and returns the file written. */
    private Path exportRobust(FxRobot robot, String format) throws Exception {
        openRobust(robot);
        Path target = dir.resolve("out." + format);
        export(robot, format, target);
        assertThat(statusMessage(robot)).contains("Exported", target.getFileName().toString());
        return target;
    }

    private static String text(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void exportPngWritesTheWholeDiagramAsAnImage(FxRobot robot) throws Exception {
        BufferedImage image = ImageIO.read(exportRobust(robot, "png").toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
    }

    @Test
    void exportSvgWritesAnSvgDocument(FxRobot robot) throws Exception {
        byte[] svg = Files.readAllBytes(exportRobust(robot, "svg"));
        assertThat(SafeXml.parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("Grounding check");
    }

    @Test
    void exportPdfWritesTheDiagramAndTheGradedReport(FxRobot robot) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(exportRobust(robot, "pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Grounding check", SCENARIO_TITLE, "Verdict");
        }
    }

    @Test
    void exportMermaidWritesAFlowchart(FxRobot robot) throws Exception {
        assertThat(text(exportRobust(robot, "mermaid"))).contains("flowchart LR", "Grounding check");
    }

    @Test
    void exportDrawioWritesAnMxfile(FxRobot robot) throws Exception {
        byte[] xml = Files.readAllBytes(exportRobust(robot, "drawio"));
        assertThat(SafeXml.parse(xml).getDocumentElement().getNodeName()).isEqualTo("mxfile");
    }

    @Test
    void exportDotWritesAGraphvizDigraph(FxRobot robot) throws Exception {
        assertThat(text(exportRobust(robot, "dot"))).startsWith("digraph").contains("Grounding check");
    }

    @Test
    void exportGraphmlWritesGraphml(FxRobot robot) throws Exception {
        byte[] xml = Files.readAllBytes(exportRobust(robot, "graphml"));
        assertThat(SafeXml.parse(xml).getDocumentElement().getLocalName()).isEqualTo("graphml");
    }

    @Test
    void exportJsonWritesTheDesignAsItIsOnTheCanvas(FxRobot robot) throws Exception {
        Path file = exportRobust(robot, "json");
        assertThat(new DesignReader(CatalogLoader.bundled()).read(file)).isEqualTo(model());
    }

    @Test
    void exportReportMarkdownGradesTheDesignAgainstItsScenario(FxRobot robot) throws Exception {
        assertThat(text(exportRobust(robot, "report-md"))).contains(SCENARIO_TITLE, "| Verdict |", "```mermaid");
    }

    @Test
    void exportReportHtmlWritesAPageWithTheVerdictAndTheDiagram(FxRobot robot) throws Exception {
        byte[] html = Files.readAllBytes(exportRobust(robot, "report-html"));
        assertThat(SafeXml.parseHtml(html).getElementsByTagName("svg").getLength()).isPositive();
        assertThat(new String(html, StandardCharsets.UTF_8)).contains(SCENARIO_TITLE, "Verdict");
    }

    @Test
    void theFileDialogSuggestsTheDesignsNameWithTheFormatsExtension(FxRobot robot) throws Exception {
        openRobust(robot);

        export(robot, "report-html", dir.resolve("review.html"));

        assertThat(fileDialogs.suggestedExportNames).containsExactly("support.html");
    }

    @Test
    void aNameTypedWithoutAnExtensionGetsTheFormats(FxRobot robot) throws Exception {
        openRobust(robot);
        fileDialogs.willSaveTo(dir.resolve("diagram"));

        robot.interact(() -> workbench.tools().exports().export("svg"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("diagram.svg")));
    }

    @Test
    void aDesignWithoutAScenarioDimsTheReportItemsAndSaysWhyInTheirTooltip(FxRobot robot) throws Exception {
        newWhiteboard(robot);
        robot.interact(() -> editor().addNode("llm", 0, 0));

        openExportMenu(robot);

        for (String format : new String[] {"report-md", "report-html"}) {
            Label label = itemLabel(format);
            assertThat(label.getPseudoClassStates()).contains(ExportMenu.UNAVAILABLE);
            assertThat(label.getTooltip().getText()).contains("answers no scenario");
        }
        assertThat(itemLabel("pdf").getPseudoClassStates()).doesNotContain(ExportMenu.UNAVAILABLE);
        assertThat(itemLabel("pdf").getTooltip().getText()).startsWith("The diagram alone, as a PDF, with no report");
        Label png = itemLabel("png");
        assertThat(png.getPseudoClassStates()).doesNotContain(ExportMenu.UNAVAILABLE);
        assertThat(png.getTooltip().getText()).startsWith("The whole diagram as an image");
    }

    @Test
    void clickingADimmedReportItemWritesNothingAndSaysWhy(FxRobot robot) throws Exception {
        newWhiteboard(robot);
        fileDialogs.willSaveTo(dir.resolve("review.md"));

        openExportMenu(robot);
        robot.clickOn(itemLabel("report-md"));

        assertThat(fileDialogs.suggestedExportNames).isEmpty();
        assertThat(dir.resolve("review.md")).doesNotExist();
        assertThat(statusMessage(robot)).contains("Cannot export Report, Markdown", "answers no scenario");
    }

    @Test
    void aPdfOfADesignWithoutAScenarioIsTheDiagramAlone(FxRobot robot) throws Exception {
        open(robot, design().node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 320, 0))
                .chain("u", "llm", "u").build());
        Path target = dir.resolve("diagram.pdf");

        export(robot, "pdf", target);

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(statusMessage(robot)).contains("the diagram only");
    }

    @Test
    void anExportThatCannotBeWrittenShowsADialogNamingTheFile(FxRobot robot) throws Exception {
        openRobust(robot);
        Path blocked = Files.createDirectory(dir.resolve("taken.png")); // a folder where the file should go
        fileDialogs.willSaveTo(blocked);

        robot.interact(() -> workbench.tools().exports().export("png"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog(robot).isPresent());

        assertThat(dialog(robot).orElseThrow().getHeaderText()).isEqualTo("Could not export taken.png");
        assertThat(dialog(robot).orElseThrow().getContentText()).contains(blocked.toString());
        robot.clickOn("OK");
        assertThat(model().nodeCount()).isEqualTo(25);
    }

    @Test
    void anExportIsNeverWrittenOverTheOpenDesignsOwnFile(FxRobot robot) throws Exception {
        openRobust(robot);
        Path own = dir.resolve("support.json");
        byte[] before = Files.readAllBytes(own);
        fileDialogs.willSaveTo(own);

        // the refusal is shown at once, in a dialog that waits for OK: do not wait for the click to return
        javafx.application.Platform.runLater(() -> workbench.tools().exports().export("svg"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialog(robot).isPresent());

        assertThat(dialog(robot).orElseThrow().getHeaderText()).isEqualTo("Could not export support.json");
        assertThat(dialog(robot).orElseThrow().getContentText()).contains("is the design being exported");
        robot.clickOn("OK");
        assertThat(Files.readAllBytes(own)).isEqualTo(before);
    }

    @Test
    void copyAsMermaidPutsTheFlowchartOnTheClipboard(FxRobot robot) throws Exception {
        openRobust(robot);

        robot.clickOn("Edit").clickOn("#menu-copy-mermaid");

        String copied = clipboardText(robot);
        assertThat(copied).contains("flowchart LR", "Grounding check", "Customer");
        assertThat(copied.lines().count()).isGreaterThan(25);
    }

    @Test
    void copyImagePutsTheWholeDiagramOnTheClipboardAsAnImage(FxRobot robot) throws Exception {
        openRobust(robot);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        robot.clickOn("Edit").clickOn("#menu-copy-image");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> clipboardImage(robot) != null);

        Image image = clipboardImage(robot);
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getWidth()).isGreaterThan(image.getHeight());
    }

    private static String clipboardText(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    private static Image clipboardImage(FxRobot robot) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().hasImage()
                ? Clipboard.getSystemClipboard().getImage() : null);
        return image[0];
    }

    private static String statusMessage(FxRobot robot) {
        return robot.lookup("#status-message").queryLabeled().getText();
    }
}
