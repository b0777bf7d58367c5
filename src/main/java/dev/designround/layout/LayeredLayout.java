package dev.designround.layout;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Arranges a design in layers from left to right with the Eclipse Layout Kernel's layered algorithm (Sugiyama
 * style: cycles broken, layers assigned, crossings reduced), so that requests read from the user on the left to
 * the back end on the right.
 *
 * <p>Every node gets a card-sized box ({@link CardGeometry}); user nodes go in the first layer, since requests
 * start there and answers flowing back must not pull them into the middle. The result is snapped to the grid and
 * placed so that its top-left corner is where the design's top-left corner was (moved in if the arrangement would
 * leave the canvas, {@link CardGeometry#MAX_COORDINATE}), so an arranged design stays in view. Pure: the design is
 * only read. All edges take part, whatever their kind; self-loops and edges between two user nodes are ignored.
 *
 * <p>ELK's layered algorithm adds a node for every layer an edge crosses and recurses as deep as the longest chain:
 * on designs over {@value #ELK_MAX_NODES} nodes or {@value #ELK_MAX_EDGES} edges it takes seconds to minutes (a
 * random 2,000-node design: 11 to 45 s; 10,000 nodes and 50,000 edges: out of memory after nearly 3 minutes). Those
 * get {@link QuickLayers}, a linear-time layered placement that wraps long chains into bands. ELK runs on a thread
 * of its own with a deep stack, and a failure there falls back to the quick layout too.
 */
public final class LayeredLayout {

    /** Horizontal room between layers, for arrows and their labels. */
    static final double LAYER_SPACING = 72;
    /** Vertical room between cards of one layer. */
    static final double NODE_SPACING = 32;

    /** The largest design ELK lays out; larger ones get {@link QuickLayers}. */
    static final int ELK_MAX_NODES = 1_000;
    static final int ELK_MAX_EDGES = 2_000;
    /** ELK's recursion goes as deep as the longest chain of the design. */
    private static final long ELK_STACK_BYTES = 64L * 1024 * 1024;

    /** The component type where requests start (PRODUCT.md, "What an edge means"). */
    static final String USER = "user";

    private static final Object REGISTRATION = register();

    private static Object register() {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        return Boolean.TRUE;
    }

    public LayeredLayout() {
        if (REGISTRATION == null) {
            throw new IllegalStateException("ELK layered algorithm not registered");
        }
    }

    /**
     * New top-left positions for every node of the design, by node id, in the design's node order.
     * An empty design gives an empty map.
     */
    public Map<String, CanvasPoint> arrange(Design design) {
        Map<String, CanvasPoint> result = new LinkedHashMap<>();
        if (design.nodeCount() == 0) {
            return result;
        }
        Map<String, CanvasPoint> raw = design.nodeCount() <= ELK_MAX_NODES && design.edges().size() <= ELK_MAX_EDGES
                ? elkOrQuick(design) : QuickLayers.arrange(design);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (CanvasPoint p : raw.values()) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double originX = origin(design.nodes().stream().mapToDouble(Node::x).min().orElse(0), maxX - minX,
                CardGeometry.WIDTH);
        double originY = origin(design.nodes().stream().mapToDouble(Node::y).min().orElse(0), maxY - minY,
                CardGeometry.HEIGHT);
        for (Node node : design.nodes()) {
            CanvasPoint p = raw.get(node.id());
            result.put(node.id(), new CanvasPoint(originX + snap(p.x() - minX), originY + snap(p.y() - minY)));
        }
        return result;
    }

    /** Where the arrangement starts: where the design started, moved in so that it ends on the canvas. */
    private static double origin(double designStart, double extent, double card) {
        double last = CardGeometry.MAX_COORDINATE - CardGeometry.GRID - snap(extent) - card;
        return snap(Math.max(-CardGeometry.MAX_COORDINATE + CardGeometry.GRID, Math.min(designStart, last)));
    }

    /** ELK's layout, on a thread with a deep stack; the quick layout if ELK fails. */
    private Map<String, CanvasPoint> elkOrQuick(Design design) {
        AtomicReference<Map<String, CanvasPoint>> done = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                done.set(elk(design));
            } catch (RuntimeException | StackOverflowError e) {
                // ELK could not lay this design out; the quick layout always can
            }
        }, "elk-layout", ELK_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
        }
        Map<String, CanvasPoint> elk = done.get();
        return elk != null ? elk : QuickLayers.arrange(design);
    }

    private static Map<String, CanvasPoint> elk(Design design) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, NODE_SPACING / 2);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LAYER_SPACING / 2);

        Map<String, ElkNode> boxes = new HashMap<>();
        for (Node node : design.nodes()) {
            ElkNode box = ElkGraphUtil.createNode(root);
            box.setIdentifier(node.id());
            box.setDimensions(CardGeometry.WIDTH, CardGeometry.HEIGHT);
            if (node.type().equals(USER)) {
                // requests start at the user: answers flowing back to it must not pull it into the middle
                box.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            boxes.put(node.id(), box);
        }
        for (Edge edge : design.edges()) {
            if (!edge.from().equals(edge.to()) && !betweenUsers(design, edge)) {
                ElkGraphUtil.createSimpleEdge(boxes.get(edge.from()), boxes.get(edge.to()));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, CanvasPoint> out = new LinkedHashMap<>();
        for (Node node : design.nodes()) {
            ElkNode box = boxes.get(node.id());
            out.put(node.id(), new CanvasPoint(box.getX(), box.getY()));
        }
        return out;
    }

    /**
     * Whether an edge joins two user nodes. Both are in the first layer, and ELK refuses an edge into a first-layer
     * node from another one, so such edges are left out of the layout (they stay in the design).
     */
    private static boolean betweenUsers(Design design, Edge edge) {
        return design.node(edge.from()).filter(n -> n.type().equals(USER)).isPresent()
                && design.node(edge.to()).filter(n -> n.type().equals(USER)).isPresent();
    }

    private static double snap(double value) {
        return Math.round(value / CardGeometry.GRID) * CardGeometry.GRID;
    }
}
