package dev.designround.cli;

import static dev.designround.testing.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.SafeXml;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** {@code check --format junit} and {@code --format csv} over a folder with good and broken designs. */
class CheckFormatsTest extends ClassOfTwo {

    Path broken;

    @BeforeEach
    void andABrokenFile() {
        broken = write(dir, "carol.json", "{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": [");
    }

    private static void validate(String xml) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(CheckFormatsTest.class.getResource("junit.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList list = parent.getElementsByTagName(name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @Test
    void junitXmlHasTheShapeCiServersReadASuitePerDesignACasePerRule() throws Exception {
        CliRunner.Result r = CheckManyDesignsTest.check(dir.toString(), "--format", "junit");
        assertThat(r.exitCode()).isEqualTo(2);
        validate(r.out());
        Document doc = SafeXml.parse(r.out().getBytes(StandardCharsets.UTF_8));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("21");
        assertThat(root.getAttribute("failures")).isEqualTo("8");
        assertThat(root.getAttribute("errors")).isEqualTo("1");
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name"))
                .containsExactly(strong.toString(), weak.toString(), broken.toString());
        Element bob = suites.get(1);
        assertThat(bob.getAttribute("tests")).isEqualTo("10");
        assertThat(bob.getAttribute("failures")).isEqualTo("8");
        assertThat(elements(bob, "testcase")).hasSize(10).allMatch(c -> c.getAttribute("classname")
                .equals(weak.toString().replace('.', '_')));
        assertThat(elements(bob, "property")).extracting(p -> p.getAttribute("name") + "=" + p.getAttribute("value"))
                .contains("scenario=test-support-bot", "verdict=NO_HIRE", "score=20.0");
        Element grounded = elements(bob, "testcase").stream().filter(c -> c.getAttribute("name")
                .startsWith("hallucination.grounded-answers: ")).findFirst().orElseThrow();
        Element failure = elements(grounded, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("blocker");
        assertThat(failure.getAttribute("message")).isEqualTo("GPT-4 reaches User without passing a grounding "
                + "check (there is none on the canvas): GPT-4 → User.");
        assertThat(failure.getTextContent()).contains("\nWhy: ", "\nFix: Put a grounding checker between the "
                + "model and the user");
        assertThat(elements(suites.get(0), "failure")).isEmpty();
        Element error = elements(suites.get(2), "error").get(0);
        assertThat(error.getAttribute("type")).isEqualTo("bad-input");
        assertThat(error.getAttribute("message")).startsWith(broken + ":1:59: broken JSON");
    }

    @Test
    void withMinVerdictEachSuiteHasAVerdictCase() throws Exception {
        CliRunner.Result r = CheckManyDesignsTest.check(strong.toString(), weak.toString(), "--format", "junit",
                "--min-verdict", "LEAN_HIRE");
        assertThat(r.exitCode()).isEqualTo(3);
        validate(r.out());
        Document doc = SafeXml.parse(r.out().getBytes(StandardCharsets.UTF_8));
        List<Element> verdicts = elements(doc.getDocumentElement(), "testcase").stream()
                .filter(c -> c.getAttribute("name").equals("verdict: at least Lean Hire")).toList();
        assertThat(verdicts).hasSize(2);
        assertThat(elements(verdicts.get(0), "failure")).isEmpty();
        assertThat(elements(verdicts.get(1), "failure").get(0).getAttribute("message"))
                .isEqualTo("No Hire (score 20.0) is below Lean Hire (--min-verdict)");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("9");
    }

    @Test
    void junitForOneFileIsStillASuite() throws Exception {
        CliRunner.Result r = CheckManyDesignsTest.check(strong.toString(), "--format", "junit");
        assertThat(r.exitCode()).isZero();
        validate(r.out());
        assertThat(r.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"design-round "
                + "check\" tests=\"10\" failures=\"0\" errors=\"0\" time=\"");
    }

    @Test
    void csvHasAHeaderAndARowPerDesignForSpreadsheets() {
        CliRunner.Result r = CheckManyDesignsTest.check(dir.toString(), "--format", "csv");
        assertThat(r.exitCode()).isEqualTo(2);
        String[] rows = r.out().split("\r\n", -1);
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).isEqualTo("file,scenario,verdict,score,rules,passed,failed,failed_blockers,failed_rules,"
                + "error");
        assertThat(rows[1]).isEqualTo(strong + ",test-support-bot,STRONG_HIRE,100.0,10,10,0,0,,");
        String[] bob = rows[2].split(",", -1);
        assertThat(bob).hasSize(10);
        assertThat(List.of(bob).subList(0, 8)).containsExactly(weak.toString(), "test-support-bot", "NO_HIRE", "20.0",
                "10", "2", "8", "2");
        assertThat(bob[8].split(" ")).containsExactlyInAnyOrder("requirements.asked-first", "test.kb-ingested",
                "test.retrieval-wired", "hallucination.grounded-answers", "excessive-agency.actions-gated",
                "test.escalation", "provider-outage.survives-one-provider", "no-observability.monitored");
        assertThat(bob[9]).isEmpty();
        assertThat(rows[3]).isEqualTo(broken + ",,,,,,,,,\"" + broken + ":1:59: broken JSON: the file ends "
                + "before the array opened at line 1, column 58 is closed\"");
        assertThat(rows[4]).isEmpty();
    }

    @Test
    void csvFieldsAreQuotedWhenTheyMustBeAndFormulasDefused() {
        assertThat(BatchCsv.quoted("plain")).isEqualTo("plain");
        assertThat(BatchCsv.quoted("a,b")).isEqualTo("\"a,b\"");
        assertThat(BatchCsv.quoted("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(BatchCsv.quoted("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BatchCsv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(BatchCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(BatchCsv.text("class/=x.json")).isEqualTo("class/=x.json");
    }

    @Test
    void checkWithReportWritesTheClassPageAndEachDesignsOwnReport() throws IOException {
        Path page = dir.resolve("out/class.html");
        CliRunner.Result r = CheckManyDesignsTest.check(dir.toString(), "--report", page.toString(), "--format",
                "csv");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("wrote " + page + " (class report; each design's own report in "
                + dir.resolve("out/class-designs") + ")");
        String html = Files.readString(page);
        Document doc = SafeXml.parseHtml(html.getBytes(StandardCharsets.UTF_8));
        List<String> links = elements(doc.getDocumentElement(), "a").stream().map(a -> a.getAttribute("href"))
                .toList();
        assertThat(links).containsExactly("class-designs/001-alice.html", "class-designs/002-bob.html");
        for (String link : links) {
            String own = Files.readString(page.resolveSibling(link));
            assertThat(own).contains("<h1>Design review: ");
        }
        assertThat(html).contains("<h1>Class report: " + dir.getFileName() + "</h1>",
                "Not graded: " + broken + ":1:59: broken JSON");
    }

    @Test
    void exportOfAFolderWritesTheClassReport() throws IOException {
        Path page = dir.resolve("class.html");
        CliRunner.Result r = CliRunner.run("export", dir.toString(), "--to", "report-html", "-o", page.toString(),
                "--pack", CheckCommandTest.PACK);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEqualTo("wrote " + page + " (class report of 2 designs; each design's own report in "
                + dir.resolve("class-designs") + ")" + System.lineSeparator());
        assertThat(r.err().lines()).hasSize(1);
        assertThat(Files.readString(page)).contains("<tr><th>Designs graded</th><td>2</td></tr>");
        assertThat(dir.resolve("class-designs/002-bob.html")).isRegularFile();
    }

    @Test
    void aFolderExportsOnlyAsTheClassReport() {
        CliRunner.Result r = CliRunner.run("export", dir.toString(), "--to", "png", "-o", "x.png");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("design-round: " + dir + " is a folder: a folder exports only as report-html, "
                + "the class report (give a design file to export it as png)" + System.lineSeparator());
    }
}
