package dev.designround.ui.canvas;

import dev.designround.model.Edge;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/**
 * An edge drawn as an arrow from card border to card border, with its label at the middle. The kind shows in the
 * line: flow solid, fallback dashed, async dotted (style classes {@code flow}, {@code fallback}, {@code async}).
 * A wide invisible stroke under the line makes it easy to click. Re-routing only moves points; nothing is rebuilt.
 * The label lives in a layer above the cards (so a card never hides it) and knows its edge (see {@link #of}).
 */
public final class EdgeView extends Group {

    static final double ARROW_LENGTH = 11;
    static final double ARROW_HALF_WIDTH = 5;

    private final Path hit = new Path();
    private final Path line = new Path();
    private final MoveTo lineStart = new MoveTo();
    private final CubicCurveTo lineCurve = new CubicCurveTo();
    private final Polygon arrow = new Polygon(0, 0, 0, 0, 0, 0);
    private static final String OWNER = "design-round.edge-view";

    private final Group labelLayer;
    private Label label;
    private Edge edge;
    private Curve curve;

    public EdgeView(Edge edge, Group labelLayer) {
        this.labelLayer = labelLayer;
        getStyleClass().add("edge");
        hit.getStyleClass().add("edge-hit");
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        line.getElements().addAll(lineStart, lineCurve);
        hit.getElements().addAll(lineStart, lineCurve); // the same elements: one route, two strokes
        line.setFill(null);
        hit.setFill(null);
        hit.setOpacity(0); // never drawn (drawing a wide transparent stroke costs as much as a visible one), still hit
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        getChildren().addAll(hit, line, arrow);
        update(edge);
    }

    public Edge edge() {
        return edge;
    }

    public String edgeId() {
        return edge.id();
    }

    /** Shows a new version of the edge (label, kind); the route is set with {@link #route(Curve)}. */
    public void update(Edge next) {
        if (edge == null || edge.kind() != next.kind()) {
            if (edge != null) {
                getStyleClass().remove(edge.kind().id());
            }
            getStyleClass().add(next.kind().id());
        }
        edge = next;
        if (next.label().isBlank()) {
            dispose();
        } else {
            if (label == null) {
                label = new Label();
                label.getStyleClass().add("edge-label");
                label.translateXProperty().bind(label.widthProperty().divide(-2));
                label.translateYProperty().bind(label.heightProperty().divide(-2));
                label.getProperties().put(OWNER, this);
                labelLayer.getChildren().add(label);
                placeLabel();
            }
            label.setText(next.label());
        }
    }

    /** Lays the edge along a curve whose end is the arrow's tip. */
    public void route(Curve route) {
        curve = route;
        Curve shaft = route.shortenedBy(ARROW_LENGTH * 0.8);
        set(lineStart, lineCurve, shaft);
        double a = route.endAngle();
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double bx = route.endX() - cos * ARROW_LENGTH;
        double by = route.endY() - sin * ARROW_LENGTH;
        arrow.getPoints().setAll(route.endX(), route.endY(), bx - sin * ARROW_HALF_WIDTH, by + cos * ARROW_HALF_WIDTH,
                bx + sin * ARROW_HALF_WIDTH, by - cos * ARROW_HALF_WIDTH);
        placeLabel();
    }

    public Curve curve() {
        return curve;
    }

    private void placeLabel() {
        if (label != null && curve != null) {
            label.setLayoutX(curve.midX());
            label.setLayoutY(curve.midY());
        }
    }

    private static void set(MoveTo start, CubicCurveTo to, Curve c) {
        start.setX(c.startX());
        start.setY(c.startY());
        to.setControlX1(c.c1x());
        to.setControlY1(c.c1y());
        to.setControlX2(c.c2x());
        to.setControlY2(c.c2y());
        to.setX(c.endX());
        to.setY(c.endY());
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(NodeCard.SELECTED, selected);
        if (label != null) {
            label.pseudoClassStateChanged(NodeCard.SELECTED, selected);
        }
    }

    public void setHighlighted(boolean highlighted) {
        pseudoClassStateChanged(NodeCard.HIGHLIGHTED, highlighted);
        if (label != null) {
            label.pseudoClassStateChanged(NodeCard.HIGHLIGHTED, highlighted);
        }
    }

    /** The label node, when the edge has a label. */
    java.util.Optional<Label> label() {
        return java.util.Optional.ofNullable(label);
    }

    /** Takes the label off the canvas (the edge was removed, or lost its label). */
    void dispose() {
        if (label != null) {
            javafx.scene.Parent parent = label.getParent();
            if (parent instanceof Group g) {
                g.getChildren().remove(label);
            }
            label = null;
        }
    }

    /** The edge a label node belongs to. */
    static java.util.Optional<EdgeView> of(javafx.scene.Node node) {
        return node.getProperties().get(OWNER) instanceof EdgeView view ? java.util.Optional.of(view)
                : java.util.Optional.empty();
    }
}
