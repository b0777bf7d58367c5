package dev.designround.ui.canvas;

import dev.designround.model.EdgeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * The colours of the zoomed-out drawing, taken from the same style sheet as the cards and arrows, so that it
 * follows the theme (light, dark), the category colours and the canvas's own style classes (a failed finding's
 * red, the strong answer's amber marks) without a colour written twice. It holds a few invisible stand-ins (a card
 * of each category, a selected and a highlighted card, an arrow of each kind and state, an arrow label) placed
 * inside the canvas, and reads what the style sheet gave them; it tells when they change.
 */
final class OverviewStyle {

    /** How a card or arrow is marked. */
    enum State { PLAIN, SELECTED, HIGHLIGHTED }

    /** A stroke as the style sheet gives it, in world pixels. */
    record Stroke(Paint paint, double width, List<Double> dashes) {
    }

    static final List<String> CATEGORY_CLASSES = List.of("category-1", "category-2", "category-3", "category-4",
            "category-5", "category-6", "category-7", "category-8", "category-none");

    private final Group swatches = new Group();
    private final Map<String, Pane> categoryCards = new HashMap<>();
    private final Map<String, Pane> categoryTiles = new HashMap<>();
    private final Map<State, Pane> stateCards = new HashMap<>();
    private final Map<EdgeKind, Path> kindLines = new HashMap<>();
    private final Map<State, Path> stateLines = new HashMap<>();
    private final Map<State, Polygon> stateArrows = new HashMap<>();
    private final Text cardLabel = new Text("x");
    private final Label edgeLabel = new Label("x");
    private final List<Runnable> watchers = new ArrayList<>();
    private final InvalidationListener changed = o -> watchers.forEach(Runnable::run);

    OverviewStyle() {
        swatches.setManaged(false);
        swatches.setMouseTransparent(true);
        swatches.setOpacity(0);
        for (String c : CATEGORY_CLASSES) {
            Pane tile = watch(pane("card-tile"));
            Pane card = watch(pane("card", c));
            card.getChildren().add(tile);
            categoryCards.put(c, card);
            categoryTiles.put(c, tile);
            swatches.getChildren().add(card);
        }
        for (State s : State.values()) {
            Pane card = watch(pane("card", "category-none"));
            state(card, s);
            stateCards.put(s, card);
            Path line = watch(new Path());
            line.getStyleClass().add("edge-line");
            Polygon arrow = watch(new Polygon());
            arrow.getStyleClass().add("edge-arrow");
            Group edge = new Group(line, arrow);
            edge.getStyleClass().addAll("edge", "flow");
            state(edge, s);
            stateLines.put(s, line);
            stateArrows.put(s, arrow);
            swatches.getChildren().addAll(card, edge);
        }
        for (EdgeKind k : EdgeKind.values()) {
            Path line = watch(new Path());
            line.getStyleClass().add("edge-line");
            Group edge = new Group(line);
            edge.getStyleClass().addAll("edge", k.id());
            kindLines.put(k, line);
            swatches.getChildren().add(edge);
        }
        cardLabel.getStyleClass().add("card-label");
        cardLabel.fillProperty().addListener(changed);
        Pane labelHolder = pane("card", "category-none");
        labelHolder.getChildren().add(cardLabel);
        edgeLabel.getStyleClass().add("edge-label");
        edgeLabel.textFillProperty().addListener(changed);
        edgeLabel.backgroundProperty().addListener(changed);
        swatches.getChildren().addAll(labelHolder, edgeLabel);
    }

    /** The stand-ins, to be placed inside the canvas (they are never seen). */
    javafx.scene.Node node() {
        return swatches;
    }

    /** Runs something whenever a colour may have changed (a theme switch, a style class on the canvas). */
    void onChange(Runnable r) {
        watchers.add(r);
    }

    /** The category's colour (a card's outline and icon). */
    Paint accent(String categoryClass) {
        Border b = categoryCards.getOrDefault(categoryClass, categoryCards.get("category-none")).getBorder();
        return b == null || b.getStrokes().isEmpty() ? Color.GRAY : b.getStrokes().get(0).getTopStroke();
    }

    /** A card's fill: its category's colour, tinted towards the background. */
    Paint cardFill(String categoryClass) {
        return fill(categoryCards.getOrDefault(categoryClass, categoryCards.get("category-none")).getBackground(),
                0, Color.WHITE);
    }

    /** The icon's tile. */
    Paint tile(String categoryClass) {
        return fill(categoryTiles.getOrDefault(categoryClass, categoryTiles.get("category-none")).getBackground(),
                0, Color.TRANSPARENT);
    }

    Stroke cardBorder(State s) {
        Border b = stateCards.get(s).getBorder();
        if (b == null || b.getStrokes().isEmpty()) {
            return new Stroke(Color.GRAY, 1, List.of());
        }
        BorderStroke stroke = b.getStrokes().get(0);
        return new Stroke(stroke.getTopStroke(), stroke.getWidths().getTop(), stroke.getTopStyle().getDashArray());
    }

    Paint labelFill() {
        return cardLabel.getFill() == null ? Color.BLACK : cardLabel.getFill();
    }

    /** An arrow's line: the kind gives the dashes, the state the colour and width. */
    Stroke edgeLine(EdgeKind kind, State s) {
        Path line = s == State.PLAIN ? kindLines.get(kind) : stateLines.get(s);
        return new Stroke(line.getStroke() == null ? Color.GRAY : line.getStroke(), line.getStrokeWidth(),
                kindLines.get(kind).getStrokeDashArray());
    }

    Paint arrowFill(State s) {
        Paint p = stateArrows.get(s).getFill();
        return p == null ? Color.GRAY : p;
    }

    Paint edgeLabelFill() {
        return edgeLabel.getTextFill();
    }

    Paint edgeLabelBackground() {
        return fill(edgeLabel.getBackground(), 0, Color.TRANSPARENT);
    }

    private static Paint fill(Background bg, int index, Paint otherwise) {
        if (bg == null || bg.getFills().size() <= index) {
            return otherwise;
        }
        BackgroundFill f = bg.getFills().get(index);
        return f.getFill();
    }

    private static Pane pane(String... classes) {
        Pane p = new Pane();
        p.getStyleClass().addAll(classes);
        p.setManaged(false);
        return p;
    }

    private static void state(javafx.scene.Node n, State s) {
        n.pseudoClassStateChanged(PseudoClass.getPseudoClass("selected"), s == State.SELECTED);
        n.pseudoClassStateChanged(PseudoClass.getPseudoClass("highlighted"), s == State.HIGHLIGHTED);
    }

    private Pane watch(Pane p) {
        p.backgroundProperty().addListener(changed);
        p.borderProperty().addListener(changed);
        return p;
    }

    private <S extends Shape> S watch(S s) {
        s.strokeProperty().addListener(changed);
        s.fillProperty().addListener(changed);
        s.strokeWidthProperty().addListener(changed);
        return s;
    }
}
