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
 * @param readsLabel   whether what the label says counts as capabilities ("ACL pre-filter" is access control);
 *                     the user can switch it off for a card whose label says something it does not do
 */
public record Node(String id, String type, String label, double x, double y, NodeProps props,
                   List<String> capabilities, boolean readsLabel) {

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

    /** A node whose label is read for capabilities (the default). */
    public Node(String id, String type, String label, double x, double y, NodeProps props,
                List<String> capabilities) {
        this(id, type, label, x, y, props, capabilities, true);
    }

    private static double onCanvas(double coordinate) {
        return Math.max(-CardGeometry.MAX_COORDINATE, Math.min(CardGeometry.MAX_COORDINATE, coordinate));
    }

    /** A node of a type at a position, with no label, props or extra capabilities. */
    public static Node of(String id, String type, double x, double y) {
        return new Node(id, type, "", x, y, NodeProps.NONE, List.of());
    }

    public Node withLabel(String newLabel) {
        return new Node(id, type, newLabel, x, y, props, capabilities, readsLabel);
    }

    public Node withPosition(double newX, double newY) {
        return new Node(id, type, label, newX, newY, props, capabilities, readsLabel);
    }

    public Node withProps(NodeProps newProps) {
        return new Node(id, type, label, x, y, newProps, capabilities, readsLabel);
    }

    public Node withCapabilities(List<String> newCapabilities) {
        return new Node(id, type, label, x, y, props, newCapabilities, readsLabel);
    }

    public Node withType(String newType) {
        return new Node(id, newType, label, x, y, props, capabilities, readsLabel);
    }

    public Node withId(String newId) {
        return new Node(newId, type, label, x, y, props, capabilities, readsLabel);
    }

    public Node withReadsLabel(boolean read) {
        return new Node(id, type, label, x, y, props, capabilities, read);
    }

    public boolean hasLabel() {
        return !label.isBlank();
    }
}
