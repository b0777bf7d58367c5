package dev.designround.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.diagram.DiagramScene;
import dev.designround.diagram.Point;
import dev.designround.diagram.Rect;
import dev.designround.diagram.SceneItem;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.LineStyle;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.diagram.Theme;
import dev.designround.io.DesignReader;
import dev.designround.io.JsonExporter;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import dev.designround.testing.SafeXml;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Zones and text notes in every export format, each in the format's own way of grouping and of free text
 * ({@link ExportFixtures#zoned()}: a trust boundary holding the model, its backup and a note, with a HIPAA
 * boundary nested in it holding the checker, and a note outside).
 */
class ZonesAndTextExportTest {

    private final Design zoned = ExportFixtures.zoned();

    @Test
    void mermaidDrawsZonesAsNestedSubgraphsAndTextNotesAsBorderlessNodes() {
        // the drawing; the file adds one comment line for importing it back (RoundTripTest)
        assertThat(new MermaidExporter(Theme.LIGHT).toMermaid(zoned, dev.designround.catalog.CatalogLoader.bundled()))
                .isEqualTo("""
                ---
                title: "Small Q&A"
                ---
                flowchart LR
                  n1(["Lawyer<br/><i>User</i>"])
                  n5[\\"Audit log"\\]
                  t2["Re-indexed nightly"]
                  subgraph z1["Trust boundary"]
                    n2("Claude<br/><i>LLM</i>")
                    n4("Backup model<br/><i>LLM</i>")
                    t1["PHI stays<br/>inside"]
                    subgraph z2["HIPAA boundary"]
                      n3{{"Grounding checker"}}
                    end
                  end
                  n1 -->|"question"| n2
                  n2 -->|"draft"| n3
                  n3 -->|"cited answer"| n1
                  n2 -.->|"outage"| n4
                  n3 -.-> n5
                  classDef cat_clients_edge fill:#e0e9fc,stroke:#2563eb,color:#1f2937
                  class n1 cat_clients_edge
                  classDef cat_models fill:#fae1ec,stroke:#db2777,color:#1f2937
                  class n2,n4 cat_models
                  classDef cat_safety fill:#fae1e1,stroke:#dc2626,color:#1f2937
                  class n3 cat_safety
                  classDef cat_data_ops fill:#dcf0f4,stroke:#0891b2,color:#1f2937
                  class n5 cat_data_ops
                  classDef textNote fill:none,stroke:none,color:#1f2937
                  class t1,t2 textNote
                  style z1 fill:#f7f8f9,stroke:#64748b,stroke-dasharray:7 4,color:#64748b
                  style z2 fill:#f7f8f9,stroke:#64748b,stroke-dasharray:7 4,color:#64748b
                  linkStyle 3 stroke:#c2410c,stroke-dasharray:6 4
                  linkStyle 4 stroke:#64748b,stroke-dasharray:2 3
                """);
    }

    @Test
    void dotDrawsZonesAsNestedClustersAndTextNotesAsLeftAlignedPlainText() {
        String dot = Exports.text(new DotExporter(Theme.LIGHT), zoned);

        assertThat(dot).contains("""
                  t1 [ label="PHI stays\\linside\\l" designId="phi" shape="plaintext" fontcolor="#1f2937" fontname="Helvetica" ];
                  t2 [ label="Re-indexed nightly\\l" designId="nightly" shape="plaintext" fontcolor="#1f2937" fontname="Helvetica" ];
                  subgraph cluster_z1 {
                    label="Trust boundary";
                    designId="trust";
                    style="dashed,rounded,filled"; color="#64748b"; fillcolor="#f7f8f9"; fontcolor="#64748b"; fontname="Helvetica"; labeljust="l";
                    n2;
                    n4;
                    t1;
                    subgraph cluster_z2 {
                      label="HIPAA boundary";
                      designId="hipaa";
                      style="dashed,rounded,filled"; color="#64748b"; fillcolor="#f7f8f9"; fontcolor="#64748b"; fontname="Helvetica"; labeljust="l";
                      n3;
                    }
                  }
                }
                """);
        assertThat(dot).startsWith("digraph design {\n").contains("  n1 -> n2 [ label=\"question\"");
    }

    @Test
    void drawioZonesAreContainersHoldingTheirCardsAndNotesAtPlacesRelativeToThem() {
        Document doc = SafeXml.parse(Exports.bytes(new DrawioExporter(Theme.LIGHT), zoned));
        Map<String, Element> byDesignId = new java.util.HashMap<>();
        NodeList objects = doc.getElementsByTagName("object");
        for (int i = 0; i < objects.getLength(); i++) {
            Element o = (Element) objects.item(i);
            byDesignId.put(o.getAttribute("designId"), o);
        }

        assertThat(cell(byDesignId, "trust")).containsEntry("parent", "1").containsEntry("x", "192")
                .containsEntry("y", "0").containsEntry("width", "496").containsEntry("height", "380");
        assertThat(cell(byDesignId, "trust").get("style")).contains("container=1", "dashed=1");
        assertThat(byDesignId.get("trust").getAttribute("element")).isEqualTo("zone");
        assertThat(byDesignId.get("trust").getAttribute("label")).isEqualTo("Trust boundary");
        assertThat(cell(byDesignId, "hipaa")).containsEntry("parent", "z1").containsEntry("x", "264")
                .containsEntry("y", "120");
        assertThat(cell(byDesignId, "llm")).containsEntry("parent", "z1").containsEntry("x", "48")
                .containsEntry("y", "40");
        assertThat(cell(byDesignId, "guard")).containsEntry("parent", "z2").containsEntry("x", "24")
                .containsEntry("y", "40");
        assertThat(cell(byDesignId, "user")).containsEntry("parent", "1").containsEntry("x", "0");
        assertThat(cell(byDesignId, "phi")).containsEntry("parent", "z1").containsEntry("x", "264")
                .containsEntry("y", "260");
        assertThat(cell(byDesignId, "phi").get("style")).startsWith("text;");
        assertThat(byDesignId.get("phi").getAttribute("label")).isEqualTo("PHI stays\ninside");
        assertThat(cell(byDesignId, "nightly")).containsEntry("parent", "1");
        assertThat(cell(byDesignId, "e2")).containsEntry("parent", "1").containsEntry("source", "n2")
                .containsEntry("target", "n3");
    }

    /** A cell's attributes and its geometry's, by name. */
    private static Map<String, String> cell(Map<String, Element> objects, String designId) {
        Element cell = (Element) objects.get(designId).getElementsByTagName("mxCell").item(0);
        Map<String, String> out = new java.util.HashMap<>();
        for (String a : List.of("parent", "style", "source", "target")) {
            if (cell.hasAttribute(a)) {
                out.put(a, cell.getAttribute(a));
            }
        }
        Element geometry = (Element) cell.getElementsByTagName("mxGeometry").item(0);
        for (String a : List.of("x", "y", "width", "height")) {
            if (geometry.hasAttribute(a)) {
                out.put(a, geometry.getAttribute(a));
            }
        }
        return out;
    }

    @Test
    void graphmlNestsAGraphInEachZoneHoldingWhatTheZoneHolds() {
        Document doc = SafeXml.parse(Exports.bytes(new GraphMlExporter(), zoned));
        Element top = (Element) doc.getElementsByTagName("graph").item(0);

        assertThat(childIds(top, "node")).containsExactly("n1", "n5", "z1", "t2");
        assertThat(childIds(top, "edge")).hasSize(5);
        Element trust = graphOf(top, "z1");
        assertThat(trust.getAttribute("id")).isEqualTo("z1:");
        assertThat(childIds(trust, "node")).containsExactly("z2", "n2", "n4", "t1");
        assertThat(childIds(graphOf(trust, "z2"), "node")).containsExactly("n3");
        assertThat(data(doc, "z2")).containsEntry("label", "HIPAA boundary").containsEntry("designId", "hipaa")
                .containsEntry("element", "zone");
        assertThat(data(doc, "t1")).containsEntry("label", "PHI stays\ninside").containsEntry("element", "text");
        Element elementKey = keyNamed(doc, "element");
        assertThat(elementKey.getAttribute("for")).isEqualTo("node");
        assertThat(elementKey.getTextContent().strip()).isEqualTo("component");
    }

    @Test
    void aDesignWithoutZonesOrNotesHasNoElementKeyInGraphml() {
        Document doc = SafeXml.parse(Exports.bytes(new GraphMlExporter(), ExportFixtures.small()));
        assertThat(keyNamed(doc, "element")).isNull();
    }

    private static List<String> childIds(Element graph, String tag) {
        List<String> ids = new ArrayList<>();
        for (org.w3c.dom.Node c = graph.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals(tag)) {
                ids.add(e.getAttribute("id"));
            }
        }
        return ids;
    }

    private static Element graphOf(Element graph, String nodeId) {
        for (org.w3c.dom.Node c = graph.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getAttribute("id").equals(nodeId)) {
                return (Element) e.getElementsByTagName("graph").item(0);
            }
        }
        throw new AssertionError("no node " + nodeId);
    }

    private static Element keyNamed(Document doc, String name) {
        NodeList keys = doc.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            if (((Element) keys.item(i)).getAttribute("attr.name").equals(name)) {
                return (Element) keys.item(i);
            }
        }
        return null;
    }

    /** A node's own data (not its nested graph's), by key name. */
    private static Map<String, String> data(Document doc, String nodeId) {
        Map<String, String> names = new java.util.HashMap<>();
        NodeList keys = doc.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        NodeList nodes = doc.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            if (n.getAttribute("id").equals(nodeId)) {
                Map<String, String> out = new java.util.HashMap<>();
                for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && e.getLocalName().equals("data")) {
                        out.put(names.get(e.getAttribute("key")), e.getTextContent());
                    }
                }
                return out;
            }
        }
        throw new AssertionError("no node " + nodeId);
    }

    @Test
    void svgDrawsZonesFirstDashedAndTextNotesAsText() {
        Document svg = SafeXml.parse(Exports.bytes(new SvgExporter(Theme.LIGHT), zoned));
        NodeList groups = svg.getElementsByTagNameNS(SvgWriter.NS, "g");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            order.add(g.getAttribute("class") + ":" + g.getAttribute("data-id"));
        }

        assertThat(order).startsWith("title:", "zone:trust", "zone:hipaa", "edge:e1");
        assertThat(order.indexOf("text:phi")).isGreaterThan(order.indexOf("node:audit"));
        Element trust = (Element) groups.item(1);
        Element rect = (Element) trust.getElementsByTagNameNS(SvgWriter.NS, "rect").item(0);
        assertThat(rect.getAttribute("stroke-dasharray")).isEqualTo("7 4");
        assertThat(rect.getAttribute("fill")).isEqualTo(Theme.LIGHT.zoneFill().hex());
        assertThat(trust.getTextContent()).contains("Trust boundary");
        Element phi = (Element) groups.item(order.indexOf("text:phi"));
        List<String> lines = new ArrayList<>();
        NodeList texts = phi.getElementsByTagNameNS(SvgWriter.NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        assertThat(lines).containsExactly("PHI stays", "inside");
    }

    @Test
    void thePngFillsTheInsideOfAZoneWithItsTint() throws IOException {
        DiagramScene scene = new SceneBuilder(ExportFixtures.catalog(), Theme.LIGHT).build(zoned);
        Box trust = (Box) group(scene, "zone", "trust").items().get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes(new PngExporter(Theme.LIGHT),
                zoned)));
        double scale = PngWriter.scaleFor(scene);

        // bottom left, inside the boundary, where no card, arrow or note is
        int x = (int) ((trust.x() + 12) * scale);
        int y = (int) ((trust.y() + trust.height() - 12) * scale);
        assertThat(image.getRGB(x, y) & 0xffffff).isEqualTo(Theme.LIGHT.zoneFill().rgb());
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(Theme.LIGHT.background().rgb());
    }

    @Test
    void thePdfHoldsTheZoneTitlesAndTheNotes() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Exports.bytes(new PdfExporter(Theme.LIGHT, false), zoned))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Trust boundary", "HIPAA boundary", "PHI stays",
                    "inside", "Re-indexed nightly", "Grounding checker");
        }
    }

    @Test
    void theJsonExportKeepsZonesAndNotes() throws Exception {
        byte[] json = Exports.bytes(new JsonExporter(), zoned);
        assertThat(new DesignReader(ExportFixtures.catalog()).parse(json, "z.json")).isEqualTo(zoned);
    }

    @Test
    void arrowsGoAroundATextNoteButStraightThroughAZone() {
        Design d = new Design();
        d.addNode(Node.of("a", "user", 0, 0));
        d.addNode(Node.of("b", "llm", 560, 0));
        d.addEdge(dev.designround.model.Edge.flow("e1", "a", "b"));
        d.addZone(new Zone("z", "Boundary", 320, -80, 160, 240));
        SceneBuilder builder = new SceneBuilder(ExportFixtures.catalog(), Theme.LIGHT);
        Polyline throughZone = shaft(builder.build(d));
        assertThat(throughZone.points()).hasSize(2); // straight across the boundary

        d.addText(new TextNote("t", "A note right in the way", 240, 16));
        DiagramScene scene = builder.build(d);
        Polyline around = shaft(scene);
        Rect note = bounds(group(scene, "text", "t"));
        assertThat(around.points().size()).isGreaterThan(2);
        for (int k = 1; k < around.points().size(); k++) {
            Point p = around.points().get(k - 1);
            Point q = around.points().get(k);
            assertThat(note.crossedBy(p, q)).as("segment " + p + " " + q).isFalse();
        }
    }

    private static Polyline shaft(DiagramScene scene) {
        return (Polyline) group(scene, "edge", "e1").items().stream().filter(Polyline.class::isInstance)
                .findFirst().orElseThrow();
    }

    /** The extent of a group's text lines. */
    private static Rect bounds(Group g) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (SceneItem i : g.items()) {
            TextLine t = (TextLine) i;
            minX = Math.min(minX, t.left());
            minY = Math.min(minY, t.baseline() - t.size());
            maxX = Math.max(maxX, t.left() + t.width());
            maxY = Math.max(maxY, t.baseline());
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    private static Group group(DiagramScene scene, String role, String id) {
        return scene.items().stream().flatMap(ZonesAndTextExportTest::groups)
                .filter(g -> g.role().equals(role) && g.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role + " " + id));
    }

    private static Stream<Group> groups(SceneItem item) {
        return item instanceof Group g ? Stream.concat(Stream.of(g), g.items().stream()
                .flatMap(ZonesAndTextExportTest::groups)) : Stream.empty();
    }

    @Test
    void aDesignWithoutPositionsIsDrawnArrangedWithItsZonesAroundWhatTheyHold() {
        Design unplaced = new Design();
        unplaced.addZone(new Zone("tenancy", "Customer tenancy", -100, -100, 600, 400));
        unplaced.addText(new TextNote("note", "one hospital", 0, 0));
        for (String id : List.of("u", "gw", "llm", "db")) {
            unplaced.addNode(Node.of(id, id.equals("u") ? "user" : "llm", 0, 0));
        }
        unplaced.addEdge(dev.designround.model.Edge.flow("e1", "u", "gw"));
        unplaced.addEdge(dev.designround.model.Edge.flow("e2", "gw", "llm"));
        unplaced.addEdge(dev.designround.model.Edge.flow("e3", "llm", "db"));

        Design drawn = SceneBuilder.placed(unplaced);

        Zone tenancy = drawn.zone("tenancy").orElseThrow();
        assertThat(drawn.nodes()).allSatisfy(n -> assertThat(tenancy.contains(n.x(), n.y())
                && tenancy.contains(n.x() + dev.designround.model.CardGeometry.WIDTH,
                n.y() + dev.designround.model.CardGeometry.HEIGHT)).as(n.id()).isTrue());
        assertThat(drawn.nodes().stream().map(n -> n.x() + "," + n.y()).distinct()).hasSize(4);
        assertThat(dev.designround.model.ZoneMap.of(drawn).zoneOfText("note")).map(Zone::id).contains("tenancy");
        assertThat(unplaced.node("llm").orElseThrow().x()).isZero(); // the design given is not changed
    }

    @Test
    void aZoneBoxIsDashedInTheScene() {
        DiagramScene scene = new SceneBuilder(ExportFixtures.catalog(), Theme.DARK).build(zoned);
        Box box = (Box) group(scene, "zone", "hipaa").items().get(0);
        assertThat(box.style()).isEqualTo(LineStyle.DASHED);
        assertThat(box.stroke()).isEqualTo(Theme.DARK.zoneStroke());
    }
}
