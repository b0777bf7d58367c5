package dev.designround.ui.window;

import dev.designround.ui.look.Icons;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The side panel's tab headers: their names while there is room for all of them, and only their icons (the name
 * in a tooltip) when the panel is narrower, so that no tab hides behind the tab strip's overflow menu on a small
 * screen. Style pseudo-class {@code compact} on the tab pane.
 */
final class SidePanelTabs {

    /** Room a tab header takes besides its name: padding, borders, the gap to the next one. */
    private static final double HEADER_EXTRA = 26;
    static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private static final Map<String, String> ICONS = Map.of("tab-inspector", "mdi2t-tune-variant", "tab-scenario",
            "mdi2c-clipboard-text-outline", "tab-feedback", "mdi2c-check-decagram-outline", "tab-simulate",
            "mdi2p-play-speed");

    private SidePanelTabs() {
    }

    /** Gives the pane's tabs (and those added later) their icons, and follows the pane's width. */
    static void install(TabPane pane) {
        pane.getTabs().forEach(t -> decorate(pane, t));
        pane.getTabs().addListener((ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(t -> decorate(pane, t));
            }
        });
        pane.widthProperty().addListener((obs, before, width) -> update(pane));
        pane.getTabs().addListener((ListChangeListener<Tab>) change -> update(pane));
        update(pane);
    }

    static boolean isCompact(TabPane pane) {
        return pane.getPseudoClassStates().contains(COMPACT);
    }

    private static void update(TabPane pane) {
        pane.pseudoClassStateChanged(COMPACT, pane.getWidth() > 0 && pane.getWidth() < namesWidth(pane));
    }

    /** How wide the tab strip must be to show every tab's name, in the font the headers use. */
    static double namesWidth(TabPane pane) {
        Font font = pane.lookupAll(".tab-label").stream().filter(n -> n instanceof Label).map(n -> ((Label) n)
                .getFont()).findFirst().orElse(Font.getDefault());
        Text probe = new Text();
        probe.setFont(font);
        double width = 4;
        for (Tab tab : pane.getTabs()) {
            probe.setText(tab.getText());
            width += probe.getLayoutBounds().getWidth() + HEADER_EXTRA;
        }
        return width;
    }

    /** Gives a tab its icon, and a tooltip with its name unless it has its own; a name that changes is followed. */
    private static void decorate(TabPane pane, Tab tab) {
        String icon = ICONS.get(tab.getId());
        if (icon != null && tab.getGraphic() == null) {
            tab.setGraphic(Icons.of(icon));
            if (tab.getTooltip() == null) {
                Tooltip tip = new Tooltip();
                tip.textProperty().bind(tab.textProperty());
                tab.setTooltip(tip);
            }
            tab.textProperty().addListener((obs, before, now) -> update(pane));
        }
    }
}
