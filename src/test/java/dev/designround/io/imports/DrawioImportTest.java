package dev.designround.io.imports;

import static dev.designround.io.imports.Imports.edges;
import static dev.designround.io.imports.Imports.node;
import static dev.designround.io.imports.Imports.read;
import static dev.designround.io.imports.Imports.resource;
import static dev.designround.io.imports.Imports.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.designround.json.InputException;
import dev.designround.json.ReadLimits;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.ZoneMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files saved by diagrams.net, plain and compressed, read as designs. */
class DrawioImportTest {

    @Test
    void everyShapeBecomesACardWithTheTypeItsLabelOrOutlineSays() throws InputException {
        ImportResult r = read("legal-qa.drawio");

        assertThat(types(r)).containsExactly(
                Map.entry("Lawyer", "user"),
                Map.entry("Firm SSO", "auth"),
                Map.entry("Q&A orchestrator", "orchestrator"),
                Map.entry("Hybrid retriever\n(BM25 + dense)", "retriever"),
                Map.entry("Pinecone", "vector-db"),
                Map.entry("Elasticsearch", "keyword-index"),
                Map.entry("Matter ACL filter", "permissions-service"),
                Map.entry("Cohere Rerank", "reranker"),
                Map.entry("Claude 3.5 Sonnet\nanswers from excerpts only", "llm"),
                Map.entry("Grounding & citation check", "grounding-checker"),
                Map.entry("Citation formatter", "custom"),
                Map.entry("Paralegal review", "human-escalation"),
                Map.entry("Matters", "sql-database"),
                Map.entry("Datadog", "monitoring"),
                Map.entry("Audit trail", "audit-log"),
                Map.entry("SharePoint", "document-store"),
                Map.entry("Ingest + chunk", "ingestion-pipeline"),
                Map.entry("OpenAI embeddings", "embedding-model"));
    }

    @Test
    void theSummarySaysWhatWasRecognisedAndWhatWasLeftOut() throws InputException {
        assertThat(read("legal-qa.drawio").summary()).isEqualTo("17 of 18 shapes recognised; 'Citation formatter' "
                + "kept as a custom component; left out: 1 arrow with a loose end");
    }

    @Test
    void aSwimlaneBecomesAZoneAroundItsShapesAndFreeTextATextNote() throws InputException {
        ImportResult r = read("legal-qa.drawio");
        Design d = r.design();
        assertThat(d.zones()).singleElement().satisfies(z -> {
            assertThat(z.label()).isEqualTo("Ingestion");
            ZoneMap zones = ZoneMap.of(d);
            assertThat(d.nodes().stream().filter(n -> zones.zoneOfNode(n.id()).isPresent()).map(Node::label))
                    .containsExactlyInAnyOrder("SharePoint", "Ingest + chunk", "OpenAI embeddings");
        });
        assertThat(d.texts()).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo("Legal Q&A, first draft"));
    }

    @Test
    void aPlainGroupIsLeftOutAndItsShapesRead() throws InputException {
        ImportResult r = Imports.text("d.drawio", page("Page-1", "<mxCell id=\"g\" value=\"\" style=\"group\" "
                + "vertex=\"1\" parent=\"1\"><mxGeometry x=\"100\" y=\"100\" width=\"400\" height=\"100\" "
                + "as=\"geometry\"/></mxCell>" + cell("a", "Redis", 0, 0).replace("parent=\"1\"", "parent=\"g\"")));
        assertThat(types(r)).containsExactly(Map.entry("Redis", "cache"));
        assertThat(r.design().zones()).isEmpty();
        assertThat(r.summary()).isEqualTo("1 of 1 shape recognised; left out: 1 group (its shapes were read)");
    }

    @Test
    void eachShapeSaysHowItsTypeWasFound() throws InputException {
        ImportResult r = read("legal-qa.drawio");
        assertThat(r.shapes()).filteredOn(s -> s.text().equals("Matters")).singleElement()
                .satisfies(s -> assertThat(s.explanation()).isEqualTo("from its outline: \"cylinder\""));
        assertThat(r.shapes()).filteredOn(s -> s.text().equals("Pinecone")).singleElement()
                .satisfies(s -> assertThat(s.explanation()).isEqualTo("from its label: \"pinecone\""));
        assertThat(r.shapes()).filteredOn(s -> s.text().equals("Citation formatter")).singleElement()
                .satisfies(s -> assertThat(s.explanation()).isEqualTo("not recognised: custom component"));
    }

    @Test
    void arrowsKeepTheirTextDashedOnesAreAsyncAndOneDrawnBackwardsPointsBack() throws InputException {
        assertThat(edges(read("legal-qa.drawio"))).containsExactly(
                "Lawyer -> Firm SSO [flow] question",
                "Firm SSO -> Q&A orchestrator [flow]",
                "Q&A orchestrator -> Hybrid retriever\n(BM25 + dense) [flow] query",
                "Pinecone -> Hybrid retriever\n(BM25 + dense) [flow]",
                "Elasticsearch -> Hybrid retriever\n(BM25 + dense) [flow]",
                "Hybrid retriever\n(BM25 + dense) -> Matter ACL filter [flow] top-50",
                "Matters -> Matter ACL filter [flow]",
                "Matter ACL filter -> Cohere Rerank [flow]",
                "Cohere Rerank -> Claude 3.5 Sonnet\nanswers from excerpts only [flow] top-8 chunks",
                "Claude 3.5 Sonnet\nanswers from excerpts only -> Grounding & citation check [flow]",
                "Grounding & citation check -> Citation formatter [flow] supported",
                "Citation formatter -> Lawyer [flow] cited answer",
                "Grounding & citation check -> Paralegal review [flow] unsupported",
                "Claude 3.5 Sonnet\nanswers from excerpts only -> Datadog [async]",
                "Grounding & citation check -> Audit trail [async]",
                "SharePoint -> Ingest + chunk [flow]",
                "Ingest + chunk -> OpenAI embeddings [flow] chunks",
                "OpenAI embeddings -> Pinecone [flow] vectors",
                "Ingest + chunk -> Elasticsearch [flow]");
    }

    @Test
    void cardsAreCentredWhereTheShapesWereAlsoInsideASwimlaneWithTheLayoutStretchedAsOne() throws InputException {
        ImportResult r = read("legal-qa.drawio");
        Node sso = node(r, "Firm SSO"); // x 160, y 330, 120 x 60: centre 220, 360
        double stretch = (sso.x() + CardGeometry.WIDTH / 2) / 220;
        assertThat(stretch).isGreaterThan(1); // draw.io's shapes sit closer than cards are wide
        assertThat(sso.y() + CardGeometry.HEIGHT / 2).isCloseTo(360 * stretch, within(1.0));
        Node sharePoint = node(r, "SharePoint"); // 20, 60, 120 x 80 in the swimlane at 160, 40: centre 240, 140
        assertThat(sharePoint.x() + CardGeometry.WIDTH / 2).isCloseTo(240 * stretch, within(1.0));
        assertThat(sharePoint.y() + CardGeometry.HEIGHT / 2).isCloseTo(140 * stretch, within(1.0));
        dev.designround.testing.Cards.assertNoneOverlap(r.design().nodes());
    }

    @Test
    void aLayoutWhoseCardsDoNotOverlapKeepsItsPlaces() throws InputException {
        ImportResult r = Imports.text("d.drawio", page("Page-1", cell("a", "GPT-4o", 0, 0) + cell("b", "Redis", 400,
                0)));
        assertThat(node(r, "GPT-4o").x()).isEqualTo(60 - CardGeometry.WIDTH / 2);
        assertThat(node(r, "Redis").x()).isEqualTo(460 - CardGeometry.WIDTH / 2);
    }

    @Test
    void idsAreMadeFromTheLabels() throws InputException {
        assertThat(read("legal-qa.drawio").design().nodes()).extracting(Node::id)
                .contains("lawyer", "firm-sso", "pinecone", "hybrid-retriever-bm25-dense", "citation-formatter");
    }

    @Test
    void aCompressedFileGivesTheSameDesignAsAPlainOne() throws InputException {
        assertThat(read("legal-qa-compressed.drawio").design()).isEqualTo(read("legal-qa.drawio").design());
        assertThat(new String(resource("legal-qa-compressed.drawio"), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("<mxGraphModel");
    }

    @Test
    void theTitleIsThePageNameUnlessItIsTheDefaultOne() throws InputException {
        assertThat(read("legal-qa.drawio").design().info().title()).isEqualTo("Architecture");
        assertThat(Imports.text("d.drawio", page("Page-1", "")).design().info().title()).isEmpty();
    }

    @Test
    void anotherPageIsReadByName() throws InputException {
        for (String file : new String[] {"legal-qa.drawio", "legal-qa-compressed.drawio"}) {
            ImportResult notes = Imports.IMPORTER.read(resource(file), file, file, Optional.of("Notes"));
            assertThat(types(notes)).containsExactly(Map.entry("GPT-4o", "llm"));
            assertThat(notes.page()).contains("Notes");
        }
    }

    @Test
    void anUnknownPageIsRefusedNamingThePagesThereAre() {
        assertThatThrownBy(() -> Imports.IMPORTER.read(resource("legal-qa.drawio"), "legal-qa.drawio", "d.drawio",
                Optional.of("Diagram")))
                .hasMessage("d.drawio: no page named \"Diagram\" (pages: \"Architecture\", \"Notes\")");
    }

    @Test
    void aBareGraphModelAsDrawioExportsXmlIsRead() throws InputException {
        ImportResult r = Imports.text("diagram.xml", """
                <mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
                <mxCell id="2" value="Redis" style="rounded=0;" vertex="1" parent="1">
                <mxGeometry x="0" y="0" width="120" height="60" as="geometry"/></mxCell>
                </root></mxGraphModel>
                """);
        assertThat(types(r)).containsExactly(Map.entry("Redis", "cache"));
    }

    @Test
    void anSvgSavedWithItsDiagramIsRead() throws InputException {
        String inner = page("Page-1", "<mxCell id=\"2\" value=\"Kafka\" vertex=\"1\" parent=\"1\"><mxGeometry "
                + "width=\"120\" height=\"60\" as=\"geometry\"/></mxCell>");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" content=\"" + inner.replace("&", "&amp;")
                .replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;") + "\"><g/></svg>";
        assertThat(types(Imports.text("arch.drawio.svg", svg))).containsExactly(Map.entry("Kafka", "event-stream"));
    }

    /** A rounded rectangle as draw.io draws it, 120 x 60 at a place. */
    static String cell(String id, String label, int x, int y) {
        return "<mxCell id=\"" + id + "\" value=\"" + label + "\" style=\"rounded=1;whiteSpace=wrap;html=1;\" "
                + "vertex=\"1\" parent=\"1\"><mxGeometry x=\"" + x + "\" y=\"" + y + "\" width=\"120\" "
                + "height=\"60\" as=\"geometry\"/></mxCell>";
    }

    static String page(String name, String cells) {
        return "<mxfile><diagram name=\"" + name + "\" id=\"p\"><mxGraphModel><root><mxCell id=\"0\"/>"
                + "<mxCell id=\"1\" parent=\"0\"/>" + cells + "</root></mxGraphModel></diagram></mxfile>";
    }

    // ---- bad input ---------------------------------------------------------------------------------------

    @Test
    void anotherKindOfXmlIsNotADrawioFile() {
        assertThatThrownBy(() -> Imports.text("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>"))
                .isInstanceOf(InputException.class)
                .hasMessage("pom.xml:1:1: not a draw.io file: its root element is <project>, not <mxfile> or "
                        + "<mxGraphModel>");
    }

    @Test
    void brokenXmlIsReportedWithItsPlace() {
        assertThatThrownBy(() -> Imports.text("d.drawio", "<mxfile>\n  <diagram name=\"a\">\n</mxfile>"))
                .hasMessageStartingWith("d.drawio:3:3: broken XML: ");
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsEverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE mxfile [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <mxfile><diagram name="p"><mxGraphModel><root><mxCell id="0"/>
                <mxCell id="2" value="&secret;" vertex="1" parent="0"/></root></mxGraphModel></diagram></mxfile>
                """;
        assertThatThrownBy(() -> Imports.text("x.drawio", xxe)).isInstanceOf(InputException.class)
                .hasMessageContaining("x.drawio:2:").hasMessageContaining("declares a DTD (<!DOCTYPE>)")
                .hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionIsRefusedBeforeAnythingExpands() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]>\n<mxfile>&lol9;</mxfile>");
        assertThatThrownBy(() -> Imports.text("lol.drawio", laughs.toString()))
                .hasMessageContaining("declares a DTD");
    }

    @Test
    void anUndeclaredEntityIsBrokenXml() {
        assertThatThrownBy(() -> Imports.text("e.drawio", "<mxfile>&nope;</mxfile>"))
                .hasMessageStartingWith("e.drawio:1:").hasMessageContaining("nope");
    }

    @Test
    void aCompressedPageThatIsNotBase64IsNamed() {
        assertThatThrownBy(() -> Imports.text("c.drawio", "<mxfile><diagram name=\"Arch\">not base64 at all!"
                + "</diagram></mxfile>"))
                .hasMessageStartingWith("c.drawio: page \"Arch\" is neither a diagram nor compressed diagram data");
    }

    @Test
    void aCompressedPageThatDoesNotInflateIsNamed() {
        String garbage = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, 0x13, 0x37, 0x42,
                0x00, 0x11});
        assertThatThrownBy(() -> Imports.text("c.drawio", "<mxfile><diagram name=\"Arch\">" + garbage
                + "</diagram></mxfile>"))
                .hasMessageStartingWith("c.drawio: page \"Arch\" is compressed data that does not inflate");
    }

    @Test
    void aCompressedPageCutShortIsNamed() {
        String text = new String(resource("legal-qa-compressed.drawio"), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<diagram name=\"Architecture\"[^>]*>([^<]+)<")
                .matcher(text);
        assertThat(m.find()).isTrue();
        String cut = m.group(1).substring(0, m.group(1).length() / 2);
        assertThatThrownBy(() -> Imports.text("c.drawio", "<mxfile><diagram name=\"Arch\">" + cut.substring(0,
                cut.length() - cut.length() % 4) + "</diagram></mxfile>"))
                .hasMessage("c.drawio: page \"Arch\" is compressed data that is cut short: it does not inflate to a "
                        + "whole diagram");
    }

    @Test
    void aCompressedPageMayNotInflatePastTheSizeLimit() {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        deflater.setInput(("<mxGraphModel>" + " ".repeat(200_000) + "</mxGraphModel>").getBytes());
        deflater.finish();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            raw.write(buffer, 0, deflater.deflate(buffer));
        }
        String bomb = java.util.Base64.getEncoder().encodeToString(raw.toByteArray());
        ReadLimits small = new ReadLimits(100_000, 64, 100_000, 100);
        assertThatThrownBy(() -> Imports.text("bomb.drawio", "<mxfile><diagram name=\"Arch\">" + bomb
                + "</diagram></mxfile>", small))
                .hasMessage("bomb.drawio: page \"Arch\" inflates to more than the limit of 0 MB");
    }

    @Test
    void nestingPastTheDepthLimitIsRefused() {
        String deep = "<mxfile>" + "<a>".repeat(70) + "</a>".repeat(70) + "</mxfile>";
        assertThatThrownBy(() -> Imports.text("deep.drawio", deep))
                .hasMessageContaining("nested deeper than 64 levels of elements");
    }

    @Test
    void aFileWithoutPagesIsNamed() {
        assertThatThrownBy(() -> Imports.text("e.drawio", "<mxfile host=\"x\"></mxfile>"))
                .hasMessage("e.drawio:1:1: a draw.io file without pages (no <diagram> in <mxfile>)");
    }

    @Test
    void badPropsWrittenIntoACellAreNamed() {
        String cells = "<object label=\"LLM\" designId=\"llm\" componentType=\"llm\" props=\"{&quot;latencyMs&quot;: "
                + "-5}\" id=\"n1\"><mxCell vertex=\"1\" parent=\"1\"><mxGeometry width=\"176\" height=\"64\" "
                + "as=\"geometry\"/></mxCell></object>";
        assertThatThrownBy(() -> Imports.text("p.drawio", page("Page-1", cells)))
                .hasMessageContaining("p.drawio (cell \"n1\" props)").hasMessageContaining("latencyMs");
    }
}
