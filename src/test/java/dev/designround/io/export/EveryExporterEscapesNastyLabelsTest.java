package dev.designround.io.export;

import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import dev.designround.io.Exporters;
import dev.designround.model.Design;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import dev.designround.testing.ReportFixtures;
import dev.designround.testing.SafeXml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The hostile-labels design through every exporter: nothing throws, nothing breaks the file, nothing injects. */
class EveryExporterEscapesNastyLabelsTest {

    private final Design nasty = ExportFixtures.nasty();

    static Stream<Exporter> exporters() {
        return Stream.concat(Exporters.standard().all().stream(), Exporters.standard(Theme.DARK).all().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void everyExporterWritesTheNastyDesignWithoutThrowing(Exporter exporter) {
        ExportRequest request = new ExportRequest(nasty, ExportFixtures.catalog(), "nasty.json")
                .withGrading(ReportFixtures.hostile());
        assertThatCode(() -> assertThat(Exports.bytes(exporter, request)).isNotEmpty()).doesNotThrowAnyException();
    }

    @Test
    void svgIsWellFormedAndKeepsEveryLabelAsText() {
        Document svg = SafeXml.parse(Exports.bytes(new SvgExporter(Theme.LIGHT), nasty));
        assertThat(svg.getElementsByTagNameNS(SvgWriter.NS, "script").getLength()).isZero();
        String text = texts(svg.getElementsByTagNameNS(SvgWriter.NS, "text"));
        assertThat(text).contains("Say \"hi\" & 'bye'", "<script>alert(1)</script>", "line one", "line two",
                "\uD83D\uDE00", "\u05E9\u05DC\u05D5\u05DD", "back\\slash C:\\new\\ end\\", "#quot; ]]> <!-- -->");
    }

    @Test
    void drawioIsWellFormedAndKeepsLabelsAndLineBreaksExactly() {
        Document doc = SafeXml.parse(Exports.bytes(new DrawioExporter(Theme.LIGHT), nasty));
        List<String> labels = attributes(doc.getElementsByTagName("object"), "label");
        assertThat(labels).contains("Say \"hi\" & 'bye' <script>alert(1)</script>\nUser",
                "line one\nline two\nline three\nLLM", "back\\slash C:\\new\\ end\\\nHuman escalation");
        NodeList cells = doc.getElementsByTagName("mxCell");
        List<String> ids = attributes(doc.getElementsByTagName("object"), "id");
        for (int i = 0; i < cells.getLength(); i++) {
            org.w3c.dom.Element cell = (org.w3c.dom.Element) cells.item(i);
            if (cell.hasAttribute("edge")) {
                assertThat(ids).contains(cell.getAttribute("source"), cell.getAttribute("target"));
            }
        }
    }

    @Test
    void graphmlIsWellFormedAndKeepsTheDesignIds() {
        Document doc = SafeXml.parse(Exports.bytes(new GraphMlExporter(), nasty));
        assertThat(texts(doc.getElementsByTagName("data"))).contains("id with \"quotes\" & <tags>", "\uD83D\uDE00",
                "control\uFFFDchar\uFFFD and lone \uFFFD surrogate");
    }

    @Test
    void mermaidDirectivesInLabelsAndTheTitleAreText() {
        Design d = new Design(new dev.designround.model.DesignInfo("", "%%{init: {'theme':'dark'}}%% title", ""));
        d.addNode(dev.designround.model.Node.of("u", "user", 0, 0).withLabel("%%{init: {'theme':'forest'}}%%"));
        d.addNode(dev.designround.model.Node.of("m", "llm", 240, 0).withLabel("50% cheaper %% comment"));
        d.addEdge(dev.designround.model.Edge.flow("e1", "u", "m").withLabel("%%{wrap}%%"));
        String mermaid = Exports.text(new MermaidExporter(Theme.LIGHT), d);
        // The title is YAML front matter, which Mermaid takes out before it looks for directives, and shows as
        // typed (checked in Mermaid 11: the theme stays light, the title reads "%%{init: ...}%% title").
        String frontMatter = "---\ntitle: \"%%{init: {'theme':'dark'}}%% title\"\n---\n";
        assertThat(mermaid).startsWith(frontMatter);
        // In the diagram itself every % is an entity code, so no label can be a directive or a comment; the
        // export's own comment line (for importing it back) is the one line starting with %%.
        assertThat(mermaid.substring(frontMatter.length()).replace("\n%% design-round {", "\n"))
                .doesNotContain("%")
                .contains("#37;#37;{init: {'theme':'forest'}}#37;#37;", "#37;#37;{wrap}#37;#37;", "50#37; cheaper");
    }

    @Test
    void mermaidLabelsCannotCloseTheirQuotesOrCarryMarkup() {
        String mermaid = Exports.text(new MermaidExporter(Theme.LIGHT), nasty);
        assertThat(mermaid).doesNotContain("<script", "\"hi\"", "\r").contains("#lt;script#gt;", "#quot;hi#quot;",
                "line one<br/>line two<br/>line three", "#35;quot;", "#124;pipe#124;");
        // A quoted label is all one line: every line has an even number of double quotes.
        mermaid.lines().skip(3).forEach(l -> assertThat(l.chars().filter(c -> c == '"').count() % 2).isZero());
    }

    @Test
    void dotWritesLineBreaksAndBackslashesAsGraphvizEscapes() {
        String dot = Exports.text(new DotExporter(Theme.LIGHT), nasty);
        assertThat(dot).contains("label=\"line one\\nline two\\nline three\"",
                "label=\"back\\\\slash C:\\\\new\\\\ end\\\\\"", "label=\"Say \\\"hi\\\" & 'bye' <script>");
        assertThat(dot.lines().filter(l -> l.contains("->") || l.contains("["))).allMatch(l -> l.endsWith(";"));
    }

    @Test
    void noExportHoldsAControlCharacter() {
        exporters().filter(e -> !e.needsGrading() && !e.format().equals("png")).forEach(e -> {
            String text = new String(Exports.bytes(e, nasty), StandardCharsets.UTF_8);
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r').count())
                    .as(e.format()).isZero();
        });
    }

    private static String texts(NodeList nodes) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.append(nodes.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    private static List<String> attributes(NodeList nodes, String name) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute(name));
        }
        return values;
    }
}
