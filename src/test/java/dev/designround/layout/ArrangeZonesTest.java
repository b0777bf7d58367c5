package dev.designround.layout;

import static dev.designround.layout.ArrangeKeepsZonesProperties.membership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.designround.catalog.CatalogLoader;
import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Rect;
import dev.designround.diagram.TextNoteDrawing;
import dev.designround.diagram.Theme;
import dev.designround.diagram.ZoneDrawing;
import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Auto-arrange with zones: what each zone holds stays in it, and the zones are drawn around it. */
class ArrangeZonesTest {

    private final LayeredLayout layout = new LayeredLayout();
    private final ZoneDrawing zoneDrawing = new ZoneDrawing(Theme.LIGHT, DiagramFont.get());

    private static Design arranged(Design design, Arrangement arrangement) {
        Design after = design.copy();
        arrangement.applyTo(after);
        return after;
    }

    /** A card whose centre is at (cx, cy). */
    private static Node cardAt(String id, String type, double cx, double cy) {
        return Node.of(id, type, cx - CardGeometry.WIDTH / 2, cy - CardGeometry.HEIGHT / 2);
    }

    @Test
    void theMedicalTranscriptionExampleKeepsItsBoundariesTitlesClearAndZonesApart() throws InputException {
        Design design = new DesignReader(CatalogLoader.bundled())
                .read(Path.of("examples/medical-transcription-zones.json"));

        Design after = arranged(design, layout.arrange(design));

        assertThat(membership(after)).isEqualTo(membership(design));
        ZoneMap zones = ZoneMap.of(after);
        assertThat(zones.nodesWithin("hipaa")).contains("stt", "phi", "llm");
        Zone tenancy = after.zone("tenancy").orElseThrow();
        Zone hipaa = after.zone("hipaa").orElseThrow();
        Zone nightly = after.zone("nightly").orElseThrow();
        assertThat(tenancy.holds(hipaa)).isTrue();
        assertThat(rect(nightly).intersects(rect(tenancy))).isFalse();
        for (Zone z : after.zones()) {
            Rect title = zoneDrawing.titleBox(z).orElseThrow();
            assertThat(zoneDrawing.title(z)).as("the whole title of " + z.id()).isEqualTo(z.label());
            for (Node n : after.nodes()) {
                assertThat(rectOf(n).intersects(title)).as(n.id() + " on the title of "
                        + z.id()).isFalse();
            }
            for (TextNote t : after.texts()) {
                assertThat(new TextNoteDrawing(DiagramFont.get()).layout(t).box().intersects(title))
                        .as(t.id() + " on the title of " + z.id()).isFalse();
            }
        }
    }

    @Test
    void arrowsAcrossAZoneBorderStillReadFromTheUserOnTheLeft() {
        Design d = new Design();
        d.addZone(new Zone("tenant", "Customer tenancy", 0, 0, 800, 400));
        d.addNode(cardAt("u", "user", 1000, 600));
        d.addNode(cardAt("gw", "api-gateway", 100, 100));
        d.addNode(cardAt("llm", "llm", 500, 300));
        d.addNode(cardAt("log", "audit-log", 1000, 100));
        d.addEdge(Edge.flow("e1", "u", "gw"));
        d.addEdge(Edge.flow("e2", "gw", "llm"));
        d.addEdge(Edge.flow("e3", "llm", "log"));

        Arrangement a = layout.arrange(d);

        assertThat(a.nodes().get("u").x()).isLessThan(a.zones().get("tenant").x());
        assertThat(a.nodes().get("gw").x()).isLessThan(a.nodes().get("llm").x());
        assertThat(a.nodes().get("log").x()).isGreaterThan(a.zones().get("tenant").right());
        assertThat(membership(arranged(d, a))).isEqualTo(membership(d));
    }

    @Test
    void aZoneIsDrawnSnuglyAroundWhatItHoldsWithRoomForItsTitle() {
        Design d = new Design();
        d.addZone(new Zone("z", "PHI", -500, -500, 3000, 3000));
        d.addNode(Node.of("llm", "llm", 0, 0));

        Arrangement a = layout.arrange(d);

        Zone z = a.zones().get("z");
        CanvasPoint llm = a.nodes().get("llm");
        assertThat(z.width()).isEqualTo(CardGeometry.WIDTH + 2 * Sizes.ZONE_PAD);
        assertThat(llm.y() - z.y()).isGreaterThanOrEqualTo(ZoneDrawing.TITLE_HEIGHT + CardGeometry.GRID);
        assertThat(z.bottom() - (llm.y() + CardGeometry.HEIGHT)).isEqualTo(Sizes.ZONE_PAD);
    }

    @Test
    void aZoneIsAtLeastAsWideAsItsTitle() {
        Design d = new Design();
        String label = "HIPAA boundary: business associate agreements signed with every vendor";
        d.addZone(new Zone("z", label, 0, 0, 300, 200));
        d.addNode(cardAt("llm", "llm", 150, 100));

        Zone z = arranged(d, layout.arrange(d)).zone("z").orElseThrow();

        assertThat(zoneDrawing.title(z)).isEqualTo(label);
    }

    @Test
    void anEmptyZoneKeepsItsSizeAndStaysClearOfTheCards() {
        Design d = new Design();
        d.addZone(new Zone("empty", "Later: a second region", 0, 0, 400, 240));
        d.addNode(cardAt("u", "user", 600, 100));
        d.addNode(cardAt("llm", "llm", 800, 100));
        d.addEdge(Edge.flow("e1", "u", "llm"));

        Design after = arranged(d, layout.arrange(d));

        Zone empty = after.zone("empty").orElseThrow();
        assertThat(empty.width()).isEqualTo(400);
        assertThat(empty.height()).isEqualTo(240);
        assertThat(after.nodes()).allSatisfy(n -> assertThat(rectOf(n).intersects(rect(empty))).isFalse());
    }

    @Test
    void aNoteInAZoneGoesWithItAndANoteInNoZoneStaysWhereItWas() {
        Design d = new Design();
        d.addZone(new Zone("z", "HIPAA", 2000, 2000, 600, 400));
        d.addNode(cardAt("stt", "speech-to-text", 2200, 2200));
        d.addText(new TextNote("inside", "PHI never leaves", 2400, 2300));
        d.addText(new TextNote("title", "Draft 2, after the review", -400, -400));
        d.addNode(cardAt("u", "user", 100, 100));
        d.addEdge(Edge.flow("e1", "u", "stt"));

        Arrangement a = layout.arrange(d);
        Design after = arranged(d, a);

        assertThat(ZoneMap.of(after).zoneOfText("inside")).map(Zone::id).contains("z");
        assertThat(a.texts()).doesNotContainKey("title");
        assertThat(after.text("title").orElseThrow()).isEqualTo(d.text("title").orElseThrow());
    }

    @Test
    void aNoteInNoZoneThatTheArrangementWouldCoverGoesUnderIt() {
        Design d = new Design();
        d.addZone(new Zone("z", "Tenancy", 0, 0, 1200, 800));
        for (int i = 0; i < 6; i++) {
            d.addNode(cardAt("n" + i, i == 0 ? "user" : "llm", 100 + 200 * i, 100));
            if (i > 0) {
                d.addEdge(Edge.flow("e" + i, "n" + (i - 1), "n" + i));
            }
        }
        d.addNode(cardAt("out", "llm", 1400, 100));
        d.addText(new TextNote("covered", "was beside the zone", 1300, 300));

        Arrangement a = layout.arrange(d);
        Design after = arranged(d, a);

        TextNote moved = after.text("covered").orElseThrow();
        double bottom = after.zones().stream().mapToDouble(Zone::bottom).max().orElseThrow();
        assertThat(moved.y()).isGreaterThan(bottom);
        assertThat(ZoneMap.of(after).zoneOfText("covered")).isEmpty();
    }

    @Test
    void theArrangementStartsAtTheTopLeftOfTheDesignsCardsAndZones() {
        Design d = new Design();
        d.addZone(new Zone("z", "Zone", 208, -40, 400, 300));
        d.addNode(cardAt("a", "llm", 400, 100));
        d.addNode(cardAt("b", "llm", 900, 500));
        d.addEdge(Edge.flow("e1", "a", "b"));

        Arrangement a = layout.arrange(d);

        assertThat(a.zones().get("z").x()).isEqualTo(208);
        assertThat(a.zones().get("z").y()).isEqualTo(-32);
        assertThat(a.nodes().values()).allSatisfy(p -> assertThat(p.x()).isGreaterThanOrEqualTo(208));
    }

    @Test
    void aDesignTooLargeForElkKeepsItsZonesInTheQuickLayout() {
        Design d = new Design();
        d.addZone(new Zone("outer", "Tenancy", 0, 0, 40_000, 40_000));
        d.addZone(new Zone("inner", "HIPAA", 1_000, 1_000, 10_000, 10_000));
        d.addZone(new Zone("side", "Nightly", 50_000, 0, 10_000, 10_000));
        d.addText(new TextNote("note", "PHI stays here", 2_000, 2_000));
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 1_500; i++) {
            double[] corner = switch (i % 4) {
                case 0 -> new double[] {1_500, 1_500}; // inner
                case 1 -> new double[] {20_000, 20_000}; // outer
                case 2 -> new double[] {51_000, 1_000}; // side
                default -> new double[] {-30_000, -30_000}; // none
            };
            d.addNode(Node.of("n" + i, i == 3 ? "user" : "llm", corner[0] + random.nextInt(8_000),
                    corner[1] + random.nextInt(8_000)));
            if (i > 0) {
                d.addEdge(Edge.flow("e" + i, "n" + random.nextInt(i), "n" + i));
            }
        }

        Arrangement a = layout.arrange(d);
        Design after = arranged(d, a);

        assertThat(a.nodes()).hasSize(d.nodeCount());
        assertThat(membership(after)).isEqualTo(membership(d));
        assertThat(rect(after.zone("side").orElseThrow()).intersects(rect(after.zone("outer").orElseThrow())))
                .isFalse();
        for (Node n : after.nodes()) {
            assertThat(Math.abs(n.x()) + CardGeometry.WIDTH).isLessThanOrEqualTo(CardGeometry.MAX_COORDINATE);
            assertThat(n.x() % CardGeometry.GRID).isZero();
        }
    }

    @Test
    void zonesNestedNineHundredDeepAreLaidOutByTheQuickLayoutEvenFromASmallStack() throws InterruptedException {
        // the quick layout used to size zones by recursing into them: 900 levels overflowed a 256 KB stack
        Design d = new Design();
        for (int z = 0; z < 900; z++) {
            d.addZone(new Zone("z" + z, "Zone " + z, z * 10, z * 10, 100_000 - z * 20, 100_000 - z * 20));
        }
        d.addNode(Node.of("u", "user", 9_005, 9_005));
        d.addNode(Node.of("llm", "llm", 9_200, 9_005));
        d.addEdge(Edge.flow("e1", "u", "llm"));
        Object result = LayeredLayoutTest.onASmallStack(() -> LayeredLayout.quick(d, ZoneTree.of(d)));

        assertThat(result).isInstanceOf(Arrangement.class);
        assertThat(membership(arranged(d, (Arrangement) result))).isEqualTo(membership(d));
    }

    @Test
    void aTreeGivenBeforeAnythingHasAPlaceIsWhatTheArrangementDraws() {
        Design d = new Design();
        d.addZone(new Zone("trust", "Trust boundary", 0, 0, Zone.MIN_SIZE, Zone.MIN_SIZE));
        d.addZone(new Zone("phi", "PHI zone", 0, 0, Zone.MIN_SIZE, Zone.MIN_SIZE));
        for (String id : List.of("user", "gw", "red", "llm", "logs")) {
            d.addNode(Node.of(id, id.equals("user") ? "user" : "llm", 0, 0));
        }
        d.addEdge(Edge.flow("e1", "user", "gw"));
        d.addEdge(Edge.flow("e2", "gw", "red"));
        d.addEdge(Edge.flow("e3", "red", "llm"));
        d.addEdge(Edge.flow("e4", "gw", "logs"));
        ZoneTree tree = ZoneTree.of(d, Map.of("phi", "trust"), Map.of("gw", "trust", "red", "phi", "llm", "phi"));

        Design after = arranged(d, layout.arrange(d, tree));

        ZoneMap zones = ZoneMap.of(after);
        assertThat(zones.parent("phi")).map(Zone::id).contains("trust");
        assertThat(zones.nodesWithin("trust")).containsExactlyInAnyOrder("gw", "red", "llm");
        assertThat(zones.nodesWithin("phi")).containsExactlyInAnyOrder("red", "llm");
        assertThat(zones.zoneOfNode("logs")).isEmpty();
        assertThat(zones.zoneOfNode("user")).isEmpty();
    }

    @Test
    void zonesNestedInACircleAreRefused() {
        Design d = new Design();
        d.addZone(new Zone("a", "", 0, 0, 100, 100));
        d.addZone(new Zone("b", "", 0, 0, 100, 100));

        assertThatThrownBy(() -> ZoneTree.of(d, Map.of("a", "b", "b", "a"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("circle");
        assertThatThrownBy(() -> ZoneTree.of(d, Map.of(), new HashMap<>(Map.of("ghost", "a"))))
                .hasMessage("no node ghost");
    }

    private static Rect rect(Zone z) {
        return new Rect(z.x(), z.y(), z.width(), z.height());
    }

    private static Rect rectOf(Node n) {
        return new Rect(n.x(), n.y(), CardGeometry.WIDTH, CardGeometry.HEIGHT);
    }
}
