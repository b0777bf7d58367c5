package dev.designround.model;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignTest {

    @Test
    void twoEdgesOfDifferentKindsBetweenTheSameNodesAreAllowed() {
        Design d = design().node("a", "llm").node("b", "fallback").flow("a", "b").fallback("a", "b").build();
        assertThat(d.graph().getAllEdges("a", "b")).extracting(Edge::kind)
                .containsExactlyInAnyOrder(EdgeKind.FLOW, EdgeKind.FALLBACK);
    }

    @Test
    void removingANodeRemovesItsEdgesAndReturnsThemForUndo() {
        Design d = design().node("u", "user").node("llm", "llm").chain("u", "llm", "u").build();
        Design.Removal removal = d.removeNode("llm");
        assertThat(removal.edges()).extracting(Edge::id).containsExactlyInAnyOrder("e1", "e2");
        assertThat(d.edgeCount()).isZero();
        assertThat(d.graph().vertexSet()).containsExactly("u");
    }

    @Test
    void listenersHearEveryChangeInOrder() {
        Design d = design().node("u", "user").node("llm", "llm").flow("u", "llm").build();
        List<DesignChange> heard = new ArrayList<>();
        d.addListener(heard::add);
        Node llm = d.node("llm").orElseThrow();
        d.updateNode(llm.withLabel("Claude"));
        d.removeNode("llm");
        assertThat(heard).containsExactly(
                new DesignChange.NodeUpdated(llm, llm.withLabel("Claude")),
                new DesignChange.EdgeRemoved(Edge.flow("e1", "u", "llm")),
                new DesignChange.NodeRemoved(llm.withLabel("Claude")));
    }

    @Test
    void updatingAnEdgeMovesItInTheGraph() {
        Design d = design().node("a", "llm").node("b", "user").node("c", "cache").flow("a", "b").build();
        d.updateEdge(d.edge("e1").orElseThrow().withEnds("a", "c").withKind(EdgeKind.ASYNC));
        assertThat(d.graph().getAllEdges("a", "b")).isEmpty();
        assertThat(d.graph().getEdge("a", "c").kind()).isEqualTo(EdgeKind.ASYNC);
    }

    @Test
    void refusesDuplicateIdsAndDanglingEdges() {
        Design d = design().node("a", "llm").build();
        assertThatThrownBy(() -> d.addNode(Node.of("a", "user", 0, 0))).hasMessage("duplicate node id: a");
        assertThatThrownBy(() -> d.addEdge(Edge.flow("e1", "a", "zz"))).hasMessage("no node with id zz");
    }

    @Test
    void freshIdsDoNotCollide() {
        Design d = design().node("llm", "llm").node("llm-2", "llm").flow("llm", "llm-2").build();
        assertThat(d.freshNodeId("llm")).isEqualTo("llm-3");
        assertThat(d.freshNodeId("cache")).isEqualTo("cache");
        assertThat(d.freshEdgeId()).isEqualTo("e2");
    }

    @Test
    void aCopyIsEqualButIndependent() {
        Design d = design().node("a", "llm").node("b", "user").flow("a", "b").build();
        Design copy = d.copy();
        assertThat(copy).isEqualTo(d);
        copy.removeEdge("e1");
        assertThat(d.edgeCount()).isEqualTo(1);
    }

    @Test
    void negativeZeroPositionsAreStoredAsZero() {
        assertThat(Node.of("a", "llm", -0.0, 0)).isEqualTo(Node.of("a", "llm", 0.0, 0));
    }

    @Test
    void aNodeMovedPastTheEdgeOfTheCanvasStopsThere() {
        Node far = Node.of("a", "llm", 0, 0).withPosition(5e20, -Double.MAX_VALUE);
        assertThat(far.x()).isEqualTo(CardGeometry.MAX_COORDINATE);
        assertThat(far.y()).isEqualTo(-CardGeometry.MAX_COORDINATE);
    }

    @Test
    void zonesAndTextNotesAreToldToListenersCopiedAndCountForEquality() {
        Design d = design().node("u", "user").build();
        List<DesignChange> heard = new ArrayList<>();
        d.addListener(heard::add);
        Zone zone = new Zone(d.freshZoneId(), "HIPAA boundary", 0, 0, 400, 200);
        d.addZone(zone);
        d.updateZone(zone.withLabel("Trust boundary"));
        TextNote note = new TextNote(d.freshTextId(), "PHI stays inside", 10, 220);
        d.addText(note);
        Design copy = d.copy();
        d.removeText("t1");

        assertThat(heard).containsExactly(new DesignChange.ZoneAdded(zone),
                new DesignChange.ZoneUpdated(zone, zone.withLabel("Trust boundary")),
                new DesignChange.TextAdded(note), new DesignChange.TextRemoved(note));
        assertThat(copy.zones()).containsExactly(zone.withLabel("Trust boundary"));
        assertThat(copy.texts()).containsExactly(note);
        assertThat(copy).isNotEqualTo(d);
        assertThat(d.graph().vertexSet()).containsExactly("u");
        assertThat(d.freshZoneId()).isEqualTo("z2");
    }

    @Test
    void aZoneKeepsAUsableSizeAndATextNoteMustSaySomething() {
        Zone tiny = new Zone("z", "", 0, 0, 1, -5);
        assertThat(tiny.width()).isEqualTo(Zone.MIN_SIZE);
        assertThat(tiny.height()).isEqualTo(Zone.MIN_SIZE);
        assertThatThrownBy(() -> new TextNote("t", "  \n ", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> design().build().removeZone("nope")).hasMessage("no zone with id nope");
    }
}
