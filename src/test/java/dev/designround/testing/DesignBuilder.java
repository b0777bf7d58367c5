package dev.designround.testing;

import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import java.util.List;

/**
 * Small designs for tests, written the way one reads them:
 * {@code design().node("u", "user").node("llm", "llm").flow("u", "llm").flow("llm", "u").build()}.
 * Node labels default to the id; edge ids are e1, e2, ... in order.
 */
public final class DesignBuilder {

    private final Design design = new Design();
    private int x;

    private DesignBuilder() {
    }

    public static DesignBuilder design() {
        return new DesignBuilder();
    }

    public DesignBuilder scenario(String scenario) {
        design.setInfo(design.info().withScenario(scenario));
        return this;
    }

    public DesignBuilder title(String title) {
        design.setInfo(design.info().withTitle(title));
        return this;
    }

    public DesignBuilder notes(String notes) {
        design.setInfo(design.info().withNotes(notes));
        return this;
    }

    public DesignBuilder info(DesignInfo info) {
        design.setInfo(info);
        return this;
    }

    public DesignBuilder node(String id, String type) {
        x += 160;
        design.addNode(new Node(id, type, id, x, 100, NodeProps.NONE, List.of()));
        return this;
    }

    public DesignBuilder node(String id, String type, String... extraCapabilities) {
        x += 160;
        design.addNode(new Node(id, type, id, x, 100, NodeProps.NONE, List.of(extraCapabilities)));
        return this;
    }

    public DesignBuilder node(Node node) {
        design.addNode(node);
        return this;
    }

    public DesignBuilder latency(String id, double ms) {
        Node n = design.node(id).orElseThrow();
        design.updateNode(n.withProps(n.props().withLatencyMs(ms)));
        return this;
    }

    public DesignBuilder cost(String id, double usd) {
        Node n = design.node(id).orElseThrow();
        design.updateNode(n.withProps(n.props().withCostUsd(usd)));
        return this;
    }

    public DesignBuilder errorRate(String id, double rate) {
        Node n = design.node(id).orElseThrow();
        design.updateNode(n.withProps(n.props().withErrorRate(rate)));
        return this;
    }

    public DesignBuilder prop(String id, String key, String value) {
        Node n = design.node(id).orElseThrow();
        design.updateNode(n.withProps(n.props().withOther(key, value)));
        return this;
    }

    /** Flow edges along a chain of node ids: {@code chain("u", "gw", "llm", "u")}. */
    public DesignBuilder chain(String... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            flow(ids[i], ids[i + 1]);
        }
        return this;
    }

    public DesignBuilder flow(String from, String to) {
        return edge(from, to, EdgeKind.FLOW);
    }

    public DesignBuilder fallback(String from, String to) {
        return edge(from, to, EdgeKind.FALLBACK);
    }

    public DesignBuilder async(String from, String to) {
        return edge(from, to, EdgeKind.ASYNC);
    }

    public DesignBuilder edge(String from, String to, EdgeKind kind) {
        design.addEdge(new Edge(design.freshEdgeId(), from, to, "", kind));
        return this;
    }

    public Design build() {
        return design;
    }
}
