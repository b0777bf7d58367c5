package dev.designround.io.export;

import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import org.junit.jupiter.api.Test;

class DotGoldenTest {

    @Test
    void smallDesignMatchesTheGoldenFile() {
        assertThat(Exports.text(new DotExporter(Theme.LIGHT), ExportFixtures.small())).isEqualTo("""
                digraph design {
                  rankdir=LR;
                  bgcolor="#ffffff";
                  n1 [ label="Lawyer" type="user" typeName="User" category="clients-edge" designId="user" shape="box" style="rounded,filled" fillcolor="#e0e9fc" color="#2563eb" fontcolor="#1f2937" fontname="Helvetica" ];
                  n2 [ label="Claude" type="llm" typeName="LLM" category="models" designId="llm" shape="box" style="rounded,filled" fillcolor="#fae1ec" color="#db2777" fontcolor="#1f2937" fontname="Helvetica" ];
                  n3 [ label="Grounding checker" type="grounding-checker" typeName="Grounding checker" category="safety" designId="guard" shape="box" style="rounded,filled" fillcolor="#fae1e1" color="#dc2626" fontcolor="#1f2937" fontname="Helvetica" ];
                  n4 [ label="Backup model" type="llm" typeName="LLM" category="models" designId="backup" shape="box" style="rounded,filled" fillcolor="#fae1ec" color="#db2777" fontcolor="#1f2937" fontname="Helvetica" ];
                  n5 [ label="Audit log" type="audit-log" typeName="Audit log" category="data-ops" designId="audit" shape="box" style="rounded,filled" fillcolor="#dcf0f4" color="#0891b2" fontcolor="#1f2937" fontname="Helvetica" ];
                  n1 -> n2 [ label="question" kind="flow" designId="e1" color="#475569" fontcolor="#4b5563" fontname="Helvetica" ];
                  n2 -> n3 [ label="draft" kind="flow" designId="e2" color="#475569" fontcolor="#4b5563" fontname="Helvetica" ];
                  n3 -> n1 [ label="cited answer" kind="flow" designId="e3" color="#475569" fontcolor="#4b5563" fontname="Helvetica" ];
                  n2 -> n4 [ label="outage" kind="fallback" designId="e4" color="#c2410c" fontcolor="#4b5563" fontname="Helvetica" style="dashed" ];
                  n3 -> n5 [ label="" kind="async" designId="e5" color="#64748b" fontcolor="#4b5563" fontname="Helvetica" style="dotted" ];
                }
                """);
    }
}
