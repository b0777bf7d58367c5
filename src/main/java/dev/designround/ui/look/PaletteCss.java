package dev.designround.ui.look;

import dev.designround.diagram.Rgb;
import dev.designround.diagram.Theme;
import dev.designround.model.Catalog;
import dev.designround.model.Category;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javafx.scene.Scene;

/**
 * The whiteboard's diagram colours, generated from the same palette the exports are drawn in ({@link Theme}): a
 * small style sheet of looked-up colours ({@code -dr-background}, {@code -dr-edge}, {@code -dr-zone}, ..., and
 * {@code -cat} /
 * {@code -cat-soft} for each category's style class) that whiteboard.css uses for the canvas, its cards, arrows
 * and labels, and the palette's tiles. So a light or dark canvas is the light or dark export, colour for colour.
 * The sheet is a {@code data:} URL; whiteboard.css holds theme-variable fallbacks for a scene without it.
 */
public final class PaletteCss {

    private static final String PREFIX = "data:text/css;base64,";

    private PaletteCss() {
    }

    /** Puts the palette's sheet for a theme on a scene, replacing the one there. */
    public static void apply(Scene scene, Theme theme, Catalog catalog) {
        scene.getStylesheets().removeIf(s -> s.startsWith(PREFIX));
        scene.getStylesheets().add(url(theme, catalog));
    }

    static String url(Theme theme, Catalog catalog) {
        return PREFIX + Base64.getEncoder().encodeToString(css(theme, catalog).getBytes(StandardCharsets.UTF_8));
    }

    /** The sheet's text. */
    public static String css(Theme theme, Catalog catalog) {
        StringBuilder css = new StringBuilder(".root {\n");
        variable(css, "-dr-background", theme.background());
        variable(css, "-dr-text", theme.text());
        variable(css, "-dr-text-muted", theme.mutedText());
        variable(css, "-dr-edge", theme.edge());
        variable(css, "-dr-edge-fallback", theme.fallbackEdge());
        variable(css, "-dr-edge-async", theme.asyncEdge());
        variable(css, "-dr-label-background", theme.labelBackground());
        variable(css, "-dr-zone", theme.zoneStroke());
        variable(css, "-dr-zone-fill", theme.zoneFill());
        css.append("}\n");
        CategoryStyles styles = new CategoryStyles(catalog);
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Category c : catalog.categories()) {
            String cls = styles.styleClass(c.id());
            if (done.add(cls)) {
                rule(css, cls, theme.accent(c.id()), theme.cardFill(c.id()));
            }
        }
        rule(css, CategoryStyles.NONE, theme.accent(""), theme.cardFill(""));
        return css.toString();
    }

    private static void rule(StringBuilder css, String cls, Rgb accent, Rgb fill) {
        css.append('.').append(cls).append(" { -cat: ").append(accent.hex()).append("; -cat-soft: ")
                .append(fill.hex()).append("; }\n");
    }

    private static void variable(StringBuilder css, String name, Rgb colour) {
        css.append("    ").append(name).append(": ").append(colour.hex()).append(";\n");
    }
}
