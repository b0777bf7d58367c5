package dev.designround.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.layout.CanvasPoint;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    private final List<Node> three = List.of(Node.of("a", "llm", 0, 100), Node.of("b", "cache", 500, 20),
            Node.of("c", "retriever", 100, 300));

    @Test
    void alignLeftTopRightAndBottomUseTheSelectionsOuterEdges() {
        assertThat(Alignment.LEFT.targets(three)).containsEntry("b", new CanvasPoint(0, 20))
                .containsEntry("c", new CanvasPoint(0, 300));
        assertThat(Alignment.RIGHT.targets(three)).containsEntry("a", new CanvasPoint(500, 100));
        assertThat(Alignment.TOP.targets(three)).containsEntry("c", new CanvasPoint(100, 20));
        assertThat(Alignment.BOTTOM.targets(three)).containsEntry("b", new CanvasPoint(500, 300));
    }

    @Test
    void alignCentresPutsEveryCardsCentreOnTheMiddleOfTheSelection() {
        Map<String, CanvasPoint> t = Alignment.CENTRE.targets(three);
        double middle = (0 + 500 + CardGeometry.WIDTH) / 2;
        assertThat(t.values()).allSatisfy(p -> assertThat(p.x() + CardGeometry.WIDTH / 2).isEqualTo(middle));
        assertThat(Alignment.MIDDLE.targets(three).get("a").y()).isEqualTo(160);
    }

    @Test
    void distributingKeepsTheOutermostCardsAndMakesTheGapsEqual() {
        List<Node> four = List.of(Node.of("a", "llm", 0, 0), Node.of("b", "llm", 90, 40),
                Node.of("c", "llm", 600, 0), Node.of("d", "llm", 500, 80));

        Map<String, CanvasPoint> t = Alignment.SPREAD_HORIZONTALLY.targets(four);

        assertThat(t).containsEntry("a", new CanvasPoint(0, 0)).containsEntry("b", new CanvasPoint(200, 40))
                .containsEntry("d", new CanvasPoint(400, 80)).containsEntry("c", new CanvasPoint(600, 0));
        assertThat(Alignment.SPREAD_VERTICALLY.targets(three)).containsEntry("a", new CanvasPoint(0, 160))
                .containsEntry("b", new CanvasPoint(500, 20)).containsEntry("c", new CanvasPoint(100, 300));
    }

    @Test
    void tooFewCardsMoveNothing() {
        assertThat(Alignment.LEFT.targets(three.subList(0, 1))).isEmpty();
        assertThat(Alignment.SPREAD_HORIZONTALLY.targets(three.subList(0, 2))).isEmpty();
    }

    @Test
    void theEditorAlignsTheSelectionAsOneUndoableStep() {
        Design design = new Design();
        three.forEach(design::addNode);
        Editor editor = new Editor(design, CatalogLoader.bundled());
        editor.selection().set(List.of("a", "b", "c"), List.of());

        assertThat(editor.alignSelection(Alignment.TOP)).isTrue();

        assertThat(design.nodes()).allSatisfy(n -> assertThat(n.y()).isEqualTo(20));
        assertThat(editor.stack().undoName()).contains("Align top");
        editor.undo();
        assertThat(design.node("c").orElseThrow().y()).isEqualTo(300);
        editor.selection().set(List.of("a"), List.of());
        assertThat(editor.alignSelection(Alignment.LEFT)).isFalse();
        assertThat(editor.stack().canRedo()).isTrue();
    }
}
