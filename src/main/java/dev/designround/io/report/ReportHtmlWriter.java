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
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Liberation Sans',Arial,sans-serif;\
            color:#1f2937;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
            h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #e5e7eb}h3{margin-bottom:.2rem}
            table{border-collapse:collapse}td,th{border:1px solid #e5e7eb;padding:.3rem .6rem;text-align:left}
            td.num{text-align:right}.verdict{font-weight:bold}.STRONG_HIRE{color:#15803d}.LEAN_HIRE{color:#b45309}
            .NO_HIRE{color:#b91c1c}.meta{color:#4b5563;font-size:.9rem}span.blocker{color:#b91c1c}span.major{color:#b45309}
            span.minor{color:#4b5563}code{background:#f3f4f6;padding:0 .2rem}
            .diagram{overflow-x:auto;border:1px solid #e5e7eb}.diagram svg{max-width:100%;height:auto}
            """;

    private final SvgWriter svg = new SvgWriter();

    /** The whole page. */
    public String write(Design design, Catalog catalog, Grading grading) {
        ReportFacts facts = new ReportFacts(design, catalog, grading);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(HtmlText.escape(facts.heading())).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(HtmlText.escape(facts.heading())).append("</h1>\n<table class=\"summary\">\n");
        row(h, "Scenario", HtmlText.escape(facts.scenario()));
        row(h, "Verdict", "<span class=\"verdict " + grading.report().verdict().name() + "\">" + facts.verdict()
                + "</span>");
        row(h, "Score", facts.score());
        row(h, "Graded", "<time datetime=\"" + facts.gradedAt() + "\">" + facts.gradedAt() + "</time>");
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

    private static void row(StringBuilder h, String name, String html) {
        h.append("<tr><th>").append(name).append("</th><td>").append(html).append("</td></tr>\n");
    }
}
