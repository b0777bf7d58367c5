package dev.designround.io.imports;

import static dev.designround.io.imports.Imports.edges;
import static dev.designround.io.imports.Imports.node;
import static dev.designround.io.imports.Imports.read;
import static dev.designround.io.imports.Imports.text;
import static dev.designround.io.imports.Imports.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.InputException;
import dev.designround.model.CardGeometry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An Excalidraw scene as excalidraw.com saves it, read as a design. */
class ExcalidrawImportTest {

    @Test
    void shapesWithBoundTextBecomeCardsWithTheTextAsTyped() throws InputException {
        assertThat(types(read("whiteboard.excalidraw"))).containsExactly(
                Map.entry("Web app", "web-app"),
                Map.entry("Claude\n(drafts the reply)", "llm"),
                Map.entry("PII scrub", "pii-redactor"),
                Map.entry("Langfuse", "monitoring"),
                Map.entry("Reply sender", "custom"));
    }

    @Test
    void boundArrowsJoinTheirShapesAndAnUnboundArrowEndingOnAShapeToo() throws InputException {
        assertThat(edges(read("whiteboard.excalidraw"))).containsExactly(
                "Web app -> Claude\n(drafts the reply) [flow] ticket",
                "Claude\n(drafts the reply) -> PII scrub [flow]",
                "Claude\n(drafts the reply) -> Langfuse [async]",
                "PII scrub -> Reply sender [flow]");
    }

    @Test
    void theSummaryCountsTheLooseArrowAndTheFreeTitle() throws InputException {
        assertThat(read("whiteboard.excalidraw").summary()).isEqualTo("4 of 5 shapes recognised; 'Reply sender' "
                + "kept as a custom component; left out: 1 arrow with a loose end");
    }

    @Test
    void freeTextBecomesATextNoteWhereItWasAndAFrameAZone() throws InputException {
        ImportResult r = read("whiteboard.excalidraw");
        assertThat(r.design().texts()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo(
                "Support replies, v1"));

        ImportResult framed = text("scene.excalidraw", """
                {"type": "excalidraw", "version": 2, "elements": [
                  {"id": "f", "type": "frame", "x": 0, "y": 0, "width": 900, "height": 400, "name": "EU region"},
                  {"id": "r", "type": "rectangle", "x": 100, "y": 100, "width": 200, "height": 100,
                   "frameId": "f", "boundElements": [{"type": "text", "id": "t"}]},
                  {"id": "t", "type": "text", "x": 120, "y": 130, "width": 100, "height": 25, "text": "Qdrant",
                   "containerId": "r", "frameId": "f"}
                ]}
                """);
        assertThat(framed.design().zones()).singleElement().satisfies(z -> {
            assertThat(z.label()).isEqualTo("EU region");
            assertThat(dev.designround.model.ZoneMap.of(framed.design()).zoneOfNode(framed.design().nodes().iterator()
                    .next().id())).contains(z);
        });
    }

    @Test
    void cardsAreCentredWhereTheShapesWereAndDoNotOverlap() throws InputException {
        ImportResult r = read("whiteboard.excalidraw");
        var claude = node(r, "Claude\n(drafts the reply)"); // 420, 110, 200 x 100: centre 520, 160
        double stretch = (claude.x() + CardGeometry.WIDTH / 2) / 520;
        assertThat(stretch).isGreaterThanOrEqualTo(1);
        assertThat(claude.y() + CardGeometry.HEIGHT / 2).isCloseTo(160 * stretch, org.assertj.core.api.Assertions
                .within(1.0));
        dev.designround.testing.Cards.assertNoneOverlap(r.design().nodes());
    }

    @Test
    void anArrowWithItsHeadAtItsStartPointsBack() throws InputException {
        String scene = """
                {"type": "excalidraw", "version": 2, "elements": [
                  {"id": "a", "type": "rectangle", "x": 0, "y": 0, "width": 100, "height": 50, "text": ""},
                  {"id": "ta", "type": "text", "x": 10, "y": 10, "width": 50, "height": 20, "text": "Kafka",
                   "containerId": "a"},
                  {"id": "b", "type": "ellipse", "x": 300, "y": 0, "width": 100, "height": 50},
                  {"id": "tb", "type": "text", "x": 310, "y": 10, "width": 50, "height": 20, "text": "Flink",
                   "containerId": "b"},
                  {"id": "x", "type": "arrow", "x": 100, "y": 25, "points": [[0, 0], [200, 0]],
                   "startBinding": {"elementId": "a"}, "endBinding": {"elementId": "b"},
                   "startArrowhead": "arrow", "endArrowhead": null, "strokeStyle": "dotted"}]}
                """;
        assertThat(edges(text("s.excalidraw", scene))).containsExactly("Flink -> Kafka [async]");
    }

    @Test
    void theKindIsFoundFromTheContentEvenInAJsonFile() throws InputException {
        assertThat(types(text("scene.json", "{\"type\": \"excalidraw\", \"elements\": []}"))).isEmpty();
    }

    @Test
    void aSceneWithoutElementsIsNamed() {
        assertThatThrownBy(() -> text("s.excalidraw", "{\"type\": \"excalidraw\"}"))
                .isInstanceOf(InputException.class)
                .hasMessage("s.excalidraw:1:1: not an Excalidraw scene: no \"elements\" array");
    }

    @Test
    void brokenJsonIsNamedWithItsPlace() {
        assertThatThrownBy(() -> text("s.excalidraw", "{\"type\": \"excalidraw\",\n \"elements\": [}"))
                .hasMessageStartingWith("s.excalidraw:2:").hasMessageContaining("broken JSON");
    }

    @Test
    void nestingPastTheDepthLimitIsRefusedAsForDesignFiles() {
        String deep = "{\"type\": \"excalidraw\", \"elements\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertThatThrownBy(() -> text("s.excalidraw", deep)).hasMessageContaining("nested deeper than 64 levels");
    }

    @Test
    void moreFreeTextsThanADesignMayHoldNotesAreRefused() {
        StringBuilder scene = new StringBuilder("{\"type\": \"excalidraw\", \"elements\": [");
        for (int i = 0; i <= dev.designround.io.DesignFormat.MAX_TEXTS; i++) {
            scene.append(i == 0 ? "" : ",").append("{\"id\": \"t").append(i).append("\", \"type\": \"text\", \"x\": ")
                    .append(i).append(", \"y\": 0, \"text\": \"note\"}");
        }
        scene.append("]}");
        assertThatThrownBy(() -> text("notes.excalidraw", scene.toString())).isInstanceOf(InputException.class)
                .hasMessage("notes.excalidraw: the diagram has 10001 free texts, more than the limit of 10000");
    }
}
