package dev.designround.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.model.Catalog;
import dev.designround.model.Node;
import dev.designround.testing.UiTest;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.look.Themes;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A card's text: the label on up to two lines and the type's name on one, cut with an ellipsis when too long. */
@UiTest
class NodeCardTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private final Group root = new Group();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(root, 400, 200);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    private NodeCard shown(FxRobot robot, Node node) {
        NodeCard card = new NodeCard(node, CATALOG, new CategoryStyles(CATALOG));
        robot.interact(() -> {
            root.getChildren().setAll(card);
            root.applyCss();
            root.layout();
        });
        return card;
    }

    @Test
    void aShortLabelIsShownWhole(FxRobot robot) {
        NodeCard card = shown(robot, Node.of("llm", "llm", 0, 0).withLabel("Claude"));

        assertThat(card.shownLabel()).isEqualTo("Claude");
    }

    @Test
    void aLongLabelIsCutAfterTwoLinesWithAnEllipsis(FxRobot robot) {
        String label = "A retrieval-augmented generation pipeline over every contract the firm ever signed";
        NodeCard card = shown(robot, Node.of("llm", "llm", 0, 0).withLabel(label));

        assertThat(card.shownLabel()).endsWith("…").hasSizeLessThan(label.length());
        assertThat(label).startsWith(card.shownLabel().substring(0, card.shownLabel().length() - 1));
        javafx.scene.text.Text name = (javafx.scene.text.Text) card.lookup(".card-label");
        assertThat(name.getLayoutBounds().getHeight()).isLessThan(3 * name.getFont().getSize() * 1.2);
    }

    @Test
    void renamingACardShowsTheNewLabel(FxRobot robot) {
        NodeCard card = shown(robot, Node.of("llm", "llm", 0, 0));

        robot.interact(() -> {
            card.update(card.node().withLabel("Backup model"));
            root.layout();
        });

        assertThat(card.shownLabel()).isEqualTo("Backup model");
    }
}
