package dev.designround.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Severity;
import dev.designround.rules.Verdict;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.ReportFixtures;
import dev.designround.testing.SafeXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ClassReportHtmlWriterTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static ClassReport classOfThree() {
        Report strong = ClassStatsTest.report(Verdict.STRONG_HIRE, 100,
                ClassStatsTest.finding("legal.audit-trail", true, Severity.MAJOR));
        Report weak = ClassStatsTest.report(Verdict.NO_HIRE, 12.5,
                ClassStatsTest.finding("legal.audit-trail", false, Severity.MAJOR),
                ClassStatsTest.finding("legal.grounded", false, Severity.BLOCKER));
        return new ClassReport("class-2026", ReportFixtures.GRADED_AT, List.of(
                ClassReport.Entry.graded("class/alice.json", "Alice's design", "Document Q&A", strong,
                        "class-designs/001-alice.html"),
                ClassReport.Entry.notGraded("class/bob.json", "class/bob.json:3:4: broken JSON: unexpected end"),
                ClassReport.Entry.graded("class/carol.json", "", "Document Q&A", weak,
                        "class-designs/003-carol.html")));
    }

    private static Document parse(String html) {
        return SafeXml.parseHtml(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSummarySaysHowManyWereGradedAndWhen() {
        String html = new ClassReportHtmlWriter().write(classOfThree());
        assertThat(html).contains("<h1>Class report: class-2026</h1>",
                "<tr><th>Designs graded</th><td>2</td></tr>",
                "1 file could not be read or graded (see below)",
                "<tr><th>Scenarios</th><td>Document Q&amp;A (s)</td></tr>",
                "<tr><th>Median score</th><td>56.3 / 100</td></tr>",
                "<time datetime=\"2026-03-14T09:26:53Z\">2026-03-14T09:26:53Z</time>");
    }

    @Test
    void verdictsAreCountedWithTheirShare() {
        String html = new ClassReportHtmlWriter().write(classOfThree());
        assertThat(html).contains("<span class=\"verdict STRONG_HIRE\">Strong Hire</span></td><td class=\"num\">1"
                + "</td><td class=\"num\">50 %</td>", "<div class=\"NO_HIRE\" style=\"width:50%\">");
    }

    @Test
    void theHistogramIsAnSvgWithABarPerTenth() {
        Document doc = parse(new ClassReportHtmlWriter().write(classOfThree()));
        NodeList bars = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        assertThat(bars.getLength()).isEqualTo(10);
        assertThat(((Element) bars.item(1)).getAttribute("height")).isEqualTo("120");
        assertThat(((Element) bars.item(9)).getAttribute("height")).isEqualTo("120");
        assertThat(((Element) bars.item(5)).getAttribute("height")).isEqualTo("0");
        Element svg = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").item(0);
        assertThat(svg.getAttribute("aria-label")).contains("10–19: 1;", "90–100: 1.");
    }

    @Test
    void theMostMissedRulesSayWhyAndTheFix() {
        String html = new ClassReportHtmlWriter().write(classOfThree());
        assertThat(html).contains("<code>legal.audit-trail</code> · missed by 1 of 2 designs (50 %)",
                "<p><strong>Why it matters:</strong> why legal.grounded</p>",
                "<p><strong>Fix:</strong> fix legal.grounded</p>");
        assertThat(html.indexOf("legal.grounded</code>")).as("missed by all who have it, before half")
                .isLessThan(html.indexOf("legal.audit-trail</code>"));
    }

    @Test
    void everyDesignHasARowLinkingToItsOwnReportAndABadFileSaysWhy() {
        Document doc = parse(new ClassReportHtmlWriter().write(classOfThree()));
        Element table = (Element) doc.getElementsByTagNameNS(XHTML, "table").item(2);
        assertThat(table.getAttribute("class")).isEqualTo("designs");
        NodeList rows = table.getElementsByTagNameNS(XHTML, "tr");
        assertThat(rows.getLength()).isEqualTo(4);
        assertThat(rows.item(1).getTextContent()).isEqualTo("class/alice.jsonAlice's designDocument Q&A (s)"
                + "Strong Hire100.0–");
        Element link = (Element) ((Element) rows.item(1)).getElementsByTagNameNS(XHTML, "a").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("class-designs/001-alice.html");
        assertThat(rows.item(2).getTextContent()).isEqualTo("class/bob.jsonNot graded: class/bob.json:3:4: broken "
                + "JSON: unexpected end");
        assertThat(rows.item(3).getTextContent()).endsWith("No Hire12.5legal.grounded");
    }

    @Test
    void hostileTextStaysTextAndThePageLoadsNothing() {
        String nasty = String.join(" ", ExportFixtures.NASTY_LABELS.subList(0, 6));
        Report report = new Report("s", Verdict.NO_HIRE, 0, List.of(new Finding("x", nasty, false,
                Severity.BLOCKER, dev.designround.rules.RuleCategory.SECURITY, 1, List.of(), List.of(), List.of(),
                nasty, nasty, nasty)), List.of());
        String html = new ClassReportHtmlWriter().write(new ClassReport(nasty, ReportFixtures.GRADED_AT, List.of(
                ClassReport.Entry.graded(nasty, nasty, nasty, report, "a\" onclick=\"x.html"),
                ClassReport.Entry.notGraded(nasty, nasty))));
        Document doc = parse(html);
        assertThat(doc.getElementsByTagNameNS(XHTML, "script").getLength()).isZero();
        assertThat(html).contains("default-src 'none'").doesNotContain("<script").doesNotContain("onclick=\"");
        Element link = (Element) doc.getElementsByTagNameNS(XHTML, "a").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("a\" onclick=\"x.html");
    }

    @Test
    void anEmptySetSaysSo() {
        String html = new ClassReportHtmlWriter().write(new ClassReport("", ReportFixtures.GRADED_AT, List.of()));
        parse(html);
        assertThat(html).contains("<h1>Class report</h1>", "<tr><th>Median score</th><td>–</td></tr>",
                "<p>No rule failed in any design.</p>", "<h2>Designs (0)</h2>");
    }
}
