package dev.designround.io.export;

import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Node;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import org.junit.jupiter.api.Test;

class MermaidGoldenTest {

    @Test
    void smallDesignMatchesTheGoldenFile() {
        assertThat(Exports.text(new MermaidExporter(Theme.LIGHT), ExportFixtures.small())).isEqualTo("""
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
                %% design-round {"scenario":"legal-doc-qa","title":"Small Q\\u0026A","nodes":{"n1":{"id":"user",\
                "x":0,"y":160},"n2":{"id":"llm","x":240,"y":40},"n3":{"id":"guard","x":480,"y":160,"labelled":false},\
                "n4":{"id":"backup","x":240,"y":280},"n5":{"id":"audit","x":720,"y":160,"labelled":false}},"edges":[{"from":"n1","to":"n2","id":"e1","kind":"flow"},{"from":"n2","to":"n3",\
                "id":"e2","kind":"flow"},{"from":"n3","to":"n1","id":"e3","kind":"flow"},{"from":"n2","to":"n4",\
                "id":"e4","kind":"fallback"},{"from":"n3","to":"n5","id":"e5","kind":"async"}]}
                """);
    }

    @Test
    void theTitleIsAYamlStringAsTypedNotALabelWithEntityCodes() {
        Design d = new Design(new DesignInfo("legal-doc-qa", "Document Q&A for a law firm: \"walls\" \\ <b>#1</b>",
                ""));
        d.addNode(Node.of("u", "user", 0, 0));

        String title = Exports.text(new MermaidExporter(Theme.LIGHT), d).lines().skip(1).findFirst().orElseThrow();

        assertThat(title).isEqualTo("title: \"Document Q&A for a law firm: \\\"walls\\\" \\\\ \u2039b\u203A#1\u2039/b\u203A\"");
    }
}
