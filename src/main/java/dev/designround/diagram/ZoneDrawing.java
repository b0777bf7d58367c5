package dev.designround.diagram;

import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.LineStyle;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.model.Zone;
import java.util.List;

/**
 * A zone as the whiteboard and every export draw it: a rounded box with a dashed border in the theme's zone colour,
 * filled with the background barely tinted, and its label as a title inside its top-left corner, cut with an
 * ellipsis to the zone's width. Arrows cross zones (a boundary is there to be crossed, and to be seen crossed);
 * arrow labels keep off the title.
 */
public final class ZoneDrawing {

    public static final double TITLE_SIZE = 12;
    /** From the zone's border to its title. */
    public static final double INSET = 8;
    /** The band at the top of a zone that its title sits in. */
    public static final double TITLE_HEIGHT = TITLE_SIZE + 2 * INSET;
    public static final double RADIUS = 12;
    public static final double STROKE = 1.5;

    private final Theme theme;
    private final TextMeasure font;
    private final TextFit fit;

    public ZoneDrawing(Theme theme, TextMeasure font) {
        this.theme = theme;
        this.font = font;
        this.fit = new TextFit(font);
    }

    public static Rect rect(Zone zone) {
        return new Rect(zone.x(), zone.y(), zone.width(), zone.height());
    }

    /** The title as drawn: the label on one line, cut to the zone's width; empty for a zone without a label. */
    public String title(Zone zone) {
        String label = SafeText.oneLine(zone.label());
        return label.isEmpty() ? "" : fit.line(label, TITLE_SIZE, Math.max(zone.width() - 2 * INSET, 1));
    }

    /** Where the title is (what arrow labels keep off, and what the canvas grabs a zone by); none without one. */
    public java.util.Optional<Rect> titleBox(Zone zone) {
        String title = title(zone);
        if (title.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Rect(zone.x() + INSET - 2, zone.y() + INSET - 3,
                font.width(title, TITLE_SIZE) + 4, TITLE_SIZE + 6));
    }

    /** The baseline of the title. */
    public static double titleBaseline(Zone zone) {
        return zone.y() + INSET + TITLE_SIZE - 2;
    }

    public Group draw(Zone zone) {
        Box box = new Box(zone.x(), zone.y(), zone.width(), zone.height(), RADIUS, theme.zoneFill(),
                theme.zoneStroke(), STROKE, LineStyle.DASHED);
        String title = title(zone);
        List<SceneItem> items = title.isEmpty() ? List.of(box) : List.of(box, new TextLine(zone.x() + INSET,
                titleBaseline(zone), title, TITLE_SIZE, theme.zoneStroke(), Anchor.START,
                font.width(title, TITLE_SIZE)));
        String tooltip = SafeText.oneLine(zone.label());
        return new Group("zone", zone.id(), tooltip.isEmpty() ? "Zone" : tooltip, items);
    }
}
