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
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Save then load is the identity, for any design the model can hold (any text, any position, any props, any
 * zones and text notes).
 */
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
        Arbitrary<Double> size = Arbitraries.doubles().between(0, 3e6);
        Arbitrary<List<Zone>> zones = Combinators.combine(text, coordinate, coordinate, size, size)
                .as((label, x, y, w, h) -> new Zone("?", label, x, y, w, h)).list().ofMaxSize(4)
                .map(list -> java.util.stream.IntStream.range(0, list.size())
                        .mapToObj(i -> list.get(i).withId("z" + i + (i % 2 == 0 ? " ✓" : ""))).toList());
        Arbitrary<List<TextNote>> texts = Combinators.combine(text.filter(t -> !t.isBlank()), coordinate, coordinate)
                .as((t, x, y) -> new TextNote("?", t, x, y)).list().ofMaxSize(4)
                .map(list -> java.util.stream.IntStream.range(0, list.size())
                        .mapToObj(i -> list.get(i).withId("t" + i)).toList());
        Arbitrary<Design> drawn = Combinators.combine(nodes, text, text, text, Arbitraries.longs())
                .as(DesignFileProperties::design);
        return Combinators.combine(drawn, zones, texts).as((d, zs, ts) -> {
            Design out = d.copy();
            zs.forEach(out::addZone);
            ts.forEach(out::addText);
            return out;
        });
    }

    private static Design design(List<Node> ns, String title, String notes, String scenario, long seed) {
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
    }
}
