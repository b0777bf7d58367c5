package dev.designround.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The colours a diagram export is drawn in: one accent per component category (the eight of the bundled
 * catalog), card fills tinted from it, and colours for text, edges and labels. {@link #LIGHT} suits documents and
 * slides on white, {@link #DARK} dark slides and dark-mode READMEs. A category the palette does not know is drawn
 * in a neutral grey.
 */
public enum Theme {
    LIGHT("light", "#ffffff", "#1f2937", "#4b5563", "#475569", "#c2410c", "#64748b", 0.86, "#64748b", 0.95),
    DARK("dark", "#0f172a", "#e5e7eb", "#9ca3af", "#94a3b8", "#fb923c", "#64748b", 0.78, "#94a3b8", 0.92);

    private static final Map<String, String> ACCENTS = Map.of(
            "clients-edge", "#2563eb",
            "orchestration", "#7c3aed",
            "models", "#db2777",
            "retrieval", "#0d9488",
            "safety", "#dc2626",
            "humans", "#d97706",
            "tools-actions", "#16a34a",
            "data-ops", "#0891b2");
    private static final String NEUTRAL = "#6b7280";

    private final String id;
    private final Rgb background;
    private final Rgb text;
    private final Rgb mutedText;
    private final Rgb edge;
    private final Rgb fallbackEdge;
    private final Rgb asyncEdge;
    private final double tint;
    private final Rgb zone;
    private final double zoneTint;

    Theme(String id, String background, String text, String mutedText, String edge, String fallbackEdge,
          String asyncEdge, double tint, String zone, double zoneTint) {
        this.id = id;
        this.background = Rgb.hex(background);
        this.text = Rgb.hex(text);
        this.mutedText = Rgb.hex(mutedText);
        this.edge = Rgb.hex(edge);
        this.fallbackEdge = Rgb.hex(fallbackEdge);
        this.asyncEdge = Rgb.hex(asyncEdge);
        this.tint = tint;
        this.zone = Rgb.hex(zone);
        this.zoneTint = zoneTint;
    }

    /** {@code light} or {@code dark}, as on the command line. */
    public String id() {
        return id;
    }

    public static Optional<Theme> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Theme::id).toList();
    }

    public Rgb background() {
        return background;
    }

    public Rgb text() {
        return text;
    }

    public Rgb mutedText() {
        return mutedText;
    }

    /** The colour of a card's border and of its category's swatch. */
    public Rgb accent(String categoryId) {
        return Rgb.hex(ACCENTS.getOrDefault(categoryId, NEUTRAL));
    }

    /** A card's fill: its accent, tinted towards the background. */
    public Rgb cardFill(String categoryId) {
        return accent(categoryId).mix(background, tint);
    }

    public Rgb edge() {
        return edge;
    }

    public Rgb fallbackEdge() {
        return fallbackEdge;
    }

    public Rgb asyncEdge() {
        return asyncEdge;
    }

    /** A zone's dashed border and its title. */
    public Rgb zoneStroke() {
        return zone;
    }

    /** Inside a zone: the background, barely tinted, so that cards and arrows stand out on it. */
    public Rgb zoneFill() {
        return zone.mix(background, zoneTint);
    }

    /** Behind edge labels, so they stay readable where they cross a line. */
    public Rgb labelBackground() {
        return background;
    }
}
