package dev.designround.io.export;

import dev.designround.diagram.Theme;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import org.junit.jupiter.api.Test;

class SvgGoldenTest {

    @Test
    void smallDesignMatchesTheGoldenFile() {
        assertThat(Exports.text(new SvgExporter(Theme.LIGHT), ExportFixtures.small())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg font-family="'Liberation Sans', Arimo, Arial, Helvetica, sans-serif" height="449" version="1.1" viewBox="0 0 963 449" width="963" xmlns="http://www.w3.org/2000/svg">
                  <title>Small Q&amp;A</title>
                  <rect fill="#ffffff" height="100%" width="100%"/>
                  <g class="title">
                    <title>Small Q&amp;A</title>
                    <text fill="#1f2937" font-size="16" x="32" y="48">Small Q&amp;A</text>
                  </g>
                  <g class="edge" data-id="e1">
                    <title>Lawyer → Claude: question</title>
                    <polyline fill="none" points="209.5,211.5 241.5,211.5 241.5,99.5 262.5,99.5" stroke="#475569" stroke-width="1.5"/>
                    <polygon fill="#475569" points="273.5,99.5 262.5,104.5 262.5,94.5"/>
                  </g>
                  <g class="edge" data-id="e2">
                    <title>Claude → Grounding checker: draft</title>
                    <polyline fill="none" points="449.5,99.5 481.5,99.5 481.5,219.5 502.5,219.5" stroke="#475569" stroke-width="1.5"/>
                    <polygon fill="#475569" points="513.5,219.5 502.5,224.5 502.5,214.5"/>
                  </g>
                  <g class="edge" data-id="e3">
                    <title>Grounding checker → Lawyer: cited answer</title>
                    <polyline fill="none" points="513.5,227.5 220.5,227.5" stroke="#475569" stroke-width="1.5"/>
                    <polygon fill="#475569" points="209.5,227.5 220.5,222.5 220.5,232.5"/>
                  </g>
                  <g class="edge" data-id="e4">
                    <title>Claude → Backup model (fallback): outage</title>
                    <polyline fill="none" points="361.5,131.5 361.5,296.5" stroke="#c2410c" stroke-dasharray="7 4" stroke-width="1.5"/>
                    <polygon fill="#c2410c" points="361.5,307.5 356.5,296.5 366.5,296.5"/>
                  </g>
                  <g class="edge" data-id="e5">
                    <title>Grounding checker → Audit log (async)</title>
                    <polyline fill="none" points="689.5,219.5 742.5,219.5" stroke="#64748b" stroke-dasharray="2 3" stroke-width="1.5"/>
                    <polygon fill="#64748b" points="753.5,219.5 742.5,224.5 742.5,214.5"/>
                  </g>
                  <g class="node" data-id="user">
                    <title>Lawyer (User)</title>
                    <rect fill="#e0e9fc" height="64" rx="10" stroke="#2563eb" stroke-width="1.5" width="176" x="33.5" y="187.5"/>
                    <text fill="#1f2937" font-size="13" text-anchor="middle" x="121.5" y="216.5">Lawyer</text>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="121.5" y="230.5">User</text>
                  </g>
                  <g class="node" data-id="llm">
                    <title>Claude (LLM)</title>
                    <rect fill="#fae1ec" height="64" rx="10" stroke="#db2777" stroke-width="1.5" width="176" x="273.5" y="67.5"/>
                    <text fill="#1f2937" font-size="13" text-anchor="middle" x="361.5" y="96.5">Claude</text>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="361.5" y="110.5">LLM</text>
                  </g>
                  <g class="node" data-id="guard">
                    <title>Grounding checker (Grounding checker)</title>
                    <rect fill="#fae1e1" height="64" rx="10" stroke="#dc2626" stroke-width="1.5" width="176" x="513.5" y="187.5"/>
                    <text fill="#1f2937" font-size="13" text-anchor="middle" x="601.5" y="223.5">Grounding checker</text>
                  </g>
                  <g class="node" data-id="backup">
                    <title>Backup model (LLM)</title>
                    <rect fill="#fae1ec" height="64" rx="10" stroke="#db2777" stroke-width="1.5" width="176" x="273.5" y="307.5"/>
                    <text fill="#1f2937" font-size="13" text-anchor="middle" x="361.5" y="336.5">Backup model</text>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="361.5" y="350.5">LLM</text>
                  </g>
                  <g class="node" data-id="audit">
                    <title>Audit log (Audit log)</title>
                    <rect fill="#dcf0f4" height="64" rx="10" stroke="#0891b2" stroke-width="1.5" width="176" x="753.5" y="187.5"/>
                    <text fill="#1f2937" font-size="13" text-anchor="middle" x="841.5" y="223.5">Audit log</text>
                  </g>
                  <g class="edge-label" data-id="e1">
                    <title>question</title>
                    <rect fill="#ffffff" height="18" rx="4" width="47.7" x="217.65" y="146.5"/>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="241.5" y="158.5">question</text>
                  </g>
                  <g class="edge-label" data-id="e2">
                    <title>draft</title>
                    <rect fill="#ffffff" height="18" rx="4" width="29.01" x="466.99" y="150.5"/>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="481.5" y="162.5">draft</text>
                  </g>
                  <g class="edge-label" data-id="e3">
                    <title>cited answer</title>
                    <rect fill="#ffffff" height="18" rx="4" width="66.94" x="328.03" y="218.5"/>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="361.5" y="230.5">cited answer</text>
                  </g>
                  <g class="edge-label" data-id="e4">
                    <title>outage</title>
                    <rect fill="#ffffff" height="18" rx="4" width="40.12" x="341.44" y="184.1"/>
                    <text fill="#4b5563" font-size="10.5" text-anchor="middle" x="361.5" y="196.1">outage</text>
                  </g>
                  <g class="legend">
                    <title>Legend</title>
                    <rect fill="#e0e9fc" height="12" rx="3" stroke="#2563eb" stroke-width="1.5" width="12" x="32" y="403"/>
                    <text fill="#4b5563" font-size="11" x="50" y="413">Clients &amp; edge</text>
                    <rect fill="#fae1ec" height="12" rx="3" stroke="#db2777" stroke-width="1.5" width="12" x="139.54" y="403"/>
                    <text fill="#4b5563" font-size="11" x="157.54" y="413">Models</text>
                    <rect fill="#fae1e1" height="12" rx="3" stroke="#dc2626" stroke-width="1.5" width="12" x="211" y="403"/>
                    <text fill="#4b5563" font-size="11" x="229" y="413">Guardrails &amp; policy</text>
                    <rect fill="#dcf0f4" height="12" rx="3" stroke="#0891b2" stroke-width="1.5" width="12" x="339.32" y="403"/>
                    <text fill="#4b5563" font-size="11" x="357.32" y="413">Data &amp; MLOps</text>
                    <polyline fill="none" points="447.46,409 473.46,409" stroke="#475569" stroke-width="1.5"/>
                    <text fill="#4b5563" font-size="11" x="479.46" y="413">flow</text>
                    <polyline fill="none" points="517.02,409 543.02,409" stroke="#c2410c" stroke-dasharray="7 4" stroke-width="1.5"/>
                    <text fill="#4b5563" font-size="11" x="549.02" y="413">fallback</text>
                    <polyline fill="none" points="604.31,409 630.31,409" stroke="#64748b" stroke-dasharray="2 3" stroke-width="1.5"/>
                    <text fill="#4b5563" font-size="11" x="636.31" y="413">async</text>
                  </g>
                </svg>
                """);
    }
}
