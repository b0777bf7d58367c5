package dev.designround.io.report;

import dev.designround.rules.Finding;
import dev.designround.rules.Report;
import dev.designround.rules.Verdict;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The class report: one self-contained HTML page over a set of graded designs (verdict distribution, score
 * histogram, the rules missed most often with why they matter and the fix, and a row per design linking to its
 * own report). Like the design report: no scripts, no external resources, every text escaped.
 */
public final class ClassReportHtmlWriter {

    /** Rules shown in full under "Missed most often"; the rest are listed folded away. */
    static final int TOP_RULES = 10;

    private static final String STYLE = """
            .bar{background:#e5e7eb;width:16rem;height:.9rem}.bar div{height:100%}
            .bar .STRONG_HIRE{background:#15803d}.bar .LEAN_HIRE{background:#b45309}.bar .NO_HIRE{background:#b91c1c}
            .histogram rect{fill:#4b5563}.histogram text{font-size:11px;fill:#1f2937}
            td.bad{color:#b91c1c}section.rule p{margin:.2rem 0}
            """;

    /** The whole page. */
    public String write(ClassReport report) {
        ClassStats stats = report.stats();
        String heading = "Class report" + (report.title().isBlank() ? "" : ": " + report.title());
        String gradedAt = report.gradedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder h = new StringBuilder();
        HtmlPage.start(h, heading, STYLE);
        long bad = report.entries().stream().filter(e -> e.report().isEmpty()).count();
        h.append("<h1>").append(HtmlText.escape(heading)).append("</h1>\n<table class=\"summary\">\n");
        HtmlPage.row(h, "Designs graded", Integer.toString(stats.graded()));
        if (bad > 0) {
            HtmlPage.row(h, "Not graded", "<span class=\"NO_HIRE\">" + bad + (bad == 1 ? " file" : " files")
                    + " could not be read or graded (see below)</span>");
        }
        HtmlPage.row(h, "Scenarios", HtmlText.escape(scenarios(report)));
        HtmlPage.row(h, "Median score", stats.graded() == 0 ? "–" : ReportFacts.number(stats.median()) + " / 100");
        HtmlPage.row(h, "Graded", "<time datetime=\"" + gradedAt + "\">" + gradedAt + "</time>");
        h.append("</table>\n");

        verdicts(h, stats);
        histogram(h, stats);
        rules(h, stats);
        designs(h, report);
        h.append("<p class=\"meta\">Graded by Design Round at ").append(gradedAt).append(".</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String scenarios(ClassReport report) {
        String all = report.entries().stream().filter(e -> e.report().isPresent())
                .map(e -> scenarioName(e.scenarioTitle(), e.report().get().scenario()))
                .distinct().collect(Collectors.joining(", "));
        return all.isEmpty() ? "–" : all;
    }

    private static String scenarioName(String title, String id) {
        return title.isBlank() || title.equals(id) ? id : title + " (" + id + ")";
    }

    private static void verdicts(StringBuilder h, ClassStats stats) {
        h.append("<h2>Verdicts</h2>\n<table class=\"verdicts\">\n")
                .append("<tr><th>Verdict</th><th>Designs</th><th>Share</th><th></th></tr>\n");
        for (Map.Entry<Verdict, Integer> e : stats.verdicts().entrySet()) {
            long percent = stats.percent(e.getValue());
            h.append("<tr><td><span class=\"verdict ").append(e.getKey().name()).append("\">")
                    .append(e.getKey().label()).append("</span></td><td class=\"num\">").append(e.getValue())
                    .append("</td><td class=\"num\">").append(percent).append(" %</td><td><div class=\"bar\">")
                    .append("<div class=\"").append(e.getKey().name()).append("\" style=\"width:").append(percent)
                    .append("%\"></div></div></td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void histogram(StringBuilder h, ClassStats stats) {
        int max = stats.histogram().stream().mapToInt(Integer::intValue).max().orElse(0);
        int barWidth = 48;
        int plot = 120;
        int width = ClassStats.BUCKETS * barWidth + 20;
        StringBuilder label = new StringBuilder("Score histogram:");
        h.append("<h2>Scores</h2>\n");
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < ClassStats.BUCKETS; i++) {
            int count = stats.histogram().get(i);
            String range = (i * 10) + "–" + (i == ClassStats.BUCKETS - 1 ? 100 : i * 10 + 9);
            label.append(' ').append(range).append(": ").append(count).append(i < ClassStats.BUCKETS - 1 ? ";" : ".");
            int height = max == 0 ? 0 : (int) Math.round((double) plot * count / max);
            int x = 10 + i * barWidth;
            bars.append("<rect x=\"").append(x + 4).append("\" y=\"").append(20 + plot - height)
                    .append("\" width=\"").append(barWidth - 8).append("\" height=\"").append(height)
                    .append("\"><title>").append(range).append(": ").append(count).append("</title></rect>\n")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(16 + plot - height)
                    .append("\" text-anchor=\"middle\">").append(count == 0 ? "" : count).append("</text>\n")
                    .append("<text x=\"").append(x + barWidth / 2).append("\" y=\"").append(plot + 36)
                    .append("\" text-anchor=\"middle\">").append(range).append("</text>\n");
        }
        h.append("<svg class=\"histogram\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(plot + 44).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(plot + 44).append("\" aria-label=\"").append(label).append("\">\n")
                .append("<line x1=\"10\" y1=\"").append(plot + 20).append("\" x2=\"").append(width - 10)
                .append("\" y2=\"").append(plot + 20).append("\" stroke=\"#9ca3af\"/>\n")
                .append(bars).append("</svg>\n")
                .append("<p class=\"meta\">Designs by score, in tenths of the 100 points; median ")
                .append(ReportFacts.number(stats.median())).append(".</p>\n");
    }

    private static void rules(StringBuilder h, ClassStats stats) {
        List<ClassStats.RuleTally> failed = stats.mostFailed();
        h.append("<h2>Rules missed most often</h2>\n");
        if (failed.isEmpty()) {
            h.append("<p>No rule failed in any design.</p>\n");
            return;
        }
        for (ClassStats.RuleTally t : failed.subList(0, Math.min(TOP_RULES, failed.size()))) {
            String severity = t.severity().id();
            h.append("<section class=\"rule\">\n<h3><span class=\"").append(severity).append("\">")
                    .append(capitalised(severity)).append("</span>: ").append(HtmlText.escape(t.title()))
                    .append("</h3>\n<p class=\"meta\"><code>").append(HtmlText.escape(t.rule())).append("</code> · ")
                    .append(scenario(stats, t)).append(missed(t)).append("</p>\n");
            paragraph(h, "Why it matters", t.why());
            paragraph(h, "Fix", t.fix());
            h.append("</section>\n");
        }
        if (failed.size() > TOP_RULES) {
            List<ClassStats.RuleTally> rest = failed.subList(TOP_RULES, failed.size());
            h.append("<details>\n<summary>").append(rest.size()).append(rest.size() == 1 ? " more rule" : " more rules")
                    .append(" missed</summary>\n<table>\n<tr><th>Rule</th><th>Severity</th><th>Missed</th></tr>\n");
            for (ClassStats.RuleTally t : rest) {
                h.append("<tr><td>").append(HtmlText.escape(t.title())).append(" <code>")
                        .append(HtmlText.escape(t.rule())).append("</code></td><td>").append(t.severity().id())
                        .append("</td><td>").append(scenario(stats, t)).append(missed(t)).append("</td></tr>\n");
            }
            h.append("</table>\n</details>\n");
        }
    }

    /** The rule's scenario, when the set holds several (their rubrics word the same rule differently). */
    private static String scenario(ClassStats stats, ClassStats.RuleTally t) {
        return stats.scenarios().size() > 1 ? "<code>" + HtmlText.escape(t.scenario()) + "</code> · " : "";
    }

    private static String missed(ClassStats.RuleTally t) {
        return "missed by " + t.failed() + " of " + t.evaluated() + (t.evaluated() == 1 ? " design" : " designs")
                + " (" + Math.round(100.0 * t.failed() / t.evaluated()) + " %)";
    }

    private static void designs(StringBuilder h, ClassReport report) {
        h.append("<h2>Designs (").append(report.entries().size()).append(")</h2>\n<table class=\"designs\">\n")
                .append("<tr><th>File</th><th>Title</th><th>Scenario</th><th>Verdict</th><th>Score</th>")
                .append("<th>Failed blockers</th></tr>\n");
        for (ClassReport.Entry e : report.entries()) {
            h.append("<tr><td>");
            if (e.link().isEmpty()) {
                h.append(HtmlText.escape(e.file()));
            } else {
                h.append("<a href=\"").append(HtmlText.escape(e.link())).append("\">").append(HtmlText.escape(e.file()))
                        .append("</a>");
            }
            h.append("</td>");
            if (e.report().isEmpty()) {
                h.append("<td class=\"bad\" colspan=\"5\">Not graded: ").append(HtmlText.escape(e.problem()))
                        .append("</td></tr>\n");
                continue;
            }
            Report r = e.report().get();
            String blockers = r.findings().stream().filter(Finding::isFailedBlocker).map(Finding::rule)
                    .collect(Collectors.joining(", "));
            h.append("<td>").append(HtmlText.escape(e.designTitle())).append("</td><td>")
                    .append(HtmlText.escape(scenarioName(e.scenarioTitle(), r.scenario())))
                    .append("</td><td><span class=\"verdict ").append(r.verdict().name()).append("\">")
                    .append(r.verdict().label()).append("</span></td><td class=\"num\">")
                    .append(ReportFacts.number(r.score())).append("</td><td>")
                    .append(blockers.isEmpty() ? "–" : HtmlText.escape(blockers)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void paragraph(StringBuilder h, String name, String text) {
        if (!text.isBlank()) {
            h.append("<p><strong>").append(name).append(":</strong> ").append(HtmlText.escape(text)).append("</p>\n");
        }
    }

    private static String capitalised(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
