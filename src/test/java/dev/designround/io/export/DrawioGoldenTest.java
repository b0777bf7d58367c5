package dev.designround.io.export;

import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import dev.designround.testing.SafeXml;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DrawioGoldenTest {

    @Test
    void smallDesignMatchesTheGoldenFile() {
        assertThat(Exports.text(new DrawioExporter(Theme.LIGHT), ExportFixtures.small())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <mxfile host="Design Round">
                  <diagram id="design" name="Small Q&amp;A">
                    <mxGraphModel arrows="1" background="#ffffff" connect="1" grid="1" gridSize="16" page="0">
                      <root>
                        <object id="0" label="" scenario="legal-doc-qa" title="Small Q&amp;A">
                          <mxCell/>
                        </object>
                        <mxCell id="1" parent="0"/>
                        <object category="clients-edge" componentType="user" designId="user" id="n1" label="Lawyer&#10;User">
                          <mxCell parent="1" style="rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor=#e0e9fc;strokeColor=#2563eb;strokeWidth=1.5;fontColor=#1f2937;fontSize=13;" vertex="1">
                            <mxGeometry as="geometry" height="64" width="176" x="0" y="160"/>
                          </mxCell>
                        </object>
                        <object category="models" componentType="llm" designId="llm" id="n2" label="Claude&#10;LLM">
                          <mxCell parent="1" style="rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor=#fae1ec;strokeColor=#db2777;strokeWidth=1.5;fontColor=#1f2937;fontSize=13;" vertex="1">
                            <mxGeometry as="geometry" height="64" width="176" x="240" y="40"/>
                          </mxCell>
                        </object>
                        <object category="safety" componentType="grounding-checker" designId="guard" id="n3" label="Grounding checker" labelled="false">
                          <mxCell parent="1" style="rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor=#fae1e1;strokeColor=#dc2626;strokeWidth=1.5;fontColor=#1f2937;fontSize=13;" vertex="1">
                            <mxGeometry as="geometry" height="64" width="176" x="480" y="160"/>
                          </mxCell>
                        </object>
                        <object category="models" componentType="llm" designId="backup" id="n4" label="Backup model&#10;LLM">
                          <mxCell parent="1" style="rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor=#fae1ec;strokeColor=#db2777;strokeWidth=1.5;fontColor=#1f2937;fontSize=13;" vertex="1">
                            <mxGeometry as="geometry" height="64" width="176" x="240" y="280"/>
                          </mxCell>
                        </object>
                        <object category="data-ops" componentType="audit-log" designId="audit" id="n5" label="Audit log" labelled="false">
                          <mxCell parent="1" style="rounded=1;arcSize=16;whiteSpace=wrap;html=0;fillColor=#dcf0f4;strokeColor=#0891b2;strokeWidth=1.5;fontColor=#1f2937;fontSize=13;" vertex="1">
                            <mxGeometry as="geometry" height="64" width="176" x="720" y="160"/>
                          </mxCell>
                        </object>
                        <object designId="e1" id="e1" kind="flow" label="question">
                          <mxCell edge="1" parent="1" source="n1" style="edgeStyle=none;endArrow=block;endFill=1;html=0;rounded=0;strokeWidth=1.5;strokeColor=#475569;fontColor=#4b5563;labelBackgroundColor=#ffffff;exitX=1;exitY=0.38;exitDx=0;exitDy=0;exitPerimeter=0;entryX=0;entryY=0.5;entryDx=0;entryDy=0;entryPerimeter=0;" target="n2">
                            <mxGeometry as="geometry" relative="1">
                              <Array as="points">
                                <mxPoint x="208" y="184"/>
                                <mxPoint x="208" y="72"/>
                              </Array>
                            </mxGeometry>
                          </mxCell>
                        </object>
                        <object designId="e2" id="e2" kind="flow" label="draft">
                          <mxCell edge="1" parent="1" source="n2" style="edgeStyle=none;endArrow=block;endFill=1;html=0;rounded=0;strokeWidth=1.5;strokeColor=#475569;fontColor=#4b5563;labelBackgroundColor=#ffffff;exitX=1;exitY=0.5;exitDx=0;exitDy=0;exitPerimeter=0;entryX=0;entryY=0.5;entryDx=0;entryDy=0;entryPerimeter=0;" target="n3">
                            <mxGeometry as="geometry" relative="1">
                              <Array as="points">
                                <mxPoint x="448" y="72"/>
                                <mxPoint x="448" y="192"/>
                              </Array>
                            </mxGeometry>
                          </mxCell>
                        </object>
                        <object designId="e3" id="e3" kind="flow" label="cited answer">
                          <mxCell edge="1" parent="1" source="n3" style="edgeStyle=none;endArrow=block;endFill=1;html=0;rounded=0;strokeWidth=1.5;strokeColor=#475569;fontColor=#4b5563;labelBackgroundColor=#ffffff;exitX=0;exitY=0.63;exitDx=0;exitDy=0;exitPerimeter=0;entryX=1;entryY=0.63;entryDx=0;entryDy=0;entryPerimeter=0;" target="n1">
                            <mxGeometry as="geometry" relative="1"/>
                          </mxCell>
                        </object>
                        <object designId="e4" id="e4" kind="fallback" label="outage">
                          <mxCell edge="1" parent="1" source="n2" style="edgeStyle=none;endArrow=block;endFill=1;html=0;rounded=0;strokeWidth=1.5;strokeColor=#c2410c;fontColor=#4b5563;labelBackgroundColor=#ffffff;dashed=1;dashPattern=6 4;exitX=0.5;exitY=1;exitDx=0;exitDy=0;exitPerimeter=0;entryX=0.5;entryY=0;entryDx=0;entryDy=0;entryPerimeter=0;" target="n4">
                            <mxGeometry as="geometry" relative="1"/>
                          </mxCell>
                        </object>
                        <object designId="e5" id="e5" kind="async" label="">
                          <mxCell edge="1" parent="1" source="n3" style="edgeStyle=none;endArrow=block;endFill=1;html=0;rounded=0;strokeWidth=1.5;strokeColor=#64748b;fontColor=#4b5563;labelBackgroundColor=#ffffff;dashed=1;dashPattern=1 3;exitX=1;exitY=0.5;exitDx=0;exitDy=0;exitPerimeter=0;entryX=0;entryY=0.5;entryDx=0;entryDy=0;entryPerimeter=0;" target="n5">
                            <mxGeometry as="geometry" relative="1"/>
                          </mxCell>
                        </object>
                      </root>
                    </mxGraphModel>
                  </diagram>
                </mxfile>
                """);
    }

    @Test
    void aDesignWithoutPositionsIsLaidOutInLayersNotStackedAtTheOrigin() throws Exception {
        Design unplaced = ExportFixtures.small().copy();
        for (Node n : List.copyOf(unplaced.nodes())) {
            unplaced.updateNode(n.withPosition(0, 0));
        }
        Document doc = SafeXml.parse(Exports.bytes(new DrawioExporter(Theme.LIGHT), unplaced));
        NodeList geometries = doc.getElementsByTagName("mxGeometry");
        Set<String> places = new HashSet<>();
        for (int i = 0; i < geometries.getLength(); i++) {
            Element g = (Element) geometries.item(i);
            if (g.hasAttribute("x")) {
                places.add(g.getAttribute("x") + "," + g.getAttribute("y"));
            }
        }
        assertThat(places).hasSize(unplaced.nodeCount());
    }
}
