package dev.designround.ui.edit;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.CardGeometry;
import dev.designround.model.Node;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Lines up or spreads out cards (Arrange → Align and Distribute). Aligning moves every card to the selection's
 * left edge, centre, right edge, top, middle or bottom; distributing keeps the two outermost cards where they are
 * and spaces the others so the gaps between neighbours are equal. Cards all have the same size
 * ({@link CardGeometry}). Plain Java: it says where the cards go, the editor moves them in one undoable step.
 */
public enum Alignment {
    LEFT("Align left", true),
    CENTRE("Align centres", true),
    RIGHT("Align right", true),
    TOP("Align top", false),
    MIDDLE("Align middles", false),
    BOTTOM("Align bottom", false),
    SPREAD_HORIZONTALLY("Distribute horizontally", true),
    SPREAD_VERTICALLY("Distribute vertically", false);

    private final String label;
    private final boolean horizontal;

    Alignment(String label, boolean horizontal) {
        this.label = label;
        this.horizontal = horizontal;
    }

    /** "Align left", the name of the undoable step and the menu item. */
    public String label() {
        return label;
    }

    /** How many cards it needs to do anything: two to align, three to distribute. */
    public int minimum() {
        return isDistribute() ? 3 : 2;
    }

    public boolean isDistribute() {
        return this == SPREAD_HORIZONTALLY || this == SPREAD_VERTICALLY;
    }

    /**
     * Where each card goes (top-left corners, by node id); empty when there are fewer than {@link #minimum()} cards.
     */
    public Map<String, CanvasPoint> targets(List<Node> nodes) {
        Map<String, CanvasPoint> out = new LinkedHashMap<>();
        if (nodes.size() < minimum()) {
            return out;
        }
        if (isDistribute()) {
            spread(nodes, out);
            return out;
        }
        double w = CardGeometry.WIDTH;
        double h = CardGeometry.HEIGHT;
        double minX = min(nodes, Node::x);
        double maxX = max(nodes, Node::x);
        double minY = min(nodes, Node::y);
        double maxY = max(nodes, Node::y);
        for (Node n : nodes) {
            double x = switch (this) {
                case LEFT -> minX;
                case CENTRE -> (minX + maxX) / 2;
                case RIGHT -> maxX;
                default -> n.x();
            };
            double y = switch (this) {
                case TOP -> minY;
                case MIDDLE -> (minY + maxY) / 2;
                case BOTTOM -> maxY;
                default -> n.y();
            };
            out.put(n.id(), new CanvasPoint(Math.round(x), Math.round(y)));
        }
        return out;
    }

    /** Equal steps between the first and the last card along one axis, in their order along it. */
    private void spread(List<Node> nodes, Map<String, CanvasPoint> out) {
        ToDoubleFunction<Node> along = horizontal ? Node::x : Node::y;
        List<Node> sorted = nodes.stream().sorted(Comparator.comparingDouble(along)).toList();
        double first = along.applyAsDouble(sorted.get(0));
        double step = (along.applyAsDouble(sorted.get(sorted.size() - 1)) - first) / (sorted.size() - 1);
        for (int i = 0; i < sorted.size(); i++) {
            Node n = sorted.get(i);
            double at = i == sorted.size() - 1 ? along.applyAsDouble(n) : Math.round(first + i * step);
            out.put(n.id(), horizontal ? new CanvasPoint(at, n.y()) : new CanvasPoint(n.x(), at));
        }
    }

    private static double min(List<Node> nodes, ToDoubleFunction<Node> f) {
        return nodes.stream().mapToDouble(f).min().orElse(0);
    }

    private static double max(List<Node> nodes, ToDoubleFunction<Node> f) {
        return nodes.stream().mapToDouble(f).max().orElse(0);
    }
}
