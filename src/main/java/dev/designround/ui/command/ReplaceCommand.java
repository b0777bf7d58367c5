package dev.designround.ui.command;

import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.function.BiConsumer;

/**
 * An edit that replaces one value whole — a node, an edge, a zone, a text note (same id) or the design's info — and
 * undoes by putting the previous value back.
 *
 * @param <T> the kind of value replaced
 */
public final class ReplaceCommand<T> implements Command {

    private final String name;
    private final T before;
    private final T after;
    private final BiConsumer<Design, T> put;

    private ReplaceCommand(String name, T before, T after, BiConsumer<Design, T> put) {
        this.name = name;
        this.before = before;
        this.after = after;
        this.put = put;
    }

    /** Replaces a node by an edited version with the same id: label, type, props or capabilities. */
    public static ReplaceCommand<Node> node(String name, Node before, Node after) {
        sameId(before.id(), after.id(), "node");
        return new ReplaceCommand<>(name, before, after, Design::updateNode);
    }

    /** Replaces an edge by an edited version with the same id: label, kind or ends. */
    public static ReplaceCommand<Edge> edge(String name, Edge before, Edge after) {
        sameId(before.id(), after.id(), "edge");
        return new ReplaceCommand<>(name, before, after, Design::updateEdge);
    }

    /** Replaces a zone by an edited version with the same id: label, place or size. */
    public static ReplaceCommand<Zone> zone(String name, Zone before, Zone after) {
        sameId(before.id(), after.id(), "zone");
        return new ReplaceCommand<>(name, before, after, Design::updateZone);
    }

    /** Replaces a text note by an edited version with the same id: its text or place. */
    public static ReplaceCommand<TextNote> text(String name, TextNote before, TextNote after) {
        sameId(before.id(), after.id(), "text note");
        return new ReplaceCommand<>(name, before, after, Design::updateText);
    }

    /** Changes the design's title, scenario or notes. */
    public static ReplaceCommand<DesignInfo> info(String name, DesignInfo before, DesignInfo after) {
        return new ReplaceCommand<>(name, before, after, Design::setInfo);
    }

    private static void sameId(String before, String after, String what) {
        if (!before.equals(after)) {
            throw new IllegalArgumentException("an edit keeps the " + what + " id: " + before + " vs " + after);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void execute(Design design) {
        put.accept(design, after);
    }

    @Override
    public void undo(Design design) {
        put.accept(design, before);
    }

    @Override
    public boolean isEmpty() {
        return before.equals(after);
    }
}
