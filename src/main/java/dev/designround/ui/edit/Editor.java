package dev.designround.ui.edit;

import dev.designround.diagram.Rect;
import dev.designround.layout.Arrangement;
import dev.designround.layout.CanvasPoint;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import dev.designround.ui.command.AddElementsCommand;
import dev.designround.ui.command.Command;
import dev.designround.ui.command.CommandStack;
import dev.designround.ui.command.CompoundCommand;
import dev.designround.ui.command.DeleteCommand;
import dev.designround.ui.command.EditNotesCommand;
import dev.designround.ui.command.MoveNodesCommand;
import dev.designround.ui.command.ReplaceCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editing session of one design: what the canvas, palette, inspector and menus ask for, turned into
 * undoable commands on the design's {@link CommandStack}, with the {@link Selection} kept in step (a new node,
 * zone or text note is selected, a paste selects what was pasted). Moving a zone moves what it holds
 * ({@link MoveSet}). Every change goes through here. Plain Java, no JavaFX, so each
 * operation is unit-tested.
 */
public final class Editor {

    private final Design design;
    private final Catalog catalog;
    private final CommandStack stack;
    private final Selection selection = new Selection();

    public Editor(Design design, Catalog catalog) {
        this.design = design;
        this.catalog = catalog;
        this.stack = new CommandStack(design);
        design.addListener(selection);
    }

    public Design design() {
        return design;
    }

    public Catalog catalog() {
        return catalog;
    }

    public CommandStack stack() {
        return stack;
    }

    public Selection selection() {
        return selection;
    }

    /** The catalog's name for a type id, or the id itself for an unknown type. */
    public String typeName(String typeId) {
        return catalog.type(typeId).map(ComponentType::name).orElse(typeId);
    }

    // ---- adding ----------------------------------------------------------------------------------------------

    /** Adds a node of a catalog type with its top-left corner at {@code x, y}, selects it, returns its id. */
    public String addNode(String typeId, double x, double y) {
        String id = design.freshNodeId(typeId);
        stack.execute(AddElementsCommand.node(Node.of(id, typeId, x, y), typeName(typeId)));
        selection.selectNode(id);
        return id;
    }

    /** Adds a flow edge between two nodes (the same node makes a loop), selects it, returns its id. */
    public String connect(String from, String to) {
        Edge edge = Edge.flow(design.freshEdgeId(), from, to);
        stack.execute(AddElementsCommand.connect(edge));
        selection.selectEdge(edge.id());
        return edge.id();
    }

    // ---- moving ----------------------------------------------------------------------------------------------

    /**
     * Moves nodes to new top-left corners in one undoable step (a drag ends here). Nodes that are no longer in the
     * design (undone while the drag was under way) are left out.
     */
    public void moveTo(Map<String, CanvasPoint> targets) {
        moveTo(MoveTargets.ofNodes(targets));
    }

    /**
     * Moves cards, zones and text notes to new top-left corners in one undoable step (a drag of zones and what
     * they hold ends here); those no longer in the design are left out.
     */
    public void moveTo(MoveTargets targets) {
        stack.execute(targets.command(design));
    }

    /** What moves with the selection: its cards and text notes, its zones with what they hold. */
    public MoveSet movingWithSelection() {
        return MoveSet.of(design, selection.state());
    }

    /** Moves the selection by an offset: its cards and text notes, its zones with what they hold. */
    public void nudgeSelection(double dx, double dy) {
        MoveSet moving = movingWithSelection();
        if (!moving.isEmpty()) {
            moveTo(MoveTargets.by(design, moving, dx, dy));
        }
    }

    /**
     * Puts cards, zones and text notes where an automatic layout says, as one undoable step ("Auto-arrange"); what
     * is no longer in the design is left out. Returns whether anything moved.
     */
    public boolean arrange(Arrangement arrangement) {
        Map<String, CanvasPoint> cards = new LinkedHashMap<>(arrangement.nodes());
        cards.keySet().removeIf(id -> !design.hasNode(id));
        List<Command> parts = new ArrayList<>();
        parts.add(MoveNodesCommand.to("Auto-arrange", design, cards));
        arrangement.zones().forEach((id, after) -> design.zone(id).ifPresent(before -> parts.add(
                ReplaceCommand.zone("Auto-arrange", before, after))));
        arrangement.texts().forEach((id, p) -> design.text(id).ifPresent(before -> parts.add(
                ReplaceCommand.text("Auto-arrange", before, before.withPosition(p.x(), p.y())))));
        Command step = new CompoundCommand("Auto-arrange", parts);
        stack.execute(step);
        return !step.isEmpty();
    }

    /**
     * Lines up or spreads out the selected cards as one undoable step; returns false, changing nothing, when fewer
     * cards are selected than it needs ({@link Alignment#minimum()}).
     */
    public boolean alignSelection(Alignment alignment) {
        List<Node> selected = selection.nodes().stream().map(design::node).flatMap(Optional::stream).toList();
        if (selected.size() < alignment.minimum()) {
            return false;
        }
        stack.execute(MoveNodesCommand.to(alignment.label(), design, alignment.targets(selected)));
        return true;
    }

    // ---- deleting, copying, pasting --------------------------------------------------------------------------

    /** Deletes what is selected; a zone goes without what it holds. */
    public void deleteSelection() {
        if (!selection.isEmpty()) {
            stack.execute(new DeleteCommand(selection.nodes(), selection.edges(), selection.zones(),
                    selection.texts()));
        }
    }

    /**
     * The selected nodes and the edges between them, the selected text notes, and the selected zones with what they
     * hold; empty when none of these is selected.
     */
    public Optional<Fragment> copySelection() {
        MoveSet items = movingWithSelection();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Fragment.of(design, items));
    }

    /**
     * Pastes a fragment moved by an offset and selects what was pasted; returns how many nodes, zones and text
     * notes were pasted.
     */
    public int paste(Fragment fragment, double dx, double dy, String name) {
        if (fragment.isEmpty()) {
            return 0;
        }
        AddElementsCommand add = fragment.pasteInto(design, dx, dy, name);
        stack.execute(add);
        selection.set(add.nodes().stream().map(Node::id).toList(), add.edges().stream().map(Edge::id).toList(),
                add.zones().stream().map(Zone::id).toList(), add.texts().stream().map(TextNote::id).toList());
        return add.nodes().size() + add.zones().size() + add.texts().size();
    }

    /**
     * Copies the selection next to itself ({@code offset} right and down, or beside its zones when it holds any:
     * {@link Fragment#pasteOffset}); returns how many nodes, zones and text notes were added.
     */
    public int duplicateSelection(double offset) {
        return copySelection().map(f -> {
            CanvasPoint by = f.pasteOffset(design, 1, offset);
            return paste(f, by.x(), by.y(), "Duplicate");
        }).orElse(0);
    }

    public void selectAll() {
        selection.set(design.nodes().stream().map(Node::id).toList(), design.edges().stream().map(Edge::id).toList(),
                design.zones().stream().map(Zone::id).toList(), design.texts().stream().map(TextNote::id).toList());
    }

    // ---- zones and text notes --------------------------------------------------------------------------------

    /** Draws a zone, selects it, returns its id. */
    public String addZone(double x, double y, double width, double height, String label) {
        Zone zone = new Zone(design.freshZoneId(), label.strip(), x, y, width, height);
        stack.execute(AddElementsCommand.zone(zone));
        selection.selectZone(zone.id());
        return zone.id();
    }

    /**
     * Draws a zone around the selected cards, text notes and zones, with room around them and for its title, its
     * sides on the grid; selects it and returns its id. Empty (nothing drawn) when none of those is selected.
     */
    public Optional<String> addZoneAroundSelection(String label) {
        MoveSet items = movingWithSelection();
        Optional<Rect> around = ZoneBounds.around(design, items);
        return around.map(r -> addZone(r.x(), r.y(), r.width(), r.height(), label));
    }

    /** Puts a text note on the canvas and selects it; nothing for blank text. Returns its id. */
    public Optional<String> addText(String text, double x, double y) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        TextNote note = new TextNote(design.freshTextId(), text.strip(), x, y);
        stack.execute(AddElementsCommand.text(note));
        selection.selectText(note.id());
        return Optional.of(note.id());
    }

    public void renameZone(String id, String label) {
        design.zone(id).ifPresent(z -> stack.execute(ReplaceCommand.zone("Zone label", z, z.withLabel(label.strip()))));
    }

    /** Changes what a text note says; emptying it takes the note away. */
    public void editText(String id, String text) {
        design.text(id).ifPresent(t -> stack.execute(text.isBlank()
                ? new DeleteCommand(List.of(), List.of(), List.of(), List.of(id))
                : ReplaceCommand.text("Edit text", t, t.withText(text.strip()))));
    }

    /** Gives a zone new bounds (a drag of its corner); what it holds follows from where things are. */
    public void resizeZone(String id, double x, double y, double width, double height) {
        design.zone(id).ifPresent(z -> stack.execute(ReplaceCommand.zone("Resize zone", z,
                z.withBounds(x, y, width, height))));
    }

    // ---- editing ---------------------------------------------------------------------------------------------

    public void renameNode(String id, String label) {
        design.node(id).ifPresent(n -> stack.execute(ReplaceCommand.node("Rename", n, n.withLabel(label.strip()))));
    }

    public void renameEdge(String id, String label) {
        design.edge(id).ifPresent(e -> stack.execute(ReplaceCommand.edge("Edge label", e, e.withLabel(label.strip()))));
    }

    /** Replaces a node by an edited version (from the inspector). */
    public void editNode(String name, Node after) {
        design.node(after.id()).ifPresent(before -> stack.execute(ReplaceCommand.node(name, before, after)));
    }

    /**
     * Lets what a card's label says count as capabilities ("ACL pre-filter" is access control), or not, as one
     * undoable step; nothing happens for a node that is gone or already so.
     */
    public void setReadsLabel(String id, boolean read) {
        design.node(id).filter(n -> n.readsLabel() != read).ifPresent(n -> stack.execute(
                ReplaceCommand.node(read ? "Read the label" : "Ignore the label", n, n.withReadsLabel(read))));
    }

    public void setEdgeKind(String id, EdgeKind kind) {
        design.edge(id).ifPresent(e -> stack.execute(ReplaceCommand.edge("Edge kind", e, e.withKind(kind))));
    }

    /**
     * Turns the selected arrows round (from becomes to), keeping their ids, labels and kinds, as one undoable step;
     * returns how many were reversed.
     */
    public int reverseSelectedEdges() {
        List<ReplaceCommand<Edge>> flips = selection.edges().stream().map(design::edge).flatMap(Optional::stream)
                .filter(e -> !e.from().equals(e.to()))
                .map(e -> ReplaceCommand.edge("Reverse arrow", e, e.withEnds(e.to(), e.from()))).toList();
        if (!flips.isEmpty()) {
            stack.execute(new CompoundCommand(flips.size() == 1 ? "Reverse arrow" : "Reverse " + flips.size()
                    + " arrows", List.<dev.designround.ui.command.Command>copyOf(flips)));
        }
        return flips.size();
    }

    public void setTitle(String title) {
        DesignInfo info = design.info();
        stack.execute(ReplaceCommand.info("Title", info, info.withTitle(title.strip())));
    }

    /** Makes the design answer a scenario (by id), as one undoable step. */
    public void setScenario(String scenarioId) {
        DesignInfo info = design.info();
        stack.execute(ReplaceCommand.info("Choose scenario", info, info.withScenario(scenarioId)));
    }

    /**
     * Replaces the design's notes as the user types; edits with the same {@code session} token become one undoable
     * step (see {@link EditNotesCommand}).
     */
    public void editNotes(String notes, Object session) {
        stack.execute(new EditNotesCommand(design.info().notes(), notes, session));
    }

    // ---- history ---------------------------------------------------------------------------------------------

    public void undo() {
        stack.undo();
        selection.retainExisting(design);
    }

    public void redo() {
        stack.redo();
        selection.retainExisting(design);
    }

    /** Ids of the nodes and edges currently selected, for tests and status text. */
    public List<String> selectedIds() {
        return java.util.stream.Stream.concat(selection.nodes().stream(), selection.edges().stream()).toList();
    }
}
