package dev.designround.io.imports;

import dev.designround.model.LabelTypes;
import dev.designround.model.NodeProps;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagram as another tool drew it, before anything is recognised: its shapes and the arrows between them, in
 * the tool's own terms. Each reader ({@link DrawioReader}, {@link MermaidReader}, {@link ExcalidrawReader}) makes
 * one; {@link Recogniser} turns it into a design.
 *
 * @param tool    the tool's name for messages ("draw.io", "Mermaid", "Excalidraw")
 * @param page    the page read, for tools with pages (draw.io), else empty
 * @param title   the diagram's title, or empty
 * @param saved   what Design Round itself wrote into the file when it exported it (scenario, notes), else
 *                {@link Saved#NONE}
 * @param shapes  the shapes that stand for components, in file order
 * @param links   the arrows between them, in file order
 * @param areas   the boundaries drawn around shapes (zones), in file order
 * @param notes   free text (text notes), in file order
 * @param leftOut what was in the file but is not part of the design (an arrow with a loose end, an arrow to a
 *                group), one short phrase each, for the summary
 */
record Diagram(String tool, Optional<String> page, String title, Saved saved, List<Shape> shapes, List<Link> links,
               List<Area> areas, List<Note> notes, List<String> leftOut) {

    Diagram {
        shapes = List.copyOf(shapes);
        links = List.copyOf(links);
        areas = List.copyOf(areas);
        notes = List.copyOf(notes);
        leftOut = List.copyOf(leftOut);
    }

    /** A diagram with shapes and arrows only. */
    Diagram(String tool, Optional<String> page, String title, Saved saved, List<Shape> shapes, List<Link> links,
            List<String> leftOut) {
        this(tool, page, title, saved, shapes, links, List.of(), List.of(), leftOut);
    }

    /** A rectangle on the canvas: top-left corner and size. */
    record Box(double x, double y, double width, double height) {
    }

    /**
     * A boundary drawn around shapes, which becomes a zone: a draw.io container or swimlane, a Mermaid subgraph,
     * an Excalidraw frame.
     *
     * @param key     the tool's id of it
     * @param label   its title, or empty
     * @param box     where it is, when the tool placed it
     * @param members the keys of the shapes, notes and areas drawn in it, for a tool that places nothing (Mermaid):
     *                the zone is then drawn around them once they are laid out
     * @param ownId   the zone's id Design Round wrote, when it did
     */
    record Area(String key, String label, Optional<Box> box, List<String> members, Optional<String> ownId) {
        Area {
            label = label == null ? "" : label;
            members = List.copyOf(members);
        }
    }

    /**
     * Free text on the canvas, which becomes a text note.
     *
     * @param key      the tool's id of it
     * @param text     what it says (not blank)
     * @param position its top-left corner, when the tool placed it
     * @param ownId    the note's id Design Round wrote, when it did
     */
    record Note(String key, String text, Optional<Point> position, Optional<String> ownId) {
    }

    /** What Design Round wrote about the design as a whole when it exported it. */
    record Saved(String scenario, String notes) {
        static final Saved NONE = new Saved("", "");
    }

    /**
     * A shape that stands for a component.
     *
     * @param key      the tool's id of the shape, which links refer to
     * @param text     its label as a person reads it (HTML and markup taken out), lines joined with {@code \n}
     * @param outline  what its outline says, when the tool drew one that means something (a cylinder)
     * @param position where the card goes (its top-left corner, the card centred where the shape was), when the
     *                 tool placed it
     * @param own      what Design Round itself wrote about the node when it exported it
     */
    record Shape(String key, String text, Optional<LabelTypes.Outline> outline, Optional<Point> position, Own own) {
        Shape {
            Objects.requireNonNull(key, "key");
            text = text == null ? "" : text;
        }
    }

    /** A card's top-left corner on the canvas. */
    record Point(double x, double y) {
    }

    /**
     * What Design Round wrote about a node in its own export: everything the drawing cannot show.
     *
     * @param id           the node's id in the design
     * @param type         a component type the file states, as an id or a name ({@code llm}, "LLM")
     * @param props        its props
     * @param capabilities its own capabilities
     * @param readsLabel   whether its label is read for capabilities
     * @param labelled     false when the node had no label of its own and the shape shows its type's name
     */
    record Own(Optional<String> id, Optional<String> type, NodeProps props, List<String> capabilities,
               boolean readsLabel, boolean labelled) {
        static final Own NONE = new Own(Optional.empty(), Optional.empty(), NodeProps.NONE, List.of(), true, true);

        Own {
            capabilities = List.copyOf(capabilities);
        }

        Own withType(Optional<String> stated) {
            return new Own(id, stated, props, capabilities, readsLabel, labelled);
        }
    }

    /**
     * An arrow from one shape to another.
     *
     * @param from   the key of the shape it starts at
     * @param to     the key of the shape it points to
     * @param text   its label, or empty
     * @param dashed whether it is drawn dashed or dotted (an async edge, unless Design Round said otherwise)
     * @param kind   the edge kind Design Round wrote when it exported it ("flow", "fallback", "async")
     * @param id     the edge's id Design Round wrote, when it did
     */
    record Link(String from, String to, String text, boolean dashed, Optional<String> kind, Optional<String> id) {
        Link {
            text = text == null ? "" : text;
        }
    }
}
