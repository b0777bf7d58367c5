package dev.designround.diagram;

import dev.designround.diagram.SceneItem.LineStyle;
import dev.designround.model.EdgeKind;

/** How each kind of edge is drawn: flow solid, fallback dashed (and warm), async dotted (and muted). */
public final class EdgeStyles {

    private EdgeStyles() {
    }

    public static LineStyle line(EdgeKind kind) {
        return switch (kind) {
            case FLOW -> LineStyle.SOLID;
            case FALLBACK -> LineStyle.DASHED;
            case ASYNC -> LineStyle.DOTTED;
        };
    }

    public static Rgb colour(EdgeKind kind, Theme theme) {
        return switch (kind) {
            case FLOW -> theme.edge();
            case FALLBACK -> theme.fallbackEdge();
            case ASYNC -> theme.asyncEdge();
        };
    }
}
