package dev.designround.io.report;

import dev.designround.io.Grading;
import dev.designround.io.export.SceneBuilder;
import dev.designround.io.export.SvgWriter;
import dev.designround.diagram.Theme;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import java.util.List;

/**
 * The rubric report as one self-contained HTML page (also well-formed XML, so XML tools can read it): summary, scores by category, failed findings by severity
 * (what is wrong, why it matters, the fix, the nodes and path involved), passed findings folded in
 * {@code <details>}, the diagram as inline SVG, and when it was graded. No scripts and no external resources; a
 * Content-Security-Policy forbids both, and all text from the design and the rubric is escaped ({@link HtmlText}).
 */
public final class ReportHtmlWriter {

    private static final String STYLE = """
            .diagram{overflow-x:auto;border:1px solid #e5e7eb}.diagram svg{max-width:100%;height:auto}
            """;

    private final SvgWriter svg = new SvgWriter();

    /** The whole page. */
    public String write(Design design, Catalog catalog, Grading grading) {
        ReportFacts facts = new ReportFacts(design, catalog, grading);
        StringBuilder h = new StringBuilder();
        HtmlPage.start(h, facts.heading(), STYLE);
        h.append("<h1>").append(HtmlText.escape(facts.heading())).append("</h1>\n<table class=\"summary\">\n");
        HtmlPage.row(h, "Scenario", HtmlText.escape(facts.scenario()));
        HtmlPage.row(h, "Verdict", "<span class=\"verdict " + grading.report().verdict().name() + "\">"
                + facts.verdict() + "</span>");
        HtmlPage.row(h, "Score", facts.score());
        grading.report().next().ifPresent(n -> HtmlPage.row(h, "Next verdict", HtmlText.escape(n.sentence())));
        HtmlPage.row(h, "Graded", "<time datetime=\"" + facts.gradedAt() + "\">" + facts.gradedAt() + "</time>");
        h.append("</table>\n");

        h.append("<h2>Scores by category</h2>\n<table>\n")
                .append("<tr><th>Category</th><th>Score</th><th>Rules passed</th></tr>\n");
        for (CategoryScore c : grading.report().categories()) {
            h.append("<tr><td>").append(HtmlText.escape(c.category().label())).append("</td><td class=\"num\">")
                    .append(ReportFacts.number(c.score())).append("</td><td class=\"num\">").append(c.passed())
                    .append(" / ").append(c.total()).append("</td></tr>\n");
        }
        h.append("</table>\n");

        List<Finding> failed = facts.failed();
        h.append("<h2>What to fix (").append(failed.size()).append(")</h2>\n");
        if (failed.isEmpty()) {
            h.append("<p>Every rule of the rubric passed.</p>\n");
        }
        for (Finding f : failed) {
            finding(h, f, facts, design, catalog);
        }

        List<Finding> passed = facts.passed();
        h.append("<h2>What is already right (").append(passed.size()).append(")</h2>\n");
        if (!passed.isEmpty()) {
            h.append("<details>\n<summary>").append(passed.size()).append(passed.size() == 1 ? " rule" : " rules")
                    .append(" passed</summary>\n<ul>\n");
            for (Finding f : passed) {
                h.append("<li><strong>").append(HtmlText.escape(f.title())).append("</strong>: ")
                        .append(HtmlText.escape(f.message())).append("</li>\n");
            }
            h.append("</ul>\n</details>\n");
        }

        h.append("<h2>Diagram</h2>\n<div class=\"diagram\">\n")
                .append(svg.inline(new SceneBuilder(catalog, Theme.LIGHT).build(design)))
                .append("</div>\n<p class=\"meta\">Graded by Design Round at ").append(facts.gradedAt())
                .append(".</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void finding(StringBuilder h, Finding f, ReportFacts facts, Design design, Catalog catalog) {
        String severity = f.severity().id();
        h.append("<section class=\"finding ").append(severity).append("\">\n<h3><span class=\"").append(severity)
                .append("\">").append(ReportFacts.severity(f)).append("</span>: ").append(HtmlText.escape(f.title()))
                .append("</h3>\n<p class=\"meta\"><code>").append(HtmlText.escape(f.rule())).append("</code> · ")
                .append(HtmlText.escape(f.category().label()));
        if (!f.failureModes().isEmpty()) {
            h.append(" · failure modes: ").append(HtmlText.escape(ReportFacts.failureModes(f)));
        }
        h.append("</p>\n<p>").append(HtmlText.escape(f.message())).append("</p>\n<ul>\n");
        item(h, "Where", facts.nodes(f));
        item(h, "Path", f.path().isEmpty() ? "" : ReportPaths.describe(f.path(), design, catalog));
        item(h, "Why it matters", f.why());
        item(h, "Fix", f.fix());
        h.append("</ul>\n</section>\n");
    }

    private static void item(StringBuilder h, String name, String text) {
        if (!text.isBlank()) {
            h.append("<li><strong>").append(name).append(":</strong> ").append(HtmlText.escape(text))
                    .append("</li>\n");
        }
    }
}
