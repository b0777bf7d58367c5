package dev.designround.io.imports;

import static dev.designround.io.imports.Imports.edges;
import static dev.designround.io.imports.Imports.read;
import static dev.designround.io.imports.Imports.text;
import static dev.designround.io.imports.Imports.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.ZoneMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mermaid flowcharts typed by hand, in .mmd files and in Markdown, read as designs. */
class MermaidImportTest {

    @Test
    void aHandTypedFlowchartWithSubgraphsBecomesADesign() throws InputException {
        ImportResult r = read("support-bot.mmd");
        assertThat(types(r)).containsExactly(
                Map.entry("Customer", "user"),
                Map.entry("API Gateway", "api-gateway"),
                Map.entry("Okta SSO", "auth"),
                Map.entry("Agent loop\n(LangGraph)", "orchestrator"),
                Map.entry("Help center docs", "document-store"),
                Map.entry("pgvector", "vector-db"),
                Map.entry("Retriever", "retriever"),
                Map.entry("GPT-4o", "llm"),
                Map.entry("Output guardrail", "output-guardrail"),
                Map.entry("Human agent queue", "human-escalation"),
                Map.entry("Audit log", "audit-log"),
                Map.entry("Datadog", "monitoring"),
                Map.entry("Refund API", "action-api"),
                Map.entry("Manager approval", "approval-gate"),
                Map.entry("Session memory", "memory-store"),
                Map.entry("Tickets", "sql-database"),
                Map.entry("Tone checker", "custom"));
        assertThat(r.design().info().title()).isEqualTo("Support bot, as sketched in the README");
    }

    @Test
    void everyArrowStyleIsReadDottedOnesAsAsync() throws InputException {
        assertThat(edges(read("support-bot.mmd"))).containsExactly(
                "Customer -> API Gateway [flow]",
                "API Gateway -> Okta SSO [flow]",
                "Okta SSO -> Agent loop\n(LangGraph) [flow]",
                "Help center docs -> pgvector [flow] nightly sync",
                "Agent loop\n(LangGraph) -> Retriever [flow] search",
                "pgvector -> Retriever [flow]",
                "Retriever -> GPT-4o [flow]",
                "GPT-4o -> Output guardrail [flow]",
                "Output guardrail -> Customer [flow] ok, cited",
                "Output guardrail -> Human agent queue [async] low confidence",
                "GPT-4o -> Audit log [async]",
                "GPT-4o -> Datadog [async]",
                "Agent loop\n(LangGraph) -> Refund API [flow]",
                "Refund API -> Manager approval [flow]",
                "Agent loop\n(LangGraph) -> Session memory [flow]",
                "Refund API -> Session memory [flow]",
                "Tickets -> Agent loop\n(LangGraph) [flow]",
                "Agent loop\n(LangGraph) -> Tone checker [flow]");
    }

    @Test
    void theSummaryNamesTheCustomComponentAndTheLinkToASubgraph() throws InputException {
        assertThat(read("support-bot.mmd").summary()).isEqualTo("16 of 17 shapes recognised; 'Tone checker' kept "
                + "as a custom component; left out: 1 link to a subgraph");
    }

    @Test
    void nodeIdsAreMermaidsOwnAndTheDesignIsLaidOut() throws InputException {
        ImportResult r = read("support-bot.mmd");
        assertThat(r.design().nodes()).extracting(Node::id).startsWith("customer", "gw", "auth", "agent");
        assertThat(r.design().nodes().stream().map(n -> n.x() + "," + n.y()).distinct().count())
                .isEqualTo(r.design().nodeCount());
    }

    @Test
    void theFirstMermaidBlockOfMarkdownIsRead() throws InputException {
        ImportResult r = read("design-notes.md");
        assertThat(types(r)).containsExactly(
                Map.entry("Checkout service", "custom"),
                Map.entry("API gateway", "api-gateway"),
                Map.entry("Feature store", "feature-store"),
                Map.entry("XGBoost fraud model", "classifier"),
                Map.entry("Rules engine", "rules-engine"),
                Map.entry("Analyst review", "human-escalation"),
                Map.entry("Drift monitor", "drift-monitor"));
        assertThat(edges(r)).contains("Rules engine -> Analyst review [flow] block / review",
                "XGBoost fraud model -> Drift monitor [async]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            A --> B                  ; flow  ;
            A --- B                  ; flow  ;
            A ---> B                 ; flow  ;
            A-->B                    ; flow  ;
            A ==> B                  ; flow  ;
            A --o B                  ; flow  ;
            A --x B                  ; flow  ;
            A <--> B                 ; flow  ;
            A -.-> B                 ; async ;
            A -..-> B                ; async ;
            A -.- B                  ; async ;
            A-.->B                   ; async ;
            A -->|query| B           ; flow  ; query
            A -->|"top-5 chunks"| B  ; flow  ; top-5 chunks
            A -- query --> B         ; flow  ; query
            A == query ==> B         ; flow  ; query
            A -. async log .-> B     ; async ; async log
            A -.->|log| B            ; async ; log
            A e1@--> B               ; flow  ;
            """)
    void everyLinkStyle(String link, String kind, String text) throws InputException {
        ImportResult r = text("d.mmd", "flowchart LR\n  " + link + "\n");
        assertThat(edges(r)).containsExactly("A -> B [" + kind + "]" + (text == null ? "" : " " + text));
    }

    @Test
    void aLinkDrawnBackwardsPointsBack() throws InputException {
        assertThat(edges(text("d.mmd", "graph LR\n  A <-- B\n"))).containsExactly("B -> A [flow]");
    }

    @Test
    void chainsAndAmpersandsMakeEveryLink() throws InputException {
        assertThat(edges(text("d.mmd", "graph TD\n  A & B --> C --> D\n"))).containsExactly(
                "A -> C [flow]", "B -> C [flow]", "C -> D [flow]");
    }

    @Test
    void invisibleLinksOnlyPlaceNodes() throws InputException {
        assertThat(edges(text("d.mmd", "graph TD\n  A ~~~ B\n"))).isEmpty();
    }

    @Test
    void shapesTextAndEntityCodesAreRead() throws InputException {
        ImportResult r = text("d.mmd", """
                flowchart LR
                  a[(Orders)] --> b{{"Q#amp;A #quot;bot#quot; #35;1"}}
                  b --> c@{ shape: cyl, label: "Events" }
                  c --> d(("`**Claude**`"))
                  d --> e>Notify]
                  e --> f[/"Search API"\\]
                  f --> g[[Sub-routine]]
                  g --> h(((Stop)))
                  h --> i([Done]); i --> j{Check?}
                """);
        assertThat(types(r)).containsExactly(
                Map.entry("Orders", "sql-database"), Map.entry("Q&A \"bot\" #1", "custom"),
                Map.entry("Events", "sql-database"), Map.entry("Claude", "llm"),
                Map.entry("Notify", "notification-service"), Map.entry("Search API", "tool-api"),
                Map.entry("Sub-routine", "custom"), Map.entry("Stop", "custom"), Map.entry("Done", "custom"),
                Map.entry("Check?", "custom"));
    }

    @Test
    void aNodeWithoutTextIsLabelledWithItsId() throws InputException {
        assertThat(types(text("d.mmd", "graph LR\n  redis --> postgres\n")))
                .containsExactly(Map.entry("redis", "cache"), Map.entry("postgres", "sql-database"));
    }

    @Test
    void aNodeDeclaredTwiceKeepsItsText() throws InputException {
        assertThat(types(text("d.mmd", "graph LR\n  a[Pinecone]\n  a --> b[Claude]\n  b --> a\n")))
                .containsExactly(Map.entry("Pinecone", "vector-db"), Map.entry("Claude", "llm"));
    }

    @Test
    void aTitleIsReadFromSingleOrDoubleQuotedFrontMatter() throws InputException {
        assertThat(text("d.mmd", "---\ntitle: 'It''s \"ours\"'\n---\ngraph LR\n a\n").design().info().title())
                .isEqualTo("It's \"ours\"");
        assertThat(text("d.mmd", "---\ntitle: \"Q&A \\\"v2\\\"\"\n---\ngraph LR\n a\n").design().info().title())
                .isEqualTo("Q&A \"v2\"");
    }

    @Test
    void theKindIsFoundFromTheContentWhateverTheName() throws InputException {
        assertThat(types(text("notes.txt", "%% a sketch\n\ngraph TD\n  a[Kafka]\n"))).containsExactly(
                Map.entry("Kafka", "event-stream"));
    }

    // ---- bad input ---------------------------------------------------------------------------------------

    @Test
    void aDiagramThatIsNotAFlowchartIsNamed() {
        assertThatThrownBy(() -> text("seq.mmd", "%% hello\nsequenceDiagram\n  Alice->>Bob: Hi\n"))
                .isInstanceOf(InputException.class)
                .hasMessage("seq.mmd:2:1: a Mermaid sequenceDiagram, not a flowchart: only flowcharts ('flowchart "
                        + "LR', 'graph TD') can be read as designs");
    }

    @Test
    void textThatIsNotMermaidIsNamed() {
        assertThatThrownBy(() -> text("d.mmd", "hello world\n"))
                .hasMessage("d.mmd:1:1: not a Mermaid flowchart: the diagram should start with 'flowchart LR' or "
                        + "'graph TD', not 'hello world'");
    }

    @Test
    void markdownWithoutAMermaidBlockIsNamed() {
        assertThatThrownBy(() -> text("README.md", "# Title\n\nNo diagram here.\n"))
                .hasMessage("README.md: no ```mermaid block in this Markdown file");
    }

    @Test
    void problemsInMarkdownGiveTheLineInTheFile() {
        assertThatThrownBy(() -> text("README.md", "# T\n\n```mermaid\npie\n  \"a\": 1\n```\n"))
                .hasMessageStartingWith("README.md:4:1: a Mermaid pie, not a flowchart");
    }

    @Test
    void anUnclosedSubgraphIsNamed() {
        assertThatThrownBy(() -> text("d.mmd", "graph TD\n  subgraph s\n  a --> b\n"))
                .hasMessageContaining("a subgraph is not closed with 'end'");
    }

    @Test
    void anUnclosedNodeTextIsNamedWithItsLine() {
        assertThatThrownBy(() -> text("d.mmd", "graph TD\n  a --> b[Claude\n"))
                .hasMessage("d.mmd:2:1: the text of node b is not closed with ']'");
    }

    @Test
    void aLinkToNothingIsNamed() {
        assertThatThrownBy(() -> text("d.mmd", "graph TD\n  a -->\n"))
                .hasMessage("d.mmd:2:1: a link with nothing after it: 'a -->'");
    }

    @Test
    void unclosedFrontMatterIsNamed() {
        assertThatThrownBy(() -> text("d.mmd", "---\ntitle: x\ngraph TD\n a\n"))
                .hasMessage("d.mmd:1:1: the front matter opened here (---) is never closed");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        assertThatThrownBy(() -> Imports.IMPORTER.read(new byte[] {'g', 'r', 'a', 'p', 'h', ' ', 'L', 'R', '\n',
                (byte) 0xff, (byte) 0xfe}, "d.mmd", "d.mmd", java.util.Optional.empty()))
                .hasMessage("d.mmd: not UTF-8 text");
    }

    @Test
    void moreShapesThanADesignMayHoldAreRefused() {
        StringBuilder flow = new StringBuilder("flowchart LR\n");
        for (int i = 0; i <= dev.designround.io.DesignFormat.MAX_NODES; i++) {
            flow.append("  n").append(i).append("[Redis]\n");
        }
        assertThatThrownBy(() -> text("big.mmd", flow.toString())).isInstanceOf(InputException.class)
                .hasMessage("big.mmd: the diagram has 10001 shapes, more than the limit of 10000");
    }

    @Test
    void moreArrowsThanADesignMayHoldAreRefused() {
        StringBuilder flow = new StringBuilder("flowchart LR\n");
        for (int i = 0; i <= dev.designround.io.DesignFormat.MAX_EDGES / 10; i++) {
            flow.append("  a --> b & c & d & e & f & g & h & i & j & k\n");
        }
        assertThatThrownBy(() -> text("dense.mmd", flow.toString())).isInstanceOf(InputException.class)
                .hasMessage("dense.mmd: the diagram has 50010 arrows, more than the limit of 50000");
    }

    @Test
    void subgraphsBecomeZonesDrawnAroundWhatTheyHoldOnceLaidOut() throws InputException {
        ImportResult r = read("support-bot.mmd");
        Design d = r.design();
        assertThat(d.zones()).singleElement().satisfies(z -> assertThat(z.label()).isEqualTo("Knowledge"));
        ZoneMap zones = ZoneMap.of(d);
        for (String id : java.util.List.of("kb", "vec")) {
            assertThat(zones.zoneOfNode(id)).as(id).isPresent();
        }
    }

    @Test
    void nestedSubgraphsBecomeNestedZonesAndAnEmptyOneNone() throws InputException {
        ImportResult r = text("d.mmd", """
                flowchart LR
                  subgraph outer [Trust boundary]
                    subgraph inner [PHI zone]
                      red[Presidio] --> llm[GPT-4o]
                    end
                    gw[Gateway] --> red
                  end
                  subgraph nothing
                  end
                  user([Doctor]) --> gw
                  llm --> guard{Output guardrail}
                  guard --> user
                  gw --> logs[(Audit log)]
                  red --> logs
                """);
        Design d = r.design();
        ZoneMap zones = ZoneMap.of(d);
        assertThat(d.zones()).extracting(dev.designround.model.Zone::label)
                .containsExactlyInAnyOrder("Trust boundary", "PHI zone");
        assertThat(zones.zoneOfNode("red")).hasValueSatisfying(z -> assertThat(z.label()).isEqualTo("PHI zone"));
        assertThat(zones.zoneOfNode("gw")).hasValueSatisfying(z -> assertThat(z.label())
                .isEqualTo("Trust boundary"));
        assertThat(zones.zoneOfNode("user")).isEmpty();
        // laid out without its subgraphs, the audit log sat between two members and the trust boundary took it in
        assertThat(zones.zoneOfNode("logs")).isEmpty();
        assertThat(zones.zoneOfNode("guard")).isEmpty();
        dev.designround.model.Zone outer = zones.zoneOfNode("gw").orElseThrow();
        assertThat(zones.nodesWithin(outer.id())).containsExactlyInAnyOrder("gw", "red", "llm");
        for (dev.designround.model.Node n : d.nodes()) {
            boolean in = zones.nodesWithin(outer.id()).contains(n.id());
            boolean touches = n.x() < outer.right() && outer.x() < n.x() + dev.designround.model.CardGeometry.WIDTH
                    && n.y() < outer.bottom() && outer.y() < n.y() + dev.designround.model.CardGeometry.HEIGHT;
            assertThat(touches).as(n.id() + " on the trust boundary").isEqualTo(in);
        }
    }

    @Test
    void moreSubgraphsThanADesignMayHoldZonesAreRefused() {
        StringBuilder flow = new StringBuilder("flowchart LR\n");
        for (int i = 0; i <= dev.designround.io.DesignFormat.MAX_ZONES; i++) {
            flow.append("  subgraph s").append(i).append("\n    n").append(i).append("\n  end\n");
        }
        assertThatThrownBy(() -> text("zones.mmd", flow.toString())).isInstanceOf(InputException.class)
                .hasMessage("zones.mmd: the diagram has 1001 groups or subgraphs, more than the limit of 1000");
    }
}
