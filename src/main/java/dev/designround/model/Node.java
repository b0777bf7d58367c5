package dev.designround.model;

import java.util.List;
import java.util.Objects;

/**
 * A component placed on the canvas. Immutable: an edit makes a new node with the same id.
 *
 * @param id           unique within its design
 * @param type         a component type id from the catalog
 * @param label        what the user called it; empty means "use the type's name"
 * @param x            canvas position of the top-left corner, pixels; kept within
 *                     &plusmn;{@link CardGeometry#MAX_COORDINATE} (a move past it stops there)
 * @param y            canvas position of the top-left corner, pixels; kept within the same bounds
 * @param props        latency, cost, error rate overrides and free-form properties
 * @param capabilities capability ids this node has on top of its type's (for a custom component)
 */
public record Node(String id, String type, String label, double x, double y, NodeProps props,
                   List<String> capabilities) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (id.isBlank()) {
            throw new IllegalArgumentException("node id must not be blank");
        }
        label = label == null ? "" : label;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("node position must be finite: " + x + ", " + y);
        }
        x = onCanvas(x) + 0.0; // -0.0 becomes 0.0, so that a saved and reloaded node equals the original
        y = onCanvas(y) + 0.0;
        props = props == null ? NodeProps.NONE : props;
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    private static double onCanvas(double coordinate) {
        return Math.max(-CardGeometry.MAX_COORDINATE, Math.min(CardGeometry.MAX_COORDINATE, coordinate));
    }

    /** A node of a type at a position, with no label, props or extra capabilities. */
    public static Node of(String id, String type, double x, double y) {
        return new Node(id, type, "", x, y, NodeProps.NONE, List.of());
    }

    public Node withLabel(String newLabel) {
        return new Node(id, type, newLabel, x, y, props, capabilities);
    }

    public Node withPosition(double newX, double newY) {
        return new Node(id, type, label, newX, newY, props, capabilities);
    }

    public Node withProps(NodeProps newProps) {
        return new Node(id, type, label, x, y, newProps, capabilities);
    }

    public Node withCapabilities(List<String> newCapabilities) {
        return new Node(id, type, label, x, y, props, newCapabilities);
    }

    public Node withType(String newType) {
        return new Node(id, newType, label, x, y, props, capabilities);
    }

    public Node withId(String newId) {
        return new Node(newId, type, label, x, y, props, capabilities);
    }

    public boolean hasLabel() {
        return !label.isBlank();
    }
}
