package dev.designround.io.export;

import dev.designround.diagram.SafeText;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.util.HashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Adds zones and text notes to the GraphML jgrapht wrote (it knows no nested graphs): each zone becomes a node
 * holding a nested graph ({@code <node id="z1"><graph id="z1:">...</graph></node>}), the card nodes inside the zone
 * move into it, and each text note becomes a node of its own. Edges stay in the top graph, which holds both ends of
 * every edge, as GraphML asks.
 */
final class GraphMlZones {

    /** The node key that tells cards, zones and text notes apart. */
    static final String ELEMENT = "element";

    private GraphMlZones() {
    }

    static void nest(Document doc, Design design, GraphAttributes attributes) {
        Map<String, String> keys = new HashMap<>();
        NodeList keyElements = doc.getDocumentElement().getElementsByTagNameNS("*", "key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            Element key = (Element) keyElements.item(i);
            keys.put(key.getAttribute("attr.name"), key.getAttribute("id"));
        }
        Element top = (Element) doc.getDocumentElement().getElementsByTagNameNS("*", "graph").item(0);
        Map<String, Element> nodes = new HashMap<>();
        NodeList nodeElements = top.getElementsByTagNameNS("*", "node");
        for (int i = 0; i < nodeElements.getLength(); i++) {
            Element n = (Element) nodeElements.item(i);
            nodes.put(n.getAttribute("id"), n);
        }
        org.w3c.dom.Node firstEdge = top.getElementsByTagNameNS("*", "edge").item(0);

        ZoneMap zones = ZoneMap.of(design);
        Map<String, Element> graphs = new HashMap<>();
        int count = 0;
        for (Zone z : zones.outerFirst()) {
            String id = "z" + ++count;
            Element node = element(top, "node");
            node.setAttribute("id", id);
            data(node, keys, "label", SafeText.oneLine(z.label()));
            data(node, keys, "designId", SafeText.clean(z.id()));
            data(node, keys, ELEMENT, "zone");
            Element graph = element(top, "graph");
            graph.setAttribute("id", id + ":");
            graph.setAttribute("edgedefault", "directed");
            node.appendChild(graph);
            place(node, zones.parent(z.id()).map(p -> graphs.get(p.id())).orElse(top), top, firstEdge);
            graphs.put(z.id(), graph);
        }
        for (Node n : design.nodes()) {
            zones.zoneOfNode(n.id()).ifPresent(z -> graphs.get(z.id()).appendChild(nodes.get(attributes.id(n.id()))));
        }
        count = 0;
        for (TextNote t : design.texts()) {
            Element node = element(top, "node");
            node.setAttribute("id", "t" + ++count);
            data(node, keys, "label", SafeText.clean(t.text()));
            data(node, keys, "designId", SafeText.clean(t.id()));
            data(node, keys, ELEMENT, "text");
            place(node, zones.zoneOfText(t.id()).map(z -> graphs.get(z.id())).orElse(top), top, firstEdge);
        }
    }

    /** In the top graph before its edges, or in a zone's graph. */
    private static void place(Element node, Element graph, Element top, org.w3c.dom.Node firstEdge) {
        if (graph == top && firstEdge != null) {
            top.insertBefore(node, firstEdge);
        } else {
            graph.appendChild(node);
        }
    }

    private static Element element(Element like, String name) {
        return like.getOwnerDocument().createElementNS(like.getNamespaceURI(), name);
    }

    private static void data(Element node, Map<String, String> keys, String name, String value) {
        Element data = element(node, "data");
        data.setAttribute("key", keys.get(name));
        data.setTextContent(value);
        node.appendChild(data);
    }
}
