package dev.designround.sim;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowPlannerTest {

    private NodeTable table;

    private FlowPlan plan(Design d) {
        table = new NodeTable(d, Sims.CATALOG);
        return new FlowPlanner(table).plan(table.starts[0]);
    }

    private int id(String nodeId) {
        return Arrays.asList(table.ids).indexOf(nodeId);
    }

    private List<String> ids(int[] nodes) {
        return Arrays.stream(nodes).mapToObj(v -> table.ids[v]).toList();
    }

    @Test
    void aToolWhoseResultComesBackIsACall() {
        FlowPlan p = plan(design().node("u", "user").node("orch", "orchestrator").node("tool", "tool-api")
                .chain("u", "orch", "tool", "orch", "u").build());
        assertThat(ids(p.calls[id("orch")])).containsExactly("tool");
        assertThat(ids(p.conts[id("orch")])).containsExactly("u");
        assertThat(p.conts[id("tool")]).isEmpty();
    }

    @Test
    void hybridSearchBranchesRunInParallelUntilTheReranker() {
        FlowPlan p = plan(design().node("u", "user").node("r", "retriever").node("vec", "vector-db")
                .node("kw", "keyword-index").node("rr", "reranker").node("llm", "llm")
                .chain("u", "r", "vec", "rr", "llm", "u").chain("r", "kw", "rr").build());
        assertThat(ids(p.conts[id("r")])).containsExactly("vec", "kw");
        assertThat(p.contJoin[id("r")]).isEqualTo(id("rr"));
    }

    @Test
    void anAnswerAndAnActionAreAlternatives() {
        FlowPlan p = plan(design().node("u", "user").node("llm", "llm").node("refund", "action-api")
                .node("ack", "orchestrator").chain("u", "llm", "u").chain("llm", "refund", "ack", "u").build());
        assertThat(ids(p.conts[id("llm")])).containsExactly("u", "refund");
        assertThat(p.contJoin[id("llm")]).isEqualTo(-1);
        assertThat(p.conts[id("refund")]).as("an action ends the request").isEmpty();
    }

    @Test
    void aCacheHitTakesTheBranchNearestTheUser() {
        FlowPlan p = plan(design().node("u", "user").node("cache", "cache").node("llm", "llm")
                .chain("u", "cache", "llm", "u").flow("cache", "u").build());
        assertThat(ids(p.conts[id("cache")])).containsExactly("llm", "u");
        assertThat(p.hitCont[id("cache")]).isEqualTo(1);
        assertThat(ids(p.others[id("cache")])).containsExactly("llm");
    }

    @Test
    void aCacheWithOneWayOnCannotAnswer() {
        FlowPlan p = plan(design().node("u", "user").node("cache", "cache").node("llm", "llm")
                .chain("u", "cache", "llm", "u").build());
        assertThat(p.hitCont[id("cache")]).isEqualTo(-1);
    }

    @Test
    void aPersonIsReachableOnlyWithoutAModelInBetween() {
        FlowPlan p = plan(design().node("u", "user").node("guard", "input-guardrail").node("llm", "llm")
                .node("scorer", "confidence-scorer").node("human", "human-escalation")
                .chain("u", "guard", "llm", "scorer", "u").chain("scorer", "human", "u").build());
        assertThat(p.humanCont[id("scorer")]).isEqualTo(1);
        assertThat(p.humanCont[id("guard")]).as("a caught injection is not sent through the model").isEqualTo(-1);
        assertThat(ids(p.others[id("scorer")])).containsExactly("u");
    }

    @Test
    void nodesTheUserCannotReachAreNotPlanned() {
        FlowPlan p = plan(design().node("u", "user").node("llm", "llm").node("ingest", "ingestion-pipeline")
                .node("index", "vector-db").chain("u", "llm", "u").chain("ingest", "index").build());
        assertThat(p.conts[id("ingest")]).isEmpty();
        assertThat(p.calls[id("ingest")]).isEmpty();
    }
}
