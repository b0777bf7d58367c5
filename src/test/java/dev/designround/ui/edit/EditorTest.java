package dev.designround.ui.edit;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.EdgeKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditorTest {

    private final Design design = design().node("u", "user").node("llm", "llm").chain("u", "llm", "u").build();
    private final Editor editor = new Editor(design, CatalogLoader.bundled());

    @Test
    void anAddedNodeGetsAFreshIdFromItsTypeAndIsSelected() {
        String id = editor.addNode("llm", 32, 48);

        assertThat(id).isEqualTo("llm-2");
        assertThat(editor.selection().nodes()).containsExactly("llm-2");
        assertThat(editor.stack().undoName()).contains("Add LLM");
    }

    @Test
    void connectingAddsAFlowEdgeAndSelectsIt() {
        String id = editor.connect("u", "u");

        assertThat(design.edge(id).orElseThrow().kind()).isEqualTo(EdgeKind.FLOW);
        assertThat(editor.selection().edges()).containsExactly(id);
    }

    @Test
    void reversingASelectedArrowSwapsItsEndsKeepingIdLabelAndKindAndUndoesInOneStep() {
        design.updateEdge(design.edge("e1").orElseThrow().withLabel("question").withKind(EdgeKind.ASYNC));
        editor.selection().set(List.of(), List.of("e1"));

        assertThat(editor.reverseSelectedEdges()).isEqualTo(1);

        assertThat(design.edge("e1").orElseThrow()).satisfies(e -> {
            assertThat(e.from()).isEqualTo("llm");
            assertThat(e.to()).isEqualTo("u");
            assertThat(e.label()).isEqualTo("question");
            assertThat(e.kind()).isEqualTo(EdgeKind.ASYNC);
        });
        assertThat(design.outgoing("llm")).hasSize(2);
        assertThat(editor.stack().undoName()).contains("Reverse arrow");
        editor.undo();
        assertThat(design.edge("e1").orElseThrow().from()).isEqualTo("u");
    }

    @Test
    void reversingWithNoArrowSelectedDoesNothing() {
        editor.selection().set(List.of("u"), List.of());
        assertThat(editor.reverseSelectedEdges()).isZero();
        assertThat(editor.stack().canUndo()).isFalse();
    }

    @Test
    void deletingTheSelectionIsOneUndoableStep() {
        editor.selection().set(List.of("llm"), List.of());
        editor.deleteSelection();
        assertThat(design.nodeCount()).isEqualTo(1);
        assertThat(design.edgeCount()).isZero();

        editor.undo();

        assertThat(design.nodeCount()).isEqualTo(2);
        assertThat(design.edgeCount()).isEqualTo(2);
    }

    @Test
    void undoDropsSelectedIdsThatNoLongerExist() {
        editor.addNode("cache", 0, 0);
        editor.undo();
        assertThat(editor.selection().isEmpty()).isTrue();
    }

    @Test
    void duplicateCopiesNodesAndTheirEdgesAndSelectsTheCopy() {
        editor.selectAll();

        int added = editor.duplicateSelection(32);

        assertThat(added).isEqualTo(2);
        assertThat(design.nodeCount()).isEqualTo(4);
        assertThat(design.edgeCount()).isEqualTo(4);
        assertThat(editor.selection().nodes()).containsExactly("u-2", "llm-2");
    }

    @Test
    void nothingSelectedCopiesNothing() {
        assertThat(editor.copySelection()).isEmpty();
        assertThat(editor.duplicateSelection(32)).isZero();
    }

    @Test
    void aMoveIsOneCommand() {
        editor.moveTo(Map.of("u", new CanvasPoint(0, 0), "llm", new CanvasPoint(400, 0)));
        assertThat(editor.stack().undoName()).contains("Move 2 nodes");
        editor.undo();
        assertThat(design.node("llm").orElseThrow().x()).isEqualTo(320);
    }

    @Test
    void aMoveOfANodeThatIsGoneMovesTheOthers() {
        editor.moveTo(Map.of("u", new CanvasPoint(0, 0), "gone", new CanvasPoint(9, 9)));
        assertThat(design.node("u").orElseThrow().x()).isZero();
    }

    @Test
    void nudgingMovesOnlySelectedNodes() {
        editor.selection().selectNode("u");
        editor.nudgeSelection(16, 0);
        assertThat(design.node("u").orElseThrow().x()).isEqualTo(176);
        assertThat(design.node("llm").orElseThrow().x()).isEqualTo(320);
    }

    @Test
    void renamingTrimsTheLabel() {
        editor.renameNode("llm", "  Claude ");
        editor.renameEdge("e1", " question ");
        assertThat(design.node("llm").orElseThrow().label()).isEqualTo("Claude");
        assertThat(design.edge("e1").orElseThrow().label()).isEqualTo("question");
    }

    @Test
    void switchingOffTheLabelIsOneUndoableStep() {
        editor.setReadsLabel("llm", false);

        assertThat(design.node("llm").orElseThrow().readsLabel()).isFalse();
        assertThat(editor.stack().undoName()).contains("Ignore the label");
        editor.setReadsLabel("llm", false);
        editor.undo();
        assertThat(design.node("llm").orElseThrow().readsLabel()).isTrue();
        assertThat(editor.stack().canUndo()).isFalse();
    }

    @Test
    void theTitleAndEdgeKindAreUndoableEdits() {
        editor.setTitle("Legal Q&A");
        editor.setEdgeKind("e2", EdgeKind.FALLBACK);
        editor.undo();
        editor.undo();
        assertThat(design.info().title()).isEmpty();
        assertThat(design.edge("e2").orElseThrow().kind()).isEqualTo(EdgeKind.FLOW);
    }
}
