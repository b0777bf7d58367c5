package dev.designround.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Rect;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Auto-arrange keeps what each zone holds, on random designs with random zones: nested, overlapping, the same
 * bounds twice, empty, with cards and text notes inside, across and outside them. After arranging, ZoneMap gives
 * the same answer for every card, text note and zone as before, through ELK and through the quick layout alike; and
 * the result is drawable: zones overlap only zones they hold, no card or note sits on another or on a zone it is not
 * in, nor on the title of the zone it is in.
 */
class ArrangeKeepsZonesProperties {

    private static final TextNoteDrawing NOTES = new TextNoteDrawing(DiagramFont.get());
    private final LayeredLayout layout = new LayeredLayout();

    @Property(tries = 150)
    void arrangingKeepsEveryCardNoteAndZoneInItsZone(@ForAll("zonedDesigns") Design design) {
        Arrangement arrangement = layout.arrange(design);

        assertKeepsZonesAndIsDrawable(design, arrangement);
    }

    @Property(tries = 150)
    void elksArrangementKeepsZonesWithoutFallingBack(@ForAll("zonedDesigns") Design design) {
        ZoneTree tree = ZoneTree.of(design);
        Optional<Placement> elk = LayeredLayout.elk(design, tree);

        assertThat(elk).as("ELK laid the design out").isPresent();
        assertKeepsZonesAndIsDrawable(design, LayeredLayout.onCanvas(design, tree, elk.get()));
    }

    @Property(tries = 300)
    void theQuickLayoutKeepsZonesToo(@ForAll("zonedDesigns") Design design) {
        Arrangement quick = LayeredLayout.quick(design, ZoneTree.of(design));

        assertThat(quick.nodes()).hasSize(design.nodeCount());
        assertKeepsZonesAndIsDrawable(design, quick);
    }

    private static void assertKeepsZonesAndIsDrawable(Design design, Arrangement arrangement) {
        Design after = design.copy();
        arrangement.applyTo(after);
        assertThat(membership(after)).isEqualTo(membership(design));
        assertThat(arrangement.zones().keySet()).containsExactlyInAnyOrderElementsOf(design.zones().stream()
                .map(Zone::id).toList());

        ZoneMap zones = ZoneMap.of(after);
        List<Zone> all = List.copyOf(after.zones());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Zone a = all.get(i);
                Zone b = all.get(j);
                assertThat(a.holds(b) || b.holds(a) || !rect(a).intersects(rect(b)))
                        .as(a.id() + " and " + b.id() + " overlap without one holding the other").isTrue();
            }
        }
        Map<String, Rect> things = new LinkedHashMap<>();
        after.nodes().forEach(n -> things.put("card " + n.id(), new Rect(n.x(), n.y(), CardGeometry.WIDTH,
                CardGeometry.HEIGHT)));
        Map<String, Optional<Zone>> zoneOf = new LinkedHashMap<>();
        after.nodes().forEach(n -> zoneOf.put("card " + n.id(), zones.zoneOfNode(n.id())));
        for (TextNote t : after.texts()) {
            if (zones.zoneOfText(t.id()).isPresent()) { // notes in no zone stay put, over whatever they were
                things.put("note " + t.id(), NOTES.layout(t).box());
                zoneOf.put("note " + t.id(), zones.zoneOfText(t.id()));
            }
        }
        List<String> names = List.copyOf(things.keySet());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Rect a = things.get(name);
            assertThat(a.x() % CardGeometry.GRID).as(names.get(i) + " on the grid").isZero();
            assertThat(a.y() % CardGeometry.GRID).as(names.get(i) + " on the grid").isZero();
            for (int j = i + 1; j < names.size(); j++) {
                assertThat(a.intersects(things.get(names.get(j)))).as(names.get(i) + " on " + names.get(j))
                        .isFalse();
            }
            Optional<Zone> in = zoneOf.get(names.get(i));
            for (Zone z : all) {
                boolean within = in.isPresent() && zones.zonesWithin(z.id()).stream()
                        .anyMatch(w -> w.id().equals(in.get().id()));
                if (within) {
                    assertThat(inside(a, rect(z))).as(names.get(i) + " wholly inside " + z.id()).isTrue();
                } else {
                    assertThat(a.intersects(rect(z))).as(names.get(i) + " on zone " + z.id()).isFalse();
                }
            }
            in.ifPresent(z -> assertThat(a.y()).as(name + " below the title of " + z.id())
                    .isGreaterThanOrEqualTo(z.y() + ZoneDrawing.TITLE_HEIGHT));
        }
        for (TextNote t : after.texts()) {
            if (zones.zoneOfText(t.id()).isEmpty()) {
                Rect note = NOTES.layout(t).box();
                things.forEach((name, r) -> assertThat(note.intersects(r)).as("note " + t.id() + " on " + name)
                        .isFalse());
                all.forEach(z -> assertThat(note.intersects(rect(z))).as("note " + t.id() + " on " + z.id())
                        .isFalse());
            }
        }
    }

    private static boolean inside(Rect a, Rect outer) {
        return a.x() >= outer.x() && a.y() >= outer.y() && a.right() <= outer.right()
                && a.bottom() <= outer.bottom();
    }

    /** Every card's, note's and zone's zone, by kind and id ("" for none), as ZoneMap reads it. */
    static Map<String, String> membership(Design design) {
        ZoneMap map = ZoneMap.of(design);
        Map<String, String> out = new LinkedHashMap<>();
        design.nodes().forEach(n -> out.put("card " + n.id(), map.zoneOfNode(n.id()).map(Zone::id).orElse("")));
        design.texts().forEach(t -> out.put("note " + t.id(), map.zoneOfText(t.id()).map(Zone::id).orElse("")));
        design.zones().forEach(z -> out.put("zone " + z.id(), map.parent(z.id()).map(Zone::id).orElse("")));
        return out;
    }

    private static Rect rect(Zone z) {
        return new Rect(z.x(), z.y(), z.width(), z.height());
    }

    /**
     * Designs on a 3,000 x 2,000 area: zones placed at random, inside an earlier zone, or on an earlier zone's
     * bounds; cards and notes at random or inside a zone; arrows at random, users among the cards.
     */
    @Provide
    Arbitrary<Design> zonedDesigns() {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1);
        Arbitrary<List<Double>> zoneDice = unit.list().ofSize(5);
        Arbitrary<List<List<Double>>> zones = zoneDice.list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<List<Double>>> cards = unit.list().ofSize(4).list().ofMinSize(1).ofMaxSize(14);
        Arbitrary<List<List<Double>>> notes = unit.list().ofSize(4).list().ofMaxSize(4);
        Arbitrary<List<Tuple.Tuple2<Integer, Integer>>> edges = Combinators.combine(
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99)).as(Tuple::of)
                .list().ofMaxSize(18);
        return Combinators.combine(zones, cards, notes, edges).as(ArrangeKeepsZonesProperties::design);
    }

    private static Design design(List<List<Double>> zoneDice, List<List<Double>> cardDice,
                                 List<List<Double>> noteDice, List<Tuple.Tuple2<Integer, Integer>> edges) {
        Design d = new Design();
        List<Zone> zones = new ArrayList<>();
        for (List<Double> z : zoneDice) {
            Zone zone;
            if (zones.isEmpty() || z.get(0) < 0.3) {
                zone = new Zone("z" + zones.size(), "Zone " + zones.size(), z.get(1) * 3000, z.get(2) * 2000,
                        100 + z.get(3) * 1400, 100 + z.get(4) * 900);
            } else {
                Zone outer = zones.get((int) (z.get(0) * 1000) % zones.size());
                if (z.get(0) > 0.9) {
                    zone = outer.withId("z" + zones.size()); // the same bounds: the later is inside
                } else {
                    double w = outer.width() * (0.2 + 0.6 * z.get(3));
                    double h = outer.height() * (0.2 + 0.6 * z.get(4));
                    zone = new Zone("z" + zones.size(), "In " + outer.label(),
                            outer.x() + z.get(1) * (outer.width() - w), outer.y() + z.get(2) * (outer.height() - h),
                            w, h);
                }
            }
            zones.add(zone);
            d.addZone(zone);
        }
        for (int i = 0; i < cardDice.size(); i++) {
            List<Double> c = cardDice.get(i);
            double[] centre = somewhere(c, zones);
            String type = c.get(3) < 0.2 ? "user" : c.get(3) < 0.6 ? "llm" : "retriever";
            d.addNode(Node.of("n" + i, type, centre[0] - CardGeometry.WIDTH / 2, centre[1] - CardGeometry.HEIGHT / 2));
        }
        for (int i = 0; i < noteDice.size(); i++) {
            List<Double> t = noteDice.get(i);
            double[] corner = somewhere(t, zones);
            d.addText(new TextNote("t" + i, t.get(3) < 0.5 ? "PHI stays here" : "Nightly batch,\nre-indexed", corner[0],
                    corner[1]));
        }
        List<String> ids = d.nodes().stream().map(Node::id).toList();
        for (int i = 0; i < edges.size(); i++) {
            d.addEdge(Edge.flow("e" + i, ids.get(edges.get(i).get1() % ids.size()),
                    ids.get(edges.get(i).get2() % ids.size())));
        }
        return d;
    }

    /** A point: inside a zone picked by the dice, three times in five, else anywhere. */
    private static double[] somewhere(List<Double> dice, List<Zone> zones) {
        if (!zones.isEmpty() && dice.get(0) < 0.6) {
            Zone z = zones.get((int) (dice.get(0) * 1000) % zones.size());
            return new double[] {z.x() + dice.get(1) * z.width(), z.y() + dice.get(2) * z.height()};
        }
        return new double[] {dice.get(1) * 3200, dice.get(2) * 2200};
    }
}
