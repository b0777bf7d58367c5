package dev.designround.ui.edit;

import dev.designround.layout.CanvasPoint;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.ui.command.AddElementsCommand;
import dev.designround.ui.command.CommandStack;
import dev.designround.ui.command.CompoundCommand;
import dev.designround.ui.command.DeleteCommand;
import dev.designround.ui.command.EditNotesCommand;
import dev.designround.ui.command.MoveNodesCommand;
import dev.designround.ui.command.ReplaceCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editing session of one design: what the canvas, palette, inspector and menus ask for, turned into
 * undoable commands on the design's {@link CommandStack}, with the {@link Selection} kept in step (a new node is
 * selected, a paste selects what was pasted). Every change goes through here. Plain Java, no JavaFX, so each
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
        Map<String, CanvasPoint> present = new java.util.LinkedHashMap<>(targets);
        present.keySet().removeIf(id -> !design.hasNode(id));
        stack.execute(MoveNodesCommand.to(present.size() == 1 ? "Move node" : "Move " + present.size() + " nodes",
                design, present));
    }

    /** Moves the selected nodes by an offset. */
    public void nudgeSelection(double dx, double dy) {
        if (!selection.nodes().isEmpty()) {
            stack.execute(MoveNodesCommand.by(design, selection.nodes(), dx, dy));
        }
    }

    /** Puts every node where an automatic layout says, as one undoable step. */
    public void arrange(Map<String, CanvasPoint> layout) {
        stack.execute(MoveNodesCommand.to("Auto-arrange", design, layout));
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

    public void deleteSelection() {
        if (!selection.isEmpty()) {
            stack.execute(new DeleteCommand(selection.nodes(), selection.edges()));
        }
    }

    /** The selected nodes and the edges between them, or empty when no node is selected. */
    public Optional<Fragment> copySelection() {
        if (selection.nodes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Fragment.of(design, selection.nodes()));
    }

    /** Pastes a fragment moved by an offset and selects what was pasted; returns how many nodes were pasted. */
    public int paste(Fragment fragment, double dx, double dy, String name) {
        if (fragment.isEmpty()) {
            return 0;
        }
        AddElementsCommand add = fragment.pasteInto(design, dx, dy, name);
        stack.execute(add);
        selection.set(add.nodes().stream().map(Node::id).toList(), add.edges().stream().map(Edge::id).toList());
        return add.nodes().size();
    }

    /** Copies the selection next to itself; returns how many nodes were added. */
    public int duplicateSelection(double offset) {
        return copySelection().map(f -> paste(f, offset, offset, "Duplicate")).orElse(0);
    }

    public void selectAll() {
        selection.set(design.nodes().stream().map(Node::id).toList(), design.edges().stream().map(Edge::id).toList());
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
