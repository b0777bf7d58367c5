package dev.designround.ui.look;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.designround.ui.settings.Settings;
import javafx.application.Application;
import javafx.scene.Scene;

/** Applies the light or dark look (AtlantaFX Primer) and the whiteboard's own stylesheet. */
public final class Themes {

    /** The whiteboard's stylesheet: cards, edges, palette; only theme colour variables, no fixed colours. */
    public static final String STYLESHEET = Themes.class.getResource("whiteboard.css").toExternalForm();

    /** The round's stylesheet: scenario and feedback panels, finding highlights, the strong answer. */
    public static final String ROUND_STYLESHEET = Themes.class.getResource("round.css").toExternalForm();

    private Themes() {
    }

    /** Sets the look of every window of the application. */
    public static void apply(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the whiteboard's stylesheets to a scene (the main window and its dialogs). */
    public static void style(Scene scene) {
        for (String sheet : java.util.List.of(STYLESHEET, ROUND_STYLESHEET)) {
            if (!scene.getStylesheets().contains(sheet)) {
                scene.getStylesheets().add(sheet);
            }
        }
    }
}
