package dev.designround.ui.canvas;

import dev.designround.diagram.Arrows;
import dev.designround.diagram.Point;
import dev.designround.diagram.Rect;
import dev.designround.diagram.Route;
import dev.designround.model.Edge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;

/**
 * An edge drawn as an arrow along its route (from the diagram model, as in the exports), with its label where the
 * model placed it (off cards and other labels). The kind shows in the
 * line: flow solid, fallback dashed, async dotted (style classes {@code flow}, {@code fallback}, {@code async}).
 * A wide invisible stroke under the line makes it easy to click. Re-routing only moves points; nothing is rebuilt.
 * The label lives in a layer above the cards (so a card never hides it) and knows its edge (see {@link #of}).
 */
public final class EdgeView extends Group {

    private final Path hit = new Path();
    private final Path line = new Path();
    private final Polygon arrow = new Polygon(0, 0, 0, 0, 0, 0);
    private static final String OWNER = "design-round.edge-view";
    /** Fits labels into lines as the exports do. */
    private static final dev.designround.diagram.LabelPlacer FITTER = new dev.designround.diagram.LabelPlacer(
            dev.designround.diagram.DiagramFont.get(), List.of());

    private final Group labelLayer;
    private Label label;
    private Edge edge;
    private Route route;
    private Rect labelBox;

    public EdgeView(Edge edge, Group labelLayer) {
        this.labelLayer = labelLayer;
        getStyleClass().add("edge");
        hit.getStyleClass().add("edge-hit");
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
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

    /** Shows a new version of the edge (label, kind); the route is set with {@link #route}. */
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
            label.setText(String.join("\n", FITTER.fit(next.label()).lines()));
        }
    }

    /** Lays the edge along a route whose end is the arrow's tip, with its label in a box (none: no label). */
    public void route(Route next, Optional<Rect> label) {
        if (!next.equals(route)) {
            route = next;
            List<Point> shaft = next.shaft(Arrows.LENGTH * 0.8);
            if (line.getElements().size() == shaft.size()) { // the same shape: move the points, build nothing
                for (int k = 0; k < shaft.size(); k++) {
                    PathElement el = line.getElements().get(k);
                    if (el instanceof MoveTo m) {
                        m.setX(shaft.get(k).x());
                        m.setY(shaft.get(k).y());
                    } else if (el instanceof LineTo l) {
                        l.setX(shaft.get(k).x());
                        l.setY(shaft.get(k).y());
                    }
                }
            } else {
                List<PathElement> elements = new ArrayList<>();
                elements.add(new MoveTo(shaft.get(0).x(), shaft.get(0).y()));
                for (Point p : shaft.subList(1, shaft.size())) {
                    elements.add(new LineTo(p.x(), p.y()));
                }
                line.getElements().setAll(elements);
                hit.getElements().setAll(elements); // the same elements: one route, two strokes
            }
            List<Point> head = Arrows.head(next);
            arrow.getPoints().setAll(head.get(0).x(), head.get(0).y(), head.get(1).x(), head.get(1).y(),
                    head.get(2).x(), head.get(2).y());
        }
        labelBox = label.orElse(null);
        placeLabel();
    }

    public Route route() {
        return route;
    }

    private void placeLabel() {
        if (label != null && labelBox != null) {
            label.setLayoutX(labelBox.centerX());
            label.setLayoutY(labelBox.centerY());
        }
        if (label != null) {
            label.setVisible(labelBox != null);
        }
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
