package dev.designround.ui.look;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes Ikonli icons from the literals in the catalog ({@code mdi2r-robot-outline}). A literal that no installed
 * icon pack knows gives a generic shape instead of failing, so a user's own catalog cannot break the whiteboard.
 */
public final class Icons {

    /** Shown for a component type whose icon literal is missing or unknown. */
    public static final String FALLBACK = "mdi2s-shape-outline";

    private Icons() {
    }

    public static FontIcon of(String literal) {
        if (literal != null && !literal.isBlank()) {
            try {
                return new FontIcon(literal);
            } catch (RuntimeException unknown) {
                // fall through to the generic icon
            }
        }
        return new FontIcon(FALLBACK);
    }

    /** Whether a literal names an icon of an installed pack. */
    public static boolean resolves(String literal) {
        try {
            new FontIcon(literal);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
