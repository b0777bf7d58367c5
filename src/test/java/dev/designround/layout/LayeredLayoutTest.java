package dev.designround.layout;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    private final LayeredLayout layout = new LayeredLayout();

    @Test
    void aChainReadsFromLeftToRight() {
        Design d = design().node("u", "user").node("gw", "api-gateway").node("llm", "llm").chain("u", "gw", "llm")
                .build();

        Map<String, CanvasPoint> p = layout.arrange(d);

        assertThat(p.get("u").x()).isLessThan(p.get("gw").x());
        assertThat(p.get("gw").x()).isLessThan(p.get("llm").x());
        assertThat(p.get("gw").x() - p.get("u").x()).isGreaterThanOrEqualTo(CardGeometry.WIDTH);
    }

    @Test
    void cardsDoNotOverlap() {
        Design d = design().node("u", "user").node("a", "retriever").node("b", "vector-db").node("c", "keyword-index")
                .node("llm", "llm").flow("u", "a").flow("a", "b").flow("a", "c").flow("b", "llm").flow("c", "llm")
                .flow("llm", "u").build();

        Map<String, CanvasPoint> p = layout.arrange(d);

        List<String> ids = new ArrayList<>(p.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                CanvasPoint a = p.get(ids.get(i));
                CanvasPoint b = p.get(ids.get(j));
                boolean apart = a.x() + CardGeometry.WIDTH <= b.x() || b.x() + CardGeometry.WIDTH <= a.x()
                        || a.y() + CardGeometry.HEIGHT <= b.y() || b.y() + CardGeometry.HEIGHT <= a.y();
                assertThat(apart).as(ids.get(i) + " and " + ids.get(j) + " overlap").isTrue();
            }
        }
    }

    @Test
    void positionsAreOnTheGridAndStartWhereTheDesignStarted() {
        Design d = design().node(Node.of("a", "user", 333, 101)).node(Node.of("b", "llm", 900, 500)).flow("a", "b")
                .build();

        Map<String, CanvasPoint> p = layout.arrange(d);

        for (CanvasPoint pos : p.values()) {
            assertThat(pos.x() % CardGeometry.GRID).isZero();
            assertThat(pos.y() % CardGeometry.GRID).isZero();
        }
        assertThat(p.values().stream().mapToDouble(CanvasPoint::x).min().orElseThrow()).isEqualTo(336);
        assertThat(p.values().stream().mapToDouble(CanvasPoint::y).min().orElseThrow()).isEqualTo(96);
    }

    @Test
    void cyclesSelfLoopsAndParallelEdgesAreLaidOut() {
        Design d = design().node("u", "user").node("llm", "llm").chain("u", "llm", "u").flow("u", "llm")
                .flow("llm", "llm").build();

        assertThat(layout.arrange(d)).containsOnlyKeys("u", "llm");
    }

    @Test
    void theUserComesFirstEvenWhenAnswersFlowBackToIt() {
        Design d = design().node("llm", "llm").node("guard", "output-guardrail").node("u", "user")
                .node("gw", "api-gateway").chain("llm", "guard", "u", "gw", "llm").build();

        Map<String, CanvasPoint> p = layout.arrange(d);

        double userX = p.get("u").x();
        assertThat(p.values()).allSatisfy(pos -> assertThat(pos.x()).isGreaterThanOrEqualTo(userX));
        assertThat(p.get("gw").x()).isLessThan(p.get("llm").x());
        assertThat(p.get("llm").x()).isLessThan(p.get("guard").x());
    }

    @Test
    void anEdgeBetweenTwoUsersDoesNotStopTheLayout() {
        // found by UndoRedoProperties: ELK refuses an edge into a first-layer node from another first-layer node
        Design d = design().node("u", "user").node("v", "user").node("llm", "llm").flow("u", "v").flow("v", "u")
                .chain("u", "llm", "v").build();

        Map<String, CanvasPoint> p = layout.arrange(d);

        assertThat(p).containsOnlyKeys("u", "v", "llm");
        assertThat(p.get("u").x()).isEqualTo(p.get("v").x()).isLessThan(p.get("llm").x());
    }

    @Test
    void anEmptyDesignHasNoPositions() {
        assertThat(layout.arrange(new Design())).isEmpty();
    }

    @Test
    void theDesignIsNotChanged() {
        Design d = design().node("u", "user").node("llm", "llm").chain("u", "llm", "u").build();
        Design before = d.copy();

        layout.arrange(d);

        assertThat(d).isEqualTo(before);
    }
}
