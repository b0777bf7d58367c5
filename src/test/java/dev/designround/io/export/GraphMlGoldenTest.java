package dev.designround.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import org.junit.jupiter.api.Test;

class GraphMlGoldenTest {

    @Test
    void smallDesignMatchesTheGoldenFile() {
        assertThat(Exports.text(new GraphMlExporter(), ExportFixtures.small())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <key id="key0" for="all" attr.name="label" attr.type="string"/>
                    <key id="key1" for="all" attr.name="designId" attr.type="string"/>
                    <key id="key2" for="node" attr.name="type" attr.type="string"/>
                    <key id="key3" for="node" attr.name="typeName" attr.type="string"/>
                    <key id="key4" for="node" attr.name="category" attr.type="string"/>
                    <key id="key5" for="edge" attr.name="kind" attr.type="string"/>
                    <graph edgedefault="directed">
                        <node id="n1">
                            <data key="key0">Lawyer</data>
                            <data key="key1">user</data>
                            <data key="key2">user</data>
                            <data key="key3">User</data>
                            <data key="key4">clients-edge</data>
                        </node>
                        <node id="n2">
                            <data key="key0">Claude</data>
                            <data key="key1">llm</data>
                            <data key="key2">llm</data>
                            <data key="key3">LLM</data>
                            <data key="key4">models</data>
                        </node>
                        <node id="n3">
                            <data key="key0">Grounding checker</data>
                            <data key="key1">guard</data>
                            <data key="key2">grounding-checker</data>
                            <data key="key3">Grounding checker</data>
                            <data key="key4">safety</data>
                        </node>
                        <node id="n4">
                            <data key="key0">Backup model</data>
                            <data key="key1">backup</data>
                            <data key="key2">llm</data>
                            <data key="key3">LLM</data>
                            <data key="key4">models</data>
                        </node>
                        <node id="n5">
                            <data key="key0">Audit log</data>
                            <data key="key1">audit</data>
                            <data key="key2">audit-log</data>
                            <data key="key3">Audit log</data>
                            <data key="key4">data-ops</data>
                        </node>
                        <edge id="e1" source="n1" target="n2">
                            <data key="key0">question</data>
                            <data key="key1">e1</data>
                            <data key="key5">flow</data>
                        </edge>
                        <edge id="e2" source="n2" target="n3">
                            <data key="key0">draft</data>
                            <data key="key1">e2</data>
                            <data key="key5">flow</data>
                        </edge>
                        <edge id="e3" source="n3" target="n1">
                            <data key="key0">cited answer</data>
                            <data key="key1">e3</data>
                            <data key="key5">flow</data>
                        </edge>
                        <edge id="e4" source="n2" target="n4">
                            <data key="key0">outage</data>
                            <data key="key1">e4</data>
                            <data key="key5">fallback</data>
                        </edge>
                        <edge id="e5" source="n3" target="n5">
                            <data key="key0"/>
                            <data key="key1">e5</data>
                            <data key="key5">async</data>
                        </edge>
                    </graph>
                </graphml>
                """);
    }
}
