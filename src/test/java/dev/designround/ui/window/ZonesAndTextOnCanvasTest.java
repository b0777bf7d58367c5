package dev.designround.ui.window;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.diagram.Theme;
import dev.designround.io.DesignReader;
import dev.designround.model.Design;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Zones (boundaries around cards) and text notes on the whiteboard, drawn, moved, resized, renamed, written and
 * saved with the mouse and keyboard as a user does.
 */
class ZonesAndTextOnCanvasTest extends WhiteboardFixture {

    @Start
    void start(Stage stage) {
        startWhiteboard(stage);
    }

    /** Three cards in a row, none in a zone. */
    private static Design threeCards() {
        return design().node(Node.of("u", "user", 0, 0)).node(Node.of("llm", "llm", 256, 0))
                .node(Node.of("db", "vector-db", 512, 0)).chain("u", "llm", "db").build();
    }

    /** A zone around the LLM (in world pixels: 224..480 by -64..128) and a card outside it. */
    private static Design oneZone() {
        Design d = threeCards();
        d.addZone(new Zone("hipaa", "HIPAA boundary", 224, -64, 256, 192));
        return d;
    }

    private Point2D zoneTitle(String zoneId) {
        Zone z = model().zone(zoneId).orElseThrow();
        return screenAtWorld(z.x() + 24, z.y() + 12);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @Test
    void ctrlGDrawsAZoneAroundTheSelectedCardsAndItsNameIsTypedInPlace(FxRobot robot) {
        open(robot, threeCards());
        robot.drag(screenAtWorld(232, -40)).dropTo(screenAtWorld(700, 120)); // rubber band round llm and db

        ctrl(robot, KeyCode.G);
        robot.write("HIPAA boundary").type(KeyCode.ENTER);

        Zone zone = model().zones().iterator().next();
        assertThat(zone.label()).isEqualTo("HIPAA boundary");
        assertThat(ZoneMap.of(model()).nodesWithin(zone.id())).containsExactlyInAnyOrder("llm", "db");
        assertThat(canvas().zoneShown(zone.id())).contains(zone);
        assertThat(robot.lookup("#status-counts").queryLabeled().getText()).isEqualTo("3 nodes · 2 edges · 1 zone");
        ctrl(robot, KeyCode.Z); // the name
        ctrl(robot, KeyCode.Z); // the zone
        assertThat(model().zones()).isEmpty();
    }

    @Test
    void aCardDraggedIntoAZoneJoinsItAndMovesWithIt(FxRobot robot) {
        open(robot, oneZone());
        Point2D user = robot.point(card("u")).query();

        robot.drag(user).dropTo(screenAtWorld(352, 96)); // its centre now in the zone, below the LLM
        assertThat(ZoneMap.of(model()).zoneOfNode("u")).map(Zone::id).contains("hipaa");
        Node userBefore = model().node("u").orElseThrow();
        Node llmBefore = model().node("llm").orElseThrow();

        robot.drag(zoneTitle("hipaa")).dropTo(zoneTitle("hipaa").add(160, 96));

        Zone moved = model().zone("hipaa").orElseThrow();
        double dx = moved.x() - 224;
        double dy = moved.y() + 64;
        assertThat(dx).isPositive();
        assertThat(dy).isPositive();
        assertThat(model().node("u").orElseThrow().x()).isEqualTo(userBefore.x() + dx);
        assertThat(model().node("llm").orElseThrow().y()).isEqualTo(llmBefore.y() + dy);
        assertThat(model().node("db").orElseThrow().x()).isEqualTo(512); // outside: stays
        assertThat(editor().stack().undoName()).contains("Move zone");
        assertThat(canvas().nodeBox("llm").orElseThrow().x()).isEqualTo(llmBefore.x() + dx);
    }

    @Test
    void ctrlShiftLArrangesTheZonesWithTheirCardsAndOneUndoPutsEverythingBack(FxRobot robot) throws Exception {
        Design example = new DesignReader(CatalogLoader.bundled())
                .read(Path.of("examples/medical-transcription-zones.json"));
        open(robot, example);
        Design before = model().copy();
        ZoneMap held = ZoneMap.of(before);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> editor().stack().canUndo());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        ZoneMap after = ZoneMap.of(model());
        for (Node n : before.nodes()) {
            assertThat(after.zoneOfNode(n.id()).map(Zone::id)).as(n.id())
                    .isEqualTo(held.zoneOfNode(n.id()).map(Zone::id));
        }
        for (TextNote t : before.texts()) {
            assertThat(after.zoneOfText(t.id()).map(Zone::id)).as(t.id())
                    .isEqualTo(held.zoneOfText(t.id()).map(Zone::id));
        }
        assertThat(after.parent("hipaa").map(Zone::id)).contains("tenancy");
        assertThat(model().zone("hipaa")).isNotEqualTo(before.zone("hipaa"));
        assertThat(canvas().zoneShown("hipaa")).isEqualTo(model().zone("hipaa"));
        assertThat(robot.lookup("#status-message").queryLabeled().getText())
                .isEqualTo("Arranged 18 nodes and 3 zones (undo with Ctrl+Z)");
        assertThat(editor().stack().undoName()).contains("Auto-arrange");

        ctrl(robot, KeyCode.Z);

        assertThat(model()).isEqualTo(before);
        assertThat(canvas().zoneShown("hipaa")).isEqualTo(before.zone("hipaa"));
    }

    @Test
    void undoPutsAMovedZoneAndItsCardsBackAndRedoMovesThemAgain(FxRobot robot) {
        open(robot, oneZone());
        Design before = model().copy();

        robot.drag(zoneTitle("hipaa")).dropTo(zoneTitle("hipaa").add(0, 160));
        Design after = model().copy();
        assertThat(after).isNotEqualTo(before);

        ctrl(robot, KeyCode.Z);
        assertThat(model()).isEqualTo(before);
        assertThat(canvas().zoneShown("hipaa")).contains(before.zone("hipaa").orElseThrow());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(model()).isEqualTo(after);
        assertThat(canvas().nodeBox("llm").orElseThrow().y()).isEqualTo(after.node("llm").orElseThrow().y());
    }

    @Test
    void draggingASelectedZonesCornerResizesItAndTakesInTheCardsItNowCovers(FxRobot robot) {
        open(robot, oneZone());
        robot.clickOn(zoneTitle("hipaa"));
        assertThat(editor().selection().zones()).containsExactly("hipaa");

        robot.drag(screenAtWorld(480, 128)).dropTo(screenAtWorld(768, 160));

        Zone z = model().zone("hipaa").orElseThrow();
        assertThat(z.x()).isEqualTo(224);
        assertThat(z.right()).isEqualTo(768);
        assertThat(z.bottom()).isEqualTo(160);
        assertThat(ZoneMap.of(model()).nodesWithin("hipaa")).containsExactlyInAnyOrder("llm", "db");
        assertThat(editor().stack().undoName()).contains("Resize zone");
    }

    @Test
    void deletingASelectedZoneKeepsItsCardsAndDoubleClickRenamesIt(FxRobot robot) {
        open(robot, oneZone());

        robot.doubleClickOn(zoneTitle("hipaa"), MouseButton.PRIMARY);
        ctrl(robot, KeyCode.A);
        robot.write("Customer tenancy").type(KeyCode.ENTER);
        assertThat(model().zone("hipaa").orElseThrow().label()).isEqualTo("Customer tenancy");

        robot.clickOn(zoneTitle("hipaa")).type(KeyCode.DELETE);
        assertThat(model().zones()).isEmpty();
        assertThat(model().hasNode("llm")).isTrue();
        assertThat(canvas().zoneShown("hipaa")).isEmpty();
    }

    @Test
    void copyingAZoneCopiesItsCardsAndPastingPutsTheCopiesInTheCopy(FxRobot robot) {
        open(robot, oneZone());
        robot.clickOn(zoneTitle("hipaa"));

        ctrl(robot, KeyCode.C);
        ctrl(robot, KeyCode.V);

        assertThat(model().zones()).hasSize(2);
        String copy = editor().selection().zones().iterator().next();
        assertThat(copy).isNotEqualTo("hipaa");
        assertThat(ZoneMap.of(model()).nodesWithin(copy)).containsExactly("llm-2");
        assertThat(ZoneMap.of(model()).nodesWithin("hipaa")).containsExactly("llm");
    }

    @Test
    void ctrlTWritesATextNoteOverLinesAndDoubleClickEditsIt(FxRobot robot) {
        open(robot, threeCards());

        ctrl(robot, KeyCode.T);
        robot.write("PHI never leaves").type(KeyCode.ENTER).write("this box");
        ctrl(robot, KeyCode.ENTER);

        TextNote note = model().texts().iterator().next();
        assertThat(note.text()).isEqualTo("PHI never leaves\nthis box");
        assertThat(editor().selection().texts()).containsExactly(note.id());
        assertThat(canvas().textBox(note.id())).isPresent();
        for (String id : java.util.List.of("u", "llm", "db")) { // written where it covers no card
            assertThat(Box.of(canvas().textBox(note.id()).orElseThrow())
                    .intersects(Box.of(canvas().nodeBox(id).orElseThrow().rect()))).as(id).isFalse();
        }

        var box = canvas().textBox(note.id()).orElseThrow();
        robot.doubleClickOn(screenAtWorld(box.x() + 10, box.y() + 10), MouseButton.PRIMARY);
        ctrl(robot, KeyCode.A);
        robot.write("p95 budget: 3 s");
        ctrl(robot, KeyCode.ENTER);

        assertThat(model().text(note.id()).orElseThrow().text()).isEqualTo("p95 budget: 3 s");
        assertThat(editor().stack().undoName()).contains("Edit text");
        ctrl(robot, KeyCode.Z);
        assertThat(model().text(note.id()).orElseThrow().text()).isEqualTo("PHI never leaves\nthis box");
    }

    @Test
    void escapeWhileWritingANewTextNoteAddsNothing(FxRobot robot) {
        open(robot, threeCards());

        ctrl(robot, KeyCode.T);
        robot.write("never mind").type(KeyCode.ESCAPE);

        assertThat(model().texts()).isEmpty();
        assertThat(editor().stack().canUndo()).isFalse();
    }

    @Test
    void draggingATextNoteMovesIt(FxRobot robot) {
        Design d = threeCards();
        d.addText(new TextNote("t1", "nightly re-index", 0, 192));
        open(robot, d);

        robot.drag(screenAtWorld(20, 202)).dropTo(screenAtWorld(20 + 160, 202 + 64));

        assertThat(model().text("t1").orElseThrow().x()).isEqualTo(160);
        assertThat(model().text("t1").orElseThrow().y()).isEqualTo(256);
        assertThat(editor().stack().undoName()).contains("Move text note");
    }

    @Test
    void zonesAndNotesDrawnOnTheCanvasAreSavedAndOpenAgain(FxRobot robot) throws Exception {
        Path file = write("round-trip.json", threeCards());
        robot.interact(() -> workbench.open(file));
        robot.drag(screenAtWorld(232, -40)).dropTo(screenAtWorld(450, 120));
        ctrl(robot, KeyCode.G);
        robot.write("Trust boundary").type(KeyCode.ENTER);
        robot.rightClickOn(screenAtWorld(64, 240));
        robot.clickOn("#menu-add-text-here");
        robot.write("audited nightly");
        ctrl(robot, KeyCode.ENTER);
        Design drawn = model().copy();

        ctrl(robot, KeyCode.S);
        robot.interact(() -> workbench.run("close"));
        robot.interact(() -> workbench.open(file));

        Design reopened = new DesignReader(CatalogLoader.bundled()).read(file);
        assertThat(reopened).isEqualTo(drawn);
        assertThat(model()).isEqualTo(drawn);
        Zone zone = reopened.zones().iterator().next();
        assertThat(zone.label()).isEqualTo("Trust boundary");
        assertThat(canvas().zoneShown(zone.id())).contains(zone);
        TextNote note = reopened.texts().iterator().next();
        assertThat(note.text()).isEqualTo("audited nightly");
        assertThat(note.x()).isEqualTo(64);
        assertThat(canvas().textBox(note.id())).isPresent();
    }

    @Test
    void zonesTakeTheExportsColoursInTheLightAndTheDarkTheme(FxRobot robot) {
        open(robot, oneZone());
        robot.interact(() -> editor().selection().clear());

        assertThat(zoneStroke()).isEqualTo(fx(Theme.LIGHT.zoneStroke()));
        assertThat(zoneFill()).isEqualTo(fx(Theme.LIGHT.zoneFill()));
        robot.interact(() -> workbench.run("dark"));
        assertThat(zoneStroke()).isEqualTo(fx(Theme.DARK.zoneStroke()));
        assertThat(zoneFill()).isEqualTo(fx(Theme.DARK.zoneFill()));
        robot.interact(() -> workbench.run("dark"));
    }

    private Color zoneStroke() {
        return (Color) zoneBox().getStroke();
    }

    private Color zoneFill() {
        return (Color) zoneBox().getFill();
    }

    private Rectangle zoneBox() {
        robot().interact(() -> canvas().applyCss());
        return (Rectangle) canvas().lookup(".zone");
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private static Color fx(dev.designround.diagram.Rgb rgb) {
        return Color.web(rgb.hex());
    }

    /** Boxes in world coordinates, for overlap checks. */
    private record Box(double x, double y, double w, double h) {
        static Box of(dev.designround.diagram.Rect r) {
            return new Box(r.x(), r.y(), r.width(), r.height());
        }

        boolean intersects(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }
}
