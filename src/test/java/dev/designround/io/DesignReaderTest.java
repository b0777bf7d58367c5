package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DesignReaderTest {

    private final DesignReader reader = new DesignReader(CatalogLoader.bundled());

    private Design read(String json) throws InputException {
        return reader.parse(json.getBytes(StandardCharsets.UTF_8), "d.json");
    }

    /** A minimal valid file with the given nodes and edges arrays. */
    private static String file(String nodes, String edges) {
        return "{\"format\": \"design-round.design\", \"version\": 1,\n\"nodes\": [" + nodes + "],\n\"edges\": ["
                + edges + "]}";
    }

    @Test
    void readsTheExampleFromTheProductContract() throws InputException {
        Design d = read("""
                {
                  "format": "design-round.design",
                  "version": 1,
                  "scenario": "legal-doc-qa",
                  "title": "Legal Q&A, attempt 3",
                  "notes": "Requirements: 50k case files, p50 under 5 s",
                  "nodes": [
                    {"id": "rr", "type": "reranker"},
                    {"id": "llm", "type": "llm", "label": "Claude", "x": 420, "y": 160,
                     "props": {"latencyMs": 1200, "costUsd": 0.01, "model": "sonnet"}, "capabilities": []}
                  ],
                  "edges": [
                    {"id": "e1", "from": "rr", "to": "llm", "label": "top-5 chunks", "kind": "flow"},
                    {"id": "e2", "from": "rr", "to": "llm", "kind": "fallback"}
                  ]
                }""");
        assertThat(d.info().scenario()).isEqualTo("legal-doc-qa");
        assertThat(d.info().title()).isEqualTo("Legal Q&A, attempt 3");
        Node llm = d.node("llm").orElseThrow();
        assertThat(llm.label()).isEqualTo("Claude");
        assertThat(llm.x()).isEqualTo(420);
        assertThat(llm.props().latencyMs()).isEqualTo(1200);
        assertThat(llm.props().other()).containsEntry("model", "sonnet");
        assertThat(d.edge("e1").orElseThrow().label()).isEqualTo("top-5 chunks");
        assertThat(d.edge("e2").orElseThrow().kind()).isEqualTo(EdgeKind.FALLBACK);
        assertThat(d.graph().getAllEdges("rr", "llm")).hasSize(2);
    }

    @Test
    void refusesAFileThatIsNotADesign() {
        assertThatThrownBy(() -> read("{\"format\": \"design-round.scenario\", \"version\": 1}"))
                .hasMessage("d.json:1:12: not a design file: \"format\" is \"design-round.scenario\", expected "
                        + "\"design-round.design\"");
        assertThatThrownBy(() -> read("[1, 2]"))
                .hasMessage("d.json:1:1: not a design file: expected a JSON object, found an array");
        assertThatThrownBy(() -> read("{\"version\": 1}"))
                .hasMessage("d.json:1:1: not a design file: missing \"format\": \"design-round.design\"");
    }

    @Test
    void refusesANewerVersionSayingSo() {
        assertThatThrownBy(() -> read("{\"format\": \"design-round.design\", \"version\": 2}"))
                .hasMessage("d.json:1:46: design file version 2 is newer than this Design Round understands (1): "
                        + "update Design Round to open it");
    }

    @Test
    void refusesMissingRequiredFields() {
        assertThatThrownBy(() -> read(file("{\"id\": \"llm\"}", "")))
                .hasMessage("d.json:2:11: node \"llm\": missing required field \"type\"");
        assertThatThrownBy(() -> read(file("{\"type\": \"llm\"}", "")))
                .hasMessage("d.json:2:11: nodes[0]: missing required field \"id\"");
    }

    @Test
    void refusesDuplicateNodeIds() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\"},\n{\"id\": \"a\", \"type\": \"llm\"}",
                "")))
                .hasMessage("d.json:3:8: duplicate node id \"a\" (first used at line 2)");
    }

    @Test
    void refusesDuplicateEdgeIds() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\"}",
                "{\"id\": \"e\", \"from\": \"a\", \"to\": \"a\"},\n{\"id\": \"e\", \"from\": \"a\", \"to\": \"a\"}")))
                .hasMessage("d.json:4:8: duplicate edge id \"e\" (first used at line 3)");
    }

    @Test
    void refusesEdgesToUnknownNodesNamingTheId() {
        assertThatThrownBy(() -> read(file("{\"id\": \"retriever\", \"type\": \"retriever\"}",
                "{\"id\": \"e1\", \"from\": \"retriver\", \"to\": \"retriever\"}")))
                .hasMessage("d.json:3:32: edge \"e1\": \"from\" names unknown node \"retriver\" "
                        + "(did you mean \"retriever\"?)");
    }

    @Test
    void refusesUnknownComponentTypesSuggestingTheClosest() {
        assertThatThrownBy(() -> read(file("{\"id\": \"v\", \"type\": \"vectordb\"}", "")))
                .hasMessage("d.json:2:31: node \"v\": unknown component type \"vectordb\" "
                        + "(did you mean \"vector-db\"?)");
    }

    @Test
    void refusesUnknownEdgeKinds() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\"}",
                "{\"id\": \"e1\", \"from\": \"a\", \"to\": \"a\", \"kind\": \"sync\"}")))
                .hasMessage("d.json:3:56: edge \"e1\": unknown edge kind \"sync\" (use flow, fallback, async)");
    }

    @Test
    void refusesNegativeLatency() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"props\": {\"latencyMs\": -5}}", "")))
                .hasMessage("d.json:2:61: node \"a\" props: \"latencyMs\" must be between 0 and 1000000000, not -5");
    }

    @Test
    void refusesLatencyAndCostTooLargeToAddUp() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"user\", \"props\": {\"latencyMs\": 1e308}}", "")))
                .hasMessage("d.json:2:62: node \"a\" props: \"latencyMs\" must be between 0 and 1000000000, not 1.0E308");
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"props\": {\"costUsd\": 1e308}}", "")))
                .hasMessage("d.json:2:59: node \"a\" props: \"costUsd\" must be between 0 and 1000000, not 1.0E308");
    }

    @Test
    void refusesPositionsOffTheCanvas() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"x\": 1e20}", "")))
                .hasMessage("d.json:2:43: node \"a\": \"x\" must be between -1000000 and 1000000, not 1.0E20");
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"y\": -1000001}", "")))
                .hasMessage("d.json:2:43: node \"a\": \"y\" must be between -1000000 and 1000000, not -1000001");
    }

    @Test
    void acceptsTheLargestPositionsAndNumbers() throws InputException {
        Design d = read(file("{\"id\": \"a\", \"type\": \"llm\", \"x\": -1000000, \"y\": 1000000, \"props\": "
                + "{\"latencyMs\": 1e9, \"costUsd\": 1e6}}", ""));
        Node a = d.node("a").orElseThrow();
        assertThat(a.x()).isEqualTo(-1_000_000);
        assertThat(a.props().latencyMs()).isEqualTo(1e9);
    }

    @Test
    void refusesErrorRateOutsideZeroToOne() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"props\": {\"errorRate\": 1.5}}", "")))
                .hasMessage("d.json:2:61: node \"a\" props: \"errorRate\" must be between 0 and 1, not 1.5");
    }

    @Test
    void refusesPositionsTooLargeToBeNumbers() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"x\": 1e400}", "")))
                .hasMessage("d.json:2:43: node \"a\": \"x\" is too large to be a number (1e400)");
    }

    @Test
    void refusesWrongTypes() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"x\": \"left\"}", "")))
                .hasMessage("d.json:2:43: node \"a\": \"x\" must be a number, not a string");
        assertThatThrownBy(() -> read("{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": {}}"))
                .hasMessage("d.json:1:58: design file: \"nodes\" must be an array, not an object");
    }

    @Test
    void refusesUnknownFieldsSuggestingTheIntendedOne() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"lable\": \"x\"}", "")))
                .hasMessage("d.json:2:38: node \"a\": unknown field \"lable\" (did you mean \"label\"?)");
    }

    @Test
    void refusesUnknownCapabilities() {
        assertThatThrownBy(() -> read(file("{\"id\": \"a\", \"type\": \"llm\", \"capabilities\": [\"grounding\"]}",
                "")))
                .hasMessage("d.json:2:54: node \"a\": unknown capability \"grounding\" (did you mean \"grounding-check\"?)");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> read(file(
                "{\"id\": \"a\", \"type\": \"lm\"},\n{\"id\": \"b\", \"type\": \"llm\", \"x\": true}",
                "{\"id\": \"e1\", \"from\": \"a\", \"to\": \"zz\"}")));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.getMessage()).endsWith("(and 2 more problems)");
    }

    @Test
    void refusesMoreNodesThanTheLimit() {
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i <= DesignFormat.MAX_NODES; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"id\": \"n").append(i).append("\", \"type\": \"llm\"}");
        }
        assertThatThrownBy(() -> read(file(nodes.toString(), "")))
                .hasMessageEndingWith("design has 10001 nodes, more than the limit of 10000");
    }
}
