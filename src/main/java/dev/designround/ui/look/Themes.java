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

    private Themes() {
    }

    /** Sets the look of every window of the application. */
    public static void apply(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Adds the whiteboard stylesheet to a scene (the main window and its dialogs). */
    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
