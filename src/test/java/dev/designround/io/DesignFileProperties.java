package dev.designround.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.NodeProps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Save then load is the identity, for any design the model can hold (any text, any position, any props). */
class DesignFileProperties {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private final DesignReader reader = new DesignReader(CATALOG);
    private final DesignWriter writer = new DesignWriter();

    @Property(tries = 300)
    void saveThenLoadIsTheIdentity(@ForAll("designs") Design design) throws InputException {
        byte[] saved = writer.toJson(design).getBytes(StandardCharsets.UTF_8);
        assertThat(reader.parse(saved, "p.json")).isEqualTo(design);
    }

    @Provide
    Arbitrary<Design> designs() {
        List<String> types = CATALOG.types().stream().map(ComponentType::id).toList();
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<Double> coordinate = Arbitraries.doubles().between(-1e7, 1e7);
        Arbitrary<NodeProps> props = Combinators.combine(
                Arbitraries.doubles().between(0, 1e6).injectNull(0.3),
                Arbitraries.doubles().between(0, 100).injectNull(0.3),
                Arbitraries.doubles().between(0, 1).injectNull(0.3),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)
                        .filter(k -> !k.equals("latencyMs") && !k.equals("costUsd") && !k.equals("errorRate")), text)
                        .ofMaxSize(3))
                .as((l, c, e, o) -> new NodeProps(l == null ? Double.NaN : l, c == null ? Double.NaN : c,
                        e == null ? Double.NaN : e, (Map<String, String>) o));
        Arbitrary<List<Node>> nodes = Combinators.combine(Arbitraries.of(types), text, coordinate, coordinate, props,
                        Arbitraries.of(CATALOG.capabilityIds()).list().uniqueElements().ofMaxSize(2))
                .as((type, label, x, y, p, caps) -> new Node("?", type, label, x, y, p, caps))
                .list().ofMaxSize(12)
                .map(list -> {
                    List<Node> out = new java.util.ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        out.add(list.get(i).withId("n" + i + (i % 3 == 0 ? " ü✓" : "")));
                    }
                    return out;
                });
        return Combinators.combine(nodes, text, text, text, Arbitraries.longs()).as((ns, title, notes, scenario,
                                                                                      seed) -> {
            Design d = new Design(new DesignInfo(scenario, title, notes));
            ns.forEach(d::addNode);
            java.util.Random random = new java.util.Random(seed);
            for (int i = 0; !ns.isEmpty() && i < ns.size() * 2; i++) {
                Node a = ns.get(random.nextInt(ns.size()));
                Node b = ns.get(random.nextInt(ns.size()));
                d.addEdge(new Edge("e" + i, a.id(), b.id(), random.nextBoolean() ? "" : "label " + i,
                        EdgeKind.values()[random.nextInt(3)]));
            }
            return d;
        });
    }
}
