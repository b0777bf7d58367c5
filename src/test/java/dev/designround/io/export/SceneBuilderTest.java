package dev.designround.io.export;

import dev.designround.diagram.Theme;
import dev.designround.diagram.CardDrawing;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.DiagramScene;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.diagram.SceneItem.Arrowhead;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.testing.ExportFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SceneBuilderTest {

    private final SceneBuilder builder = new SceneBuilder(ExportFixtures.catalog(), Theme.LIGHT);

    @Test
    void theSceneHoldsTheWholeDiagramWhereverItSitsOnTheCanvas() {
        Design far = dev.designround.testing.DesignBuilder.design().node("a", "user").node("b", "llm")
                .flow("a", "b").build();
        far.updateNode(far.node("a").orElseThrow().withPosition(-5000, -3000));
        far.updateNode(far.node("b").orElseThrow().withPosition(4000, 2500));
        DiagramScene scene = builder.build(far);
        List<Box> cards = cards(scene);
        assertThat(cards).hasSize(2);
        for (Box card : cards) {
            assertThat(card.x()).isGreaterThanOrEqualTo(SceneBuilder.MARGIN - 2);
            assertThat(card.y()).isGreaterThanOrEqualTo(SceneBuilder.MARGIN - 2);
            assertThat(card.x() + card.width()).isLessThanOrEqualTo(scene.width() - SceneBuilder.MARGIN + 2);
            assertThat(card.y() + card.height()).isLessThanOrEqualTo(scene.height());
        }
        assertThat(scene.width()).isGreaterThan(9000 + CardGeometry.WIDTH);
    }

    @Test
    void arrowTipsEndOnTheTargetCardsBorder() {
        DiagramScene scene = builder.build(ExportFixtures.small());
        List<Box> cards = cards(scene);
        List<Arrowhead> tips = all(scene).filter(Arrowhead.class::isInstance).map(Arrowhead.class::cast).toList();
        assertThat(tips).hasSize(5);
        for (Arrowhead a : tips) {
            assertThat(cards).anySatisfy(c -> assertThat(onBorder(c, a.tip().x(), a.tip().y())).isTrue());
        }
    }

    @Test
    void cardsShowTheLabelAndTheTypeName() {
        List<String> texts = all(builder.build(ExportFixtures.small())).filter(TextLine.class::isInstance)
                .map(i -> ((TextLine) i).text()).toList();
        assertThat(texts).contains("Lawyer", "User", "Claude", "LLM", "Grounding checker", "question");
    }

    @Test
    void aLongLabelIsCutToTwoLinesThatFitTheCard() {
        Design d = dev.designround.testing.DesignBuilder.design().node("a", "llm").build();
        d.updateNode(d.node("a").orElseThrow().withLabel(ExportFixtures.LONG));
        List<TextLine> lines = all(builder.build(d)).filter(TextLine.class::isInstance).map(TextLine.class::cast)
                .filter(t -> t.size() == CardDrawing.TITLE_SIZE).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).text()).endsWith("\u2026");
        assertThat(lines).allMatch(t -> t.width() <= CardGeometry.WIDTH - 20);
    }

    @Test
    void nodesWithoutPositionsAreSpreadOnAGridInsteadOfStacked() {
        Design stacked = new Design();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            stacked.addNode(dev.designround.model.Node.of(id, "llm", 0, 0));
        }
        List<Box> cards = cards(builder.build(stacked));
        assertThat(cards).hasSize(5);
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                Box a = cards.get(i);
                Box b = cards.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                        || a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
                assertThat(apart).as(i + " and " + j).isTrue();
            }
        }
    }

    @Test
    void anEmptyDesignStillMakesAPicture() {
        DiagramScene scene = builder.build(new Design());
        assertThat(scene.width()).isPositive();
        assertThat(all(scene).filter(TextLine.class::isInstance)).isNotEmpty();
    }

    private static boolean onBorder(Box c, double x, double y) {
        double e = 0.01;
        boolean inX = x >= c.x() - e && x <= c.x() + c.width() + e;
        boolean inY = y >= c.y() - e && y <= c.y() + c.height() + e;
        boolean onVertical = Math.abs(x - c.x()) < e || Math.abs(x - c.x() - c.width()) < e;
        boolean onHorizontal = Math.abs(y - c.y()) < e || Math.abs(y - c.y() - c.height()) < e;
        return inX && inY && (onVertical || onHorizontal);
    }

    private static List<Box> cards(DiagramScene scene) {
        return scene.items().stream().filter(i -> i instanceof Group g && g.role().equals("node"))
                .map(i -> (Box) ((Group) i).items().get(0)).toList();
    }

    private static Stream<SceneItem> all(DiagramScene scene) {
        return scene.items().stream().flatMap(SceneBuilderTest::flatten);
    }

    private static Stream<SceneItem> flatten(SceneItem item) {
        return item instanceof Group g ? g.items().stream().flatMap(SceneBuilderTest::flatten) : Stream.of(item);
    }
}
