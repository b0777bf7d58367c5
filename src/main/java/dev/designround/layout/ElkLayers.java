package dev.designround.layout;

import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A design laid out by the Eclipse Layout Kernel's layered algorithm (Sugiyama style: cycles broken, layers
 * assigned, crossings reduced), left to right, with its zones as compound nodes: each zone is a box whose children
 * are the cards, text notes and zones it holds ({@link ZoneTree}), laid out in one run across the hierarchy so that
 * arrows crossing a zone's border are placed with the rest. A zone is sized around what it holds, with room for
 * its title above; an empty zone keeps its size.
 */
final class ElkLayers {

    private static final Object REGISTRATION = register();

    private static Object register() {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        return Boolean.TRUE;
    }

    private ElkLayers() {
    }

    static Placement place(Design design, ZoneTree zones) {
        if (REGISTRATION == null) {
            throw new IllegalStateException("ELK layered algorithm not registered");
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        spacing(root);

        Map<String, ElkNode> zoneBoxes = new HashMap<>();
        for (Zone zone : zones.outerFirst()) {
            ElkNode box = ElkGraphUtil.createNode(zones.parent(zone.id()).map(zoneBoxes::get)
                    .orElse(root));
            box.setIdentifier(zone.id());
            zoneBoxes.put(zone.id(), box);
        }
        Map<String, ElkNode> cards = new HashMap<>();
        for (Node node : design.nodes()) {
            ElkNode box = ElkGraphUtil.createNode(zones.zoneOfNode(node.id()).map(zoneBoxes::get)
                    .orElse(root));
            box.setIdentifier(node.id());
            box.setDimensions(CardGeometry.WIDTH, CardGeometry.HEIGHT);
            if (node.type().equals(LayeredLayout.USER)) {
                // requests start at the user: answers flowing back to it must not pull it into the middle
                box.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            cards.put(node.id(), box);
        }
        Map<String, ElkNode> notes = new HashMap<>();
        for (TextNote text : design.texts()) {
            zones.zoneOfText(text.id()).ifPresent(z -> {
                ElkNode box = ElkGraphUtil.createNode(zoneBoxes.get(z));
                Box size = Sizes.note(text);
                box.setDimensions(size.width(), size.height());
                notes.put(text.id(), box);
            });
        }
        for (Zone zone : zones.outerFirst()) {
            ElkNode box = zoneBoxes.get(zone.id());
            if (box.getChildren().isEmpty()) {
                box.setDimensions(zone.width(), zone.height());
            } else {
                spacing(box);
                box.setProperty(CoreOptions.PADDING, new ElkPadding(Sizes.ZONE_TOP, Sizes.ZONE_PAD, Sizes.ZONE_PAD,
                        Sizes.ZONE_PAD));
                box.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                box.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(Sizes.titleWidth(zone), Zone.MIN_SIZE));
            }
        }
        for (Edge edge : design.edges()) {
            if (!edge.from().equals(edge.to()) && !LayeredLayout.betweenUsers(design, edge)) {
                ElkGraphUtil.createSimpleEdge(cards.get(edge.from()), cards.get(edge.to()));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Placement out = new Placement();
        zoneBoxes.forEach((id, box) -> out.zones.put(id, box(box)));
        cards.forEach((id, box) -> out.nodes.put(id, box(box)));
        notes.forEach((id, box) -> out.texts.put(id, box(box)));
        return out;
    }

    /** The options every level of the hierarchy is laid out with. */
    private static void spacing(ElkNode graph) {
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LayeredLayout.LAYER_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE, LayeredLayout.NODE_SPACING);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, LayeredLayout.NODE_SPACING / 2);
        graph.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LayeredLayout.LAYER_SPACING / 2);
    }

    private static Box box(ElkNode node) {
        return new Box(node.getX(), node.getY(), node.getWidth(), node.getHeight());
    }
}
