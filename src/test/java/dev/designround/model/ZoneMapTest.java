package dev.designround.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which zone holds what follows from where things are. */
class ZoneMapTest {

    /** A card whose centre is at (cx, cy). */
    private static Node cardAt(String id, double cx, double cy) {
        return Node.of(id, "llm", cx - CardGeometry.WIDTH / 2, cy - CardGeometry.HEIGHT / 2);
    }

    @Test
    void aCardBelongsToTheInnermostZoneItsCentreLiesIn() {
        Design d = new Design();
        d.addZone(new Zone("outer", "tenancy", 0, 0, 1000, 600));
        d.addZone(new Zone("inner", "HIPAA", 100, 100, 400, 300));
        d.addNode(cardAt("in-both", 200, 200));
        d.addNode(cardAt("outer-only", 800, 200));
        d.addNode(cardAt("outside", 1200, 200));
        d.addNode(cardAt("half-out", 990, 200)); // its centre is inside: it belongs

        ZoneMap map = ZoneMap.of(d);

        assertThat(map.zoneOfNode("in-both")).map(Zone::id).contains("inner");
        assertThat(map.zoneOfNode("outer-only")).map(Zone::id).contains("outer");
        assertThat(map.zoneOfNode("half-out")).map(Zone::id).contains("outer");
        assertThat(map.zoneOfNode("outside")).isEmpty();
        assertThat(map.nodesWithin("outer")).containsExactlyInAnyOrder("in-both", "outer-only", "half-out");
        assertThat(map.nodesIn("outer")).extracting(Node::id).containsExactly("outer-only", "half-out");
    }

    @Test
    void aZoneWhollyInsideAnotherIsNestedInItAndOverlappingOnesAreSideBySide() {
        Design d = new Design();
        d.addZone(new Zone("small", "", 100, 100, 100, 100)); // added first, still inside
        d.addZone(new Zone("big", "", 0, 0, 500, 500));
        d.addZone(new Zone("overlapping", "", 400, 400, 300, 300));
        d.addNode(cardAt("in-overlap", 450, 450));

        ZoneMap map = ZoneMap.of(d);

        assertThat(map.parent("small")).map(Zone::id).contains("big");
        assertThat(map.parent("overlapping")).isEmpty();
        assertThat(map.roots()).extracting(Zone::id).containsExactly("big", "overlapping");
        assertThat(map.outerFirst()).extracting(Zone::id).containsExactly("big", "overlapping", "small");
        assertThat(map.zonesWithin("big")).extracting(Zone::id).containsExactly("big", "small");
        assertThat(map.zoneOfNode("in-overlap")).map(Zone::id).contains("overlapping"); // the smaller
    }

    @Test
    void ofTwoZonesWithTheSameBoundsTheLaterIsInsideTheEarlier() {
        Design d = new Design();
        d.addZone(new Zone("first", "", 0, 0, 300, 300));
        d.addZone(new Zone("second", "", 0, 0, 300, 300));
        d.addNode(cardAt("n", 150, 150));

        ZoneMap map = ZoneMap.of(d);

        assertThat(map.parent("second")).map(Zone::id).contains("first");
        assertThat(map.parent("first")).isEmpty();
        assertThat(map.zoneOfNode("n")).map(Zone::id).contains("second");
    }

    @Test
    void aTextNoteBelongsWhereItsTopLeftCornerIs() {
        Design d = new Design();
        d.addZone(new Zone("z", "", 0, 0, 300, 300));
        d.addText(new TextNote("in", "a long note running far out of the zone to the right", 280, 10));
        d.addText(new TextNote("out", "x", -5, 10));

        ZoneMap map = ZoneMap.of(d);

        assertThat(map.zoneOfText("in")).map(Zone::id).contains("z");
        assertThat(map.zoneOfText("out")).isEmpty();
        assertThat(map.textsWithin("z")).containsExactly("in");
    }
}
