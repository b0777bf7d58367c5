package dev.designround.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What an edge means (see PRODUCT.md, "What an edge means").
 * <ul>
 *   <li>{@link #FLOW}: carries the request and what each component makes of it; adds latency.</li>
 *   <li>{@link #FALLBACK}: taken only when its source fails; carries the request on, never the source's output.</li>
 *   <li>{@link #ASYNC}: off the request path (logging, evaluation, feedback, monitoring); no latency.</li>
 * </ul>
 */
public enum EdgeKind {
    FLOW("flow"),
    FALLBACK("fallback"),
    ASYNC("async");

    private final String id;

    EdgeKind(String id) {
        this.id = id;
    }

    /** The id used in files: {@code flow}, {@code fallback} or {@code async}. */
    public String id() {
        return id;
    }

    public static Optional<EdgeKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EdgeKind::id).toList();
    }
}
