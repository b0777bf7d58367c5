package dev.designround.model;

import java.util.Objects;

/**
 * A wire from one node to another: A's output goes to B (data flow, not a call graph). Immutable.
 *
 * @param id    unique within its design
 * @param from  id of the source node
 * @param to    id of the target node
 * @param label optional text on the arrow ("top-5 chunks"); empty when none
 * @param kind  flow, fallback or async
 */
public record Edge(String id, String from, String to, String label, EdgeKind kind) {

    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (id.isBlank()) {
            throw new IllegalArgumentException("edge id must not be blank");
        }
        label = label == null ? "" : label;
        kind = kind == null ? EdgeKind.FLOW : kind;
    }

    /** A flow edge without a label. */
    public static Edge flow(String id, String from, String to) {
        return new Edge(id, from, to, "", EdgeKind.FLOW);
    }

    public static Edge of(String id, String from, String to, EdgeKind kind) {
        return new Edge(id, from, to, "", kind);
    }

    public Edge withLabel(String newLabel) {
        return new Edge(id, from, to, newLabel, kind);
    }

    public Edge withKind(EdgeKind newKind) {
        return new Edge(id, from, to, label, newKind);
    }

    public Edge withEnds(String newFrom, String newTo) {
        return new Edge(id, newFrom, newTo, label, kind);
    }
}
