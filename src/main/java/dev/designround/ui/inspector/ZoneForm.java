package dev.designround.ui.inspector;

import dev.designround.model.Zone;
import dev.designround.model.ZoneMap;
import dev.designround.ui.edit.Editor;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The inspector for one zone: its name, what it holds, and how to move and resize it. */
final class ZoneForm extends VBox {

    ZoneForm(Editor editor, Zone zone) {
        getStyleClass().add("inspector");
        Label title = new Label("Zone", new FontIcon("mdi2s-selection-drag"));
        title.getStyleClass().add("inspector-title");
        ZoneMap map = ZoneMap.of(editor.design());
        int cards = map.nodesWithin(zone.id()).size();
        int notes = map.textsWithin(zone.id()).size();
        Label holds = new Label("Holds " + count(cards, "card") + (notes > 0 ? " and " + count(notes, "text note")
                : ""));
        holds.setId("inspector-zone-holds");
        holds.getStyleClass().add("inspector-subtitle");
        getChildren().addAll(title, holds, Fields.section("Name"),
                Fields.text("inspector-zone-label", zone.label(), "\"HIPAA boundary\", \"customer tenancy\"",
                        text -> editor.renameZone(zone.id(), text)),
                Fields.hint("A card belongs to the zone its centre lies in. Drag the zone by its title or border to "
                        + "move it with everything in it; drag a corner to resize it. Delete removes the zone and "
                        + "keeps its cards. Grading does not read zones."));
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
