package dev.designround.diagram;

import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.Polyline;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.model.Catalog;
import dev.designround.model.Category;
import dev.designround.model.EdgeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The key under a diagram: a swatch for each component category the design uses (in catalog order) and a line
 * sample for each kind of edge it uses, laid out in rows no wider than the diagram.
 */
public final class LegendDrawing {

    private static final double SIZE = 11;
    private static final double ROW = 20;
    private static final double GAP = 18;

    private final Catalog catalog;
    private final Theme theme;
    private final DiagramFont font;

    public LegendDrawing(Catalog catalog, Theme theme, DiagramFont font) {
        this.catalog = catalog;
        this.theme = theme;
        this.font = font;
    }

    /** The legend with its top-left corner at (x, y), wrapping at {@code maxWidth}; empty when nothing is used. */
    public List<Group> draw(Set<String> categories, Set<EdgeKind> kinds, double x, double y, double maxWidth) {
        List<List<SceneItem>> entries = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (Category c : catalog.categories()) {
            if (categories.contains(c.id())) {
                String name = SafeText.oneLine(c.name());
                entries.add(List.of(
                        new Box(0, 2, 12, 12, 3, theme.cardFill(c.id()), theme.accent(c.id()), 1.5),
                        new TextLine(18, 12, name, SIZE, theme.mutedText(), Anchor.START, font.width(name, SIZE))));
                widths.add(18 + font.width(name, SIZE));
            }
        }
        for (EdgeKind kind : EdgeKind.values()) {
            if (kinds.contains(kind)) {
                String name = kind.id();
                entries.add(List.of(
                        new Polyline(List.of(new Point(0, 8), new Point(26, 8)), EdgeStyles.colour(kind, theme), 1.5,
                                EdgeStyles.line(kind)),
                        new TextLine(32, 12, name, SIZE, theme.mutedText(), Anchor.START, font.width(name, SIZE))));
                widths.add(32 + font.width(name, SIZE));
            }
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        List<SceneItem> placed = new ArrayList<>();
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (cx > 0 && cx + widths.get(i) > maxWidth) {
                cx = 0;
                cy += ROW;
            }
            for (SceneItem item : entries.get(i)) {
                placed.add(item.moved(x + cx, y + cy));
            }
            cx += widths.get(i) + GAP;
        }
        return List.of(new Group("legend", "", "Legend", placed));
    }
}
