package dev.designround.ui.canvas;

import dev.designround.model.CardGeometry;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Node;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.look.Icons;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A node drawn as a card: the type's icon on a tile in its category's colour, the label, and the type's name,
 * {@link CardGeometry#WIDTH} by {@link CardGeometry#HEIGHT} with its top-left corner at the node's position. On
 * hover it shows four connection handles (made on first hover, so a large design stays light). Style classes:
 * {@code card}, the category class; pseudo-class {@code selected}.
 */
public final class NodeCard extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    private static final double PAD = 10;
    private static final double TILE = 38;
    private static final double GAP = 10;
    static final double HANDLE_RADIUS = 5;

    private final Catalog catalog;
    private final CategoryStyles categories;
    private final Region tile = new Region();
    private final CardText name = new CardText("card-label", 2);
    private final CardText typeName = new CardText("card-type", 1);
    private FontIcon icon;
    private Node node;
    private String categoryClass = "";
    private String iconLiteral = "";
    private List<Circle> handles = List.of();
    private double handleRadius = HANDLE_RADIUS;

    public NodeCard(Node node, Catalog catalog, CategoryStyles categories) {
        this.catalog = catalog;
        this.categories = categories;
        getStyleClass().add("card");
        tile.getStyleClass().add("card-tile");
        getChildren().addAll(tile, name.node(), typeName.node());
        setMinSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setPrefSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setMaxSize(CardGeometry.WIDTH, CardGeometry.HEIGHT);
        setOnMouseEntered(e -> showHandles(true));
        setOnMouseExited(e -> showHandles(false));
        update(node);
    }

    public Node node() {
        return node;
    }

    public String nodeId() {
        return node.id();
    }

    /** Shows a new version of the node: text, icon, colour and position. */
    public void update(Node next) {
        Node before = node;
        node = next;
        if (before == null || !before.type().equals(next.type())) {
            ComponentType type = catalog.type(next.type()).orElse(null);
            String literal = type == null ? "" : type.icon();
            if (!literal.equals(iconLiteral) || icon == null) {
                iconLiteral = literal;
                getChildren().remove(icon);
                icon = Icons.of(literal);
                icon.getStyleClass().add("card-icon");
                icon.setManaged(false);
                getChildren().add(1, icon);
            }
            String category = categories.styleClass(type == null ? "" : type.category());
            getStyleClass().remove(categoryClass);
            categoryClass = category;
            getStyleClass().add(category);
            typeName.setText(type == null ? next.type() : type.name());
        }
        name.setText(catalog.displayName(next));
        requestLayout();
        moveTo(next.x(), next.y());
    }

    /** Puts the card at a position without changing the node (while a drag is under way). */
    public void moveTo(double x, double y) {
        setLayoutX(x);
        setLayoutY(y);
    }

    public Box box() {
        return Box.card(getLayoutX(), getLayoutY());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    public void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(HIGHLIGHTED, highlighted);
    }

    /** The connection handles; empty until the card was first hovered. */
    public List<Circle> handles() {
        return handles;
    }

    /** The handles' radius in world pixels (larger when zoomed out, so that they stay big enough to grab). */
    void setHandleRadius(double radius) {
        handleRadius = radius;
        handles.forEach(c -> c.setRadius(radius));
    }

    /** Back to a plain card before it is reused for another node: not selected, not highlighted, no handles. */
    void reset() {
        setSelected(false);
        setHighlighted(false);
        showHandles(false);
    }

    void showHandles(boolean show) {
        if (show && handles.isEmpty()) {
            double w = CardGeometry.WIDTH;
            double h = CardGeometry.HEIGHT;
            handles = List.of(handle(w / 2, 0, "top"), handle(w, h / 2, "right"), handle(w / 2, h, "bottom"),
                    handle(0, h / 2, "left"));
            getChildren().addAll(handles);
            Tooltip tip = new Tooltip();
            tip.setShowDelay(Duration.millis(700));
            tip.setOnShowing(e -> tip.setText(tooltipText()));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(this, tip);
            addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> tip.hide());
        }
        handles.forEach(c -> c.setVisible(show));
    }

    /** Whether the handles show (the mouse is over the card). */
    boolean handlesShown() {
        return !handles.isEmpty() && handles.get(0).isVisible();
    }

    private String tooltipText() {
        ComponentType type = catalog.type(node.type()).orElse(null);
        String title = catalog.displayName(node) + (node.hasLabel() && type != null ? " (" + type.name() + ")" : "");
        return type == null ? title : title + "\n" + type.description();
    }

    private Circle handle(double x, double y, String side) {
        Circle c = new Circle(x, y, handleRadius);
        c.getStyleClass().addAll("handle", "handle-" + side);
        c.setManaged(false);
        c.setVisible(false);
        return c;
    }

    /** The label as shown, which may be cut to fit (ending in an ellipsis), for tests. */
    public String shownLabel() {
        return name.node().getText();
    }

    /**
     * Icon tile on the left; the label on one line, or on two when it is long (ending in an ellipsis beyond that),
     * and the type's name under it on one line; the text block centred vertically.
     */
    @Override
    protected void layoutChildren() {
        double h = CardGeometry.HEIGHT;
        double tileX = PAD + 4; // clear of the category stripe
        double tileY = (h - TILE) / 2;
        tile.resizeRelocate(tileX, tileY, TILE, TILE);
        if (icon != null) {
            javafx.geometry.Bounds b = icon.getLayoutBounds();
            icon.relocate(tileX + (TILE - b.getWidth()) / 2, tileY + (TILE - b.getHeight()) / 2);
        }
        double textX = tileX + TILE + GAP;
        double textW = CardGeometry.WIDTH - textX - 8;
        double nameH = name.fit(textW);
        double typeH = typeName.fit(textW);
        double top = Math.max(3, (h - nameH - typeH - 2) / 2);
        name.node().relocate(textX, top);
        typeName.node().relocate(textX, top + nameH + 2);
    }
}
