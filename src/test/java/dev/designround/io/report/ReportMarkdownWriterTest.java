package dev.designround.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.ExportFixtures;
import dev.designround.testing.ReportFixtures;
import org.junit.jupiter.api.Test;

class ReportMarkdownWriterTest {

    private final ReportMarkdownWriter writer = new ReportMarkdownWriter();

    @Test
    void aGradedDesignMatchesTheGoldenReport() {
        assertThat(writer.write(ExportFixtures.small(), ExportFixtures.catalog(), ReportFixtures.leanHire()))
                .isEqualTo(GOLDEN);
    }

    @Test
    void hostileTextCannotAddMarkupLinksOrTableCells() {
        String md = writer.write(ExportFixtures.nasty(), ExportFixtures.catalog(), ReportFixtures.hostile());
        String prose = md.substring(0, md.indexOf("## Diagram"));
        assertThat(prose).doesNotContain("<script", "<i>").contains("`x.<b>`", "&lt;script&gt;", "\\|pipe\\|", "\\`tick\\`",
                "\\[y\\]", "line one<br>line two<br>line three");
        // A table row keeps its cell count whatever the scenario title holds.
        String summary = prose.lines().filter(l -> l.startsWith("| Scenario |")).findFirst().orElseThrow();
        assertThat(summary.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(3);
    }

    private static final String GOLDEN = """
            # Design review: Small Q&amp;A

            | | |
            |---|---|
            | Scenario | Document Q&amp;A for a law firm (legal-doc-qa) |
            | Verdict | **Lean Hire** |
            | Score | 72.5 / 100 |
            | Next verdict | Strong Hire needs 80; you have 72.5. The fixes worth most: Every answer is logged for audit (+25). |
            | Graded | 2026-03-14T09:26:53Z |

            ## Scores by category

            | Category | Score | Rules passed |
            |---|---:|---:|
            | Architecture | 100.0 | 1 / 1 |
            | Guardrails | 100.0 | 1 / 1 |
            | Evaluation | 0.0 | 0 / 1 |
            | Observability | 0.0 | 0 / 1 |

            ## What to fix (2)

            ### Major: Every answer is logged for audit

            `legal.audit-trail` · Observability · failure modes: no-audit-trail

            Nothing records what Claude answered.

            - **Where:** Claude
            - **Path:** Lawyer → Claude → Grounding checker → Lawyer
            - **Why it matters:** Law firms must show what advice was given and on which sources.
            - **Fix:** Add an audit log on an async edge from the orchestrator.

            ### Minor: Answers are evaluated offline

            `legal.eval` · Evaluation · failure modes: no-evaluation

            No eval pipeline.

            - **Why it matters:** Without evals, regressions ship silently.
            - **Fix:** Add an eval pipeline.

            ## What is already right (2)

            <details>
            <summary>2 rules passed</summary>

            - **Answers are checked against the sources**: Grounding checker checks every answer before the lawyer sees it.
            - **A provider outage does not stop answers**: Backup model takes over when Claude fails.

            </details>

            ## Diagram

            ```mermaid
            ---
            title: "Small Q&A"
            ---
            flowchart LR
              n1(["Lawyer<br/><i>User</i>"])
              n2("Claude<br/><i>LLM</i>")
              n3{{"Grounding checker"}}
              n4("Backup model<br/><i>LLM</i>")
              n5[\\"Audit log"\\]
              n1 -->|"question"| n2
              n2 -->|"draft"| n3
              n3 -->|"cited answer"| n1
              n2 -.->|"outage"| n4
              n3 -.-> n5
              classDef cat_clients_edge fill:#e0e9fc,stroke:#2563eb,color:#1f2937
              class n1 cat_clients_edge
              classDef cat_models fill:#fae1ec,stroke:#db2777,color:#1f2937
              class n2,n4 cat_models
              classDef cat_safety fill:#fae1e1,stroke:#dc2626,color:#1f2937
              class n3 cat_safety
              classDef cat_data_ops fill:#dcf0f4,stroke:#0891b2,color:#1f2937
              class n5 cat_data_ops
              linkStyle 3 stroke:#c2410c,stroke-dasharray:6 4
              linkStyle 4 stroke:#64748b,stroke-dasharray:2 3
            ```
            """;
}
