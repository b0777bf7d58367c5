package dev.designround.diagram;

import dev.designround.diagram.SceneItem.Anchor;
import dev.designround.diagram.SceneItem.Box;
import dev.designround.diagram.SceneItem.Group;
import dev.designround.diagram.SceneItem.TextLine;
import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's card, as on the whiteboard: a rounded box of {@link CardGeometry} size tinted with its category's
 * colour, the node's label (up to two lines, centred) and, when the label is the user's own, the component type's
 * name below it in a smaller, muted font.
 */
public final class CardDrawing {

    public static final double TITLE_SIZE = 13;
    public static final double TYPE_SIZE = 10.5;
    private static final double TITLE_LEADING = 16;
    private static final double TYPE_LEADING = 14;
    private static final double PADDING = 10;

    private final Catalog catalog;
    private final Theme theme;
    private final DiagramFont font;
    private final TextFit fit;

    public CardDrawing(Catalog catalog, Theme theme, DiagramFont font) {
        this.catalog = catalog;
        this.theme = theme;
        this.font = font;
        this.fit = new TextFit(font);
    }

    /** The card's rectangle in canvas coordinates. */
    public static Rect rect(Node node) {
        return new Rect(node.x(), node.y(), CardGeometry.WIDTH, CardGeometry.HEIGHT);
    }

    public Group draw(Node node) {
        Rect r = rect(node);
        String category = catalog.categoryOf(node).orElse("");
        String typeName = catalog.type(node.type()).map(ComponentType::name).orElse(node.type());
        double inner = r.width() - 2 * PADDING;
        boolean ownLabel = node.hasLabel() && !SafeText.oneLine(node.label()).equals(typeName);
        List<String> title = fit.fit(ownLabel ? node.label() : typeName, TITLE_SIZE, inner, 2);
        String type = ownLabel ? fit.line(typeName, TYPE_SIZE, inner) : "";

        List<SceneItem> items = new ArrayList<>();
        items.add(new Box(r.x(), r.y(), r.width(), r.height(), 10, theme.cardFill(category),
                theme.accent(category), 1.5));
        double block = title.size() * TITLE_LEADING + (type.isEmpty() ? 0 : TYPE_LEADING);
        double baseline = r.centerY() - block / 2 + TITLE_LEADING - 4;
        for (String line : title) {
            items.add(text(r.centerX(), baseline, line, TITLE_SIZE, theme.text()));
            baseline += TITLE_LEADING;
        }
        if (!type.isEmpty()) {
            items.add(text(r.centerX(), baseline - 2, type, TYPE_SIZE, theme.mutedText()));
        }
        String tooltip = SafeText.oneLine(catalog.displayName(node)) + " (" + typeName + ")";
        return new Group("node", node.id(), tooltip, items);
    }

    private TextLine text(double x, double baseline, String s, double size, Rgb colour) {
        return new TextLine(x, baseline, s, size, colour, Anchor.MIDDLE, font.width(s, size));
    }
}
