package dev.designround.io.report;

import dev.designround.io.Grading;
import dev.designround.io.export.MermaidExporter;
import dev.designround.diagram.Theme;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.CategoryScore;
import dev.designround.rules.Finding;
import java.util.List;

/**
 * The rubric report as GitHub-flavoured Markdown: summary table (scenario, verdict, score, when graded), scores by
 * category, failed findings by severity with what is wrong, why it matters, the fix and the nodes involved, passed
 * findings folded in a {@code <details>} block, and the diagram as a Mermaid block (GitHub renders it). All text
 * from the design and the rubric goes through {@link MarkdownText}.
 */
public final class ReportMarkdownWriter {

    private final MermaidExporter mermaid = new MermaidExporter(Theme.LIGHT);

    /** The whole report, ending with a newline. */
    public String write(Design design, Catalog catalog, Grading grading) {
        ReportFacts facts = new ReportFacts(design, catalog, grading);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(facts.heading())).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Scenario", MarkdownText.escape(facts.scenario()));
        row(md, "Verdict", "**" + facts.verdict() + "**");
        row(md, "Score", facts.score());
        grading.report().next().ifPresent(n -> row(md, "Next verdict", MarkdownText.escape(n.sentence())));
        row(md, "Graded", facts.gradedAt());
        md.append('\n');

        md.append("## Scores by category\n\n| Category | Score | Rules passed |\n|---|---:|---:|\n");
        for (CategoryScore c : grading.report().categories()) {
            md.append("| ").append(c.category().label()).append(" | ").append(ReportFacts.number(c.score()))
                    .append(" | ").append(c.passed()).append(" / ").append(c.total()).append(" |\n");
        }
        md.append('\n');

        List<Finding> failed = facts.failed();
        md.append("## What to fix (").append(failed.size()).append(")\n\n");
        if (failed.isEmpty()) {
            md.append("Every rule of the rubric passed.\n\n");
        }
        for (Finding f : failed) {
            finding(md, f, facts, design, catalog);
        }

        List<Finding> passed = facts.passed();
        md.append("## What is already right (").append(passed.size()).append(")\n\n");
        if (!passed.isEmpty()) {
            md.append("<details>\n<summary>").append(passed.size()).append(passed.size() == 1 ? " rule" : " rules")
                    .append(" passed</summary>\n\n");
            for (Finding f : passed) {
                md.append("- **").append(MarkdownText.escape(f.title())).append("**: ")
                        .append(MarkdownText.escape(f.message())).append('\n');
            }
            md.append("\n</details>\n\n");
        }

        md.append("## Diagram\n\n```mermaid\n").append(mermaid.toMermaid(design, catalog)).append("```\n");
        return md.toString();
    }

    private static void finding(StringBuilder md, Finding f, ReportFacts facts, Design design, Catalog catalog) {
        md.append("### ").append(ReportFacts.severity(f)).append(": ").append(MarkdownText.escape(f.title()))
                .append("\n\n");
        md.append('`').append(f.rule().replace("`", "'")).append("` · ").append(f.category().label());
        if (!f.failureModes().isEmpty()) {
            md.append(" · failure modes: ").append(MarkdownText.escape(ReportFacts.failureModes(f)));
        }
        md.append("\n\n").append(MarkdownText.escape(f.message())).append("\n\n");
        String nodes = facts.nodes(f);
        if (!nodes.isEmpty()) {
            md.append("- **Where:** ").append(MarkdownText.escape(nodes)).append('\n');
        }
        if (!f.path().isEmpty()) {
            md.append("- **Path:** ").append(MarkdownText.escape(ReportPaths.describe(f.path(), design, catalog)))
                    .append('\n');
        }
        if (!f.why().isBlank()) {
            md.append("- **Why it matters:** ").append(MarkdownText.escape(f.why())).append('\n');
        }
        if (!f.fix().isBlank()) {
            md.append("- **Fix:** ").append(MarkdownText.escape(f.fix())).append('\n');
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }
}
