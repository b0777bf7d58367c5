package dev.designround.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.io.Grading;
import dev.designround.model.Design;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.ReportFixtures;
import dev.designround.testing.SafeXml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportHtmlWriterTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final ReportHtmlWriter writer = new ReportHtmlWriter();

    private String html(Design design, Grading grading) {
        return writer.write(design, ExportFixtures.catalog(), grading);
    }

    @Test
    void theReportShowsScenarioVerdictScoreCategoriesFindingsAndWhenItWasGraded() {
        String html = html(ExportFixtures.small(), ReportFixtures.leanHire());
        assertThat(html).contains("<th>Next verdict</th><td>Strong Hire needs 80; you have 72.5. The fixes worth "
                + "most: Every answer is logged for audit (+25).</td>");
        assertThat(html).contains("<h1>Design review: Small Q&amp;A</h1>",
                "<td>Document Q&amp;A for a law firm (legal-doc-qa)</td>",
                "<span class=\"verdict LEAN_HIRE\">Lean Hire</span>", "<td>72.5 / 100</td>",
                "<time datetime=\"2026-03-14T09:26:53Z\">2026-03-14T09:26:53Z</time>",
                "<tr><td>Observability</td><td class=\"num\">0.0</td><td class=\"num\">0 / 1</td></tr>",
                "<li><strong>Why it matters:</strong> Law firms must show what advice was given and on which sources.</li>",
                "<li><strong>Fix:</strong> Add an audit log on an async edge from the orchestrator.</li>",
                "<li><strong>Where:</strong> Claude</li>",
                "<li><strong>Path:</strong> Lawyer \u2192 Claude \u2192 Grounding checker \u2192 Lawyer</li>");
    }

    @Test
    void failedFindingsComeBySeverityAndPassedOnesAreFolded() {
        String html = html(ExportFixtures.small(), ReportFixtures.leanHire());
        assertThat(html.indexOf("Every answer is logged for audit")).isLessThan(html.indexOf("Answers are evaluated"));
        int details = html.indexOf("<details>");
        assertThat(details).isPositive();
        assertThat(html.indexOf("Answers are checked against the sources")).isGreaterThan(details);
        assertThat(html).contains("<summary>2 rules passed</summary>");
    }

    @Test
    void theDiagramIsInlinedAsSvg() {
        Document doc = SafeXml.parseHtml(html(ExportFixtures.small(), ReportFixtures.leanHire())
                .getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isGreaterThan(5);
    }

    @Test
    void hostileTextFromTheDesignAndTheRubricStaysText() {
        String html = html(ExportFixtures.nasty(), ReportFixtures.hostile());
        Document doc = SafeXml.parseHtml(html.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.getElementsByTagNameNS(XHTML, "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS(XHTML, "b").getLength()).isZero();
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("default-src 'none'");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Say \"hi\" & 'bye' <script>alert(1)</script>");
    }
}
