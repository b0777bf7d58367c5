package dev.designround.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.model.CardGeometry;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zones and text notes edited through the editor, as the canvas and menus edit them. */
class ZoneEditingTest {

    private final Design design = new Design();
    private final Editor editor = new Editor(design, CatalogLoader.bundled());

    ZoneEditingTest() {
        design.addNode(Node.of("llm", "llm", 64, 64));
        design.addNode(Node.of("phi", "pii-redactor", 64, 224));
        design.addNode(Node.of("user", "user", 640, 64));
        design.addZone(new Zone("hipaa", "HIPAA boundary", 32, 16, 320, 320));
        design.addZone(new Zone("inner", "Redaction", 48, 208, 256, 96));
        design.addText(new TextNote("t1", "PHI stays here", 48, 160));
        design.addText(new TextNote("far", "outside", 640, 300));
    }

    @Test
    void movingAZoneMovesWhatItHoldsInOneStepAndUndoPutsItBack() {
        Design before = design.copy();
        editor.selection().selectZone("hipaa");

        editor.nudgeSelection(32, 16);

        assertThat(design.zone("hipaa").orElseThrow().x()).isEqualTo(64);
        assertThat(design.zone("inner").orElseThrow().y()).isEqualTo(224);
        assertThat(design.node("llm").orElseThrow().x()).isEqualTo(96);
        assertThat(design.node("phi").orElseThrow().y()).isEqualTo(240);
        assertThat(design.text("t1").orElseThrow().x()).isEqualTo(80);
        assertThat(design.node("user").orElseThrow().x()).isEqualTo(640); // outside: stays
        assertThat(design.text("far").orElseThrow().x()).isEqualTo(640);
        assertThat(editor.stack().undoName()).contains("Move zone");
        editor.undo();
        assertThat(design).isEqualTo(before);
    }

    @Test
    void autoArrangeMovesCardsZonesAndNotesInOneStepKeepingWhatEachZoneHoldsAndUndoPutsAllBack() {
        design.addEdge(dev.designround.model.Edge.flow("e1", "user", "phi"));
        design.addEdge(dev.designround.model.Edge.flow("e2", "phi", "llm"));
        Design before = design.copy();
        ZoneMap map = ZoneMap.of(before);

        boolean moved = editor.arrange(new dev.designround.layout.LayeredLayout().arrange(design.copy()));

        assertThat(moved).isTrue();
        assertThat(design.zone("hipaa")).isNotEqualTo(before.zone("hipaa"));
        ZoneMap after = ZoneMap.of(design);
        for (String id : List.of("llm", "phi", "user")) {
            assertThat(after.zoneOfNode(id).map(Zone::id)).as(id).isEqualTo(map.zoneOfNode(id).map(Zone::id));
        }
        assertThat(after.zoneOfText("t1").map(Zone::id)).contains("hipaa");
        assertThat(after.parent("inner").map(Zone::id)).contains("hipaa");
        assertThat(editor.stack().undoName()).contains("Auto-arrange");
        editor.undo();
        assertThat(design).isEqualTo(before);
        editor.redo();
        assertThat(ZoneMap.of(design).nodesWithin("hipaa")).containsExactlyInAnyOrder("llm", "phi");
    }

    @Test
    void aCardMovedOnItsOwnLeavesItsZoneAndJoinsTheOneItIsDroppedIn() {
        editor.selection().selectNode("user");
        editor.moveTo(java.util.Map.of("user", new dev.designround.layout.CanvasPoint(96, 96)));

        assertThat(ZoneMap.of(design).zoneOfNode("user")).map(Zone::id).contains("hipaa");
        editor.moveTo(java.util.Map.of("llm", new dev.designround.layout.CanvasPoint(800, 600)));
        assertThat(ZoneMap.of(design).zoneOfNode("llm")).isEmpty();
        assertThat(design.zone("hipaa").orElseThrow().x()).isEqualTo(32);
    }

    @Test
    void aZoneAroundTheSelectionHoldsItOnTheGridWithRoomForItsTitle() {
        editor.selection().set(List.of("user"), List.of(), List.of(), List.of("far"));

        String id = editor.addZoneAroundSelection("Customer tenancy").orElseThrow();

        Zone z = design.zone(id).orElseThrow();
        assertThat(z.label()).isEqualTo("Customer tenancy");
        assertThat(ZoneMap.of(design).nodesWithin(id)).containsExactly("user");
        assertThat(ZoneMap.of(design).textsWithin(id)).containsExactly("far");
        assertThat(z.x() % CardGeometry.GRID).isZero();
        assertThat(z.y() % CardGeometry.GRID).isZero();
        assertThat(z.width() % CardGeometry.GRID).isZero();
        assertThat(64 - z.y()).isGreaterThanOrEqualTo(ZoneBounds.PAD + dev.designround.diagram.ZoneDrawing.TITLE_HEIGHT);
        assertThat(editor.selection().zones()).containsExactly(id);
        editor.selection().clear();
        assertThat(editor.addZoneAroundSelection("nothing")).isEmpty();
    }

    @Test
    void emptyingATextNoteTakesItAwayAndBlankTextAddsNone() {
        editor.editText("t1", "   ");

        assertThat(design.hasText("t1")).isFalse();
        assertThat(editor.stack().undoName()).contains("Delete text note");
        editor.undo();
        assertThat(design.text("t1").orElseThrow().text()).isEqualTo("PHI stays here");
        assertThat(editor.addText(" \n ", 0, 0)).isEmpty();
        String added = editor.addText("  Nightly\nre-index ", 0, 0).orElseThrow();
        assertThat(design.text(added).orElseThrow().text()).isEqualTo("Nightly\nre-index");
        assertThat(editor.selection().texts()).containsExactly(added);
    }

    @Test
    void deletingAZoneLeavesWhatItHeld() {
        editor.selection().selectZone("hipaa");

        editor.deleteSelection();

        assertThat(design.hasZone("hipaa")).isFalse();
        assertThat(design.hasNode("llm")).isTrue();
        assertThat(design.hasText("t1")).isTrue();
        assertThat(design.hasZone("inner")).isTrue();
        assertThat(editor.stack().undoName()).contains("Delete zone");
    }

    @Test
    void copyingAZoneCopiesWhatItHoldsAndThePasteHoldsTheCopies() {
        editor.selection().selectZone("inner");
        Fragment copied = Fragment.parse(editor.copySelection().orElseThrow().toText(new DesignWriter()),
                new DesignReader(CatalogLoader.bundled())).orElseThrow();

        int pasted = editor.paste(copied, 400, 400, "Paste");

        assertThat(pasted).isEqualTo(2); // the zone and its card
        String zone = editor.selection().zones().iterator().next();
        assertThat(zone).isEqualTo("z1");
        assertThat(ZoneMap.of(design).nodesWithin(zone)).containsExactly("phi-2");
        assertThat(editor.selection().nodes()).containsExactly("phi-2");
    }

    @Test
    void duplicatingAZoneGoesBesideItSoTheOriginalKeepsItsCards() {
        editor.selection().selectZone("inner");

        editor.duplicateSelection(32);

        String copy = editor.selection().zones().iterator().next();
        Zone inner = design.zone("inner").orElseThrow();
        assertThat(design.zone(copy).orElseThrow().x()).isEqualTo(inner.right() + 32);
        assertThat(design.zone(copy).orElseThrow().y()).isEqualTo(inner.y());
        assertThat(ZoneMap.of(design).nodesWithin("inner")).containsExactly("phi");
        assertThat(ZoneMap.of(design).nodesWithin(copy)).containsExactly("phi-2");
    }

    @Test
    void renamingAndResizingAZoneAreOneStepEach() {
        editor.renameZone("hipaa", "  Trust boundary ");
        editor.resizeZone("hipaa", 0, 0, 900, 400);

        assertThat(design.zone("hipaa").orElseThrow()).isEqualTo(new Zone("hipaa", "Trust boundary", 0, 0, 900,
                400));
        assertThat(ZoneMap.of(design).nodesWithin("hipaa")).contains("user"); // the bigger zone takes it in
        editor.undo();
        assertThat(design.zone("hipaa").orElseThrow().width()).isEqualTo(320);
        assertThat(editor.stack().undoName()).contains("Zone label");
    }
}
