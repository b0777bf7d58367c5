package dev.designround.ui.command;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandsTest {

    private final Design design = design().node("u", "user").node("llm", "llm").node("g", "output-guardrail")
            .chain("u", "llm", "g", "u").build();

    /** Executes, checks, undoes, checks the design is back, redoes, checks again. */
    private void roundTrip(Command command, Runnable check) {
        Design before = design.copy();
        command.execute(design);
        check.run();
        Design after = design.copy();
        command.undo(design);
        assertThat(design).isEqualTo(before);
        command.execute(design);
        assertThat(design).isEqualTo(after);
    }

    @Test
    void addingANodeIsUndoable() {
        roundTrip(AddElementsCommand.node(Node.of("r", "retriever", 32, 48), "Retriever"),
                () -> assertThat(design.node("r")).isPresent());
    }

    @Test
    void connectingIsUndoable() {
        roundTrip(AddElementsCommand.connect(Edge.flow("e9", "u", "g")),
                () -> assertThat(design.edge("e9").map(Edge::to)).contains("g"));
    }

    @Test
    void movingIsOneUndoableStep() {
        MoveNodesCommand move = MoveNodesCommand.by(design, List.of("u", "llm"), 32, -16);
        assertThat(move.name()).isEqualTo("Move 2 nodes");
        roundTrip(move, () -> assertThat(design.node("llm").orElseThrow().y()).isEqualTo(84));
    }

    @Test
    void movingByNothingIsEmpty() {
        assertThat(MoveNodesCommand.by(design, List.of("u"), 0, 0).isEmpty()).isTrue();
    }

    @Test
    void movingToPositionsLeavesOutNodesThatStay() {
        MoveNodesCommand move = MoveNodesCommand.to("Auto-arrange", design,
                Map.of("u", new CanvasPoint(160, 100), "llm", new CanvasPoint(0, 0)));
        roundTrip(move, () -> assertThat(design.node("llm").orElseThrow().x()).isZero());
    }

    @Test
    void deletingANodeTakesItsEdgesAndUndoPutsThemBack() {
        roundTrip(new DeleteCommand(List.of("llm"), List.of()), () -> {
            assertThat(design.hasNode("llm")).isFalse();
            assertThat(design.edgeCount()).isEqualTo(1);
        });
    }

    @Test
    void deletingANodeAndOneOfItsEdgesTogetherIsUndoable() {
        roundTrip(new DeleteCommand(List.of("llm"), List.of("e1", "e3")),
                () -> assertThat(design.edgeCount()).isZero());
    }

    @Test
    void editingANodeIsUndoable() {
        Node before = design.node("llm").orElseThrow();
        roundTrip(ReplaceCommand.node("Rename", before, before.withLabel("Claude")),
                () -> assertThat(design.node("llm").orElseThrow().label()).isEqualTo("Claude"));
    }

    @Test
    void editingAnEdgeIsUndoable() {
        Edge before = design.edge("e1").orElseThrow();
        roundTrip(ReplaceCommand.edge("Edge kind", before, before.withKind(EdgeKind.ASYNC).withLabel("log")),
                () -> assertThat(design.edge("e1").orElseThrow().kind()).isEqualTo(EdgeKind.ASYNC));
    }

    @Test
    void editingTheInfoIsUndoable() {
        roundTrip(ReplaceCommand.info("Title", design.info(), new DesignInfo("", "Legal Q&A", "")),
                () -> assertThat(design.info().title()).isEqualTo("Legal Q&A"));
    }

    @Test
    void aCompoundUndoesItsPartsInReverse() {
        Node r = Node.of("r", "retriever", 0, 0);
        CompoundCommand both = new CompoundCommand("Add and connect", List.of(
                AddElementsCommand.node(r, "Retriever"), AddElementsCommand.connect(Edge.flow("e9", "r", "llm"))));
        roundTrip(both, () -> assertThat(design.edge("e9")).isPresent());
    }

    @Test
    void deleteNamesWhatItDeletes() {
        assertThat(new DeleteCommand(List.of("u"), List.of()).name()).isEqualTo("Delete node");
        assertThat(new DeleteCommand(List.of("u", "llm"), List.of("e1")).name()).isEqualTo("Delete 2 nodes");
        assertThat(new DeleteCommand(List.of(), List.of("e1", "e2")).name()).isEqualTo("Delete 2 edges");
    }
}
