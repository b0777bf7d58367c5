package dev.designround.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.bench.GeneratedDesigns;
import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.layout.CanvasPoint;
import dev.designround.layout.LayeredLayout;
import dev.designround.model.Catalog;
import dev.designround.model.ComponentType;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.EdgeKind;
import dev.designround.model.Node;
import dev.designround.model.TextNote;
import dev.designround.model.Zone;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Undo and redo over any sequence of edits, made through the {@link Editor} exactly as the canvas, palette,
 * inspector and menus make them (each one a real command of {@code ui.command}): add, connect, move, nudge,
 * delete, duplicate, copy and paste (through the clipboard's text), rename, edit a node's type and numbers, edit an
 * edge's label and kind, edit the title, auto-arrange; draw a zone (or one around the selection), rename, resize
 * and drag it (with what it holds), add, edit (or empty) and drag a text note, delete zones and notes, copy and
 * paste them with cards; and undos in between (which drop what could be redone).
 */
class UndoRedoProperties {

    private static final Catalog CATALOG = CatalogLoader.bundled();
    private static final List<String> TYPES = CATALOG.types().stream().map(ComponentType::id).toList();
    private static final DesignWriter WRITER = new DesignWriter();
    private static final DesignReader READER = new DesignReader(CATALOG);

    /** One user edit; numbers pick nodes and edges by position, modulo how many there are when it is made. */
    sealed interface EditStep {
        void applyTo(Editor editor);
    }

    record AddNode(int type, int x, int y) implements EditStep {
        public void applyTo(Editor e) {
            e.addNode(TYPES.get(type % TYPES.size()), x, y);
        }
    }

    record Connect(int from, int to) implements EditStep {
        public void applyTo(Editor e) {
            node(e, from).ifPresent(a -> node(e, to).ifPresent(b -> e.connect(a.id(), b.id())));
        }
    }

    record Drag(int which, int x, int y) implements EditStep {
        public void applyTo(Editor e) {
            node(e, which).ifPresent(n -> e.moveTo(Map.of(n.id(), new CanvasPoint(x, y))));
        }
    }

    record Nudge(int a, int b, int dx, int dy) implements EditStep {
        public void applyTo(Editor e) {
            select(e, a, b);
            e.nudgeSelection(dx, dy);
        }
    }

    record Delete(int nodeIndex, int edgeIndex) implements EditStep {
        public void applyTo(Editor e) {
            List<String> nodes = node(e, nodeIndex).map(Node::id).stream().toList();
            List<String> edges = edge(e, edgeIndex).map(Edge::id).stream().toList();
            e.selection().set(nodes, edges);
            e.deleteSelection();
        }
    }

    record Duplicate(int a, int b) implements EditStep {
        public void applyTo(Editor e) {
            select(e, a, b);
            e.duplicateSelection(32);
        }
    }

    record CopyPaste(int a, int b, int offset) implements EditStep {
        public void applyTo(Editor e) {
            select(e, a, b);
            e.copySelection().map(f -> f.toText(WRITER)).flatMap(text -> Fragment.parse(text, READER))
                    .ifPresent(f -> e.paste(f, offset, offset, "Paste"));
        }
    }

    record Rename(int which, String label) implements EditStep {
        public void applyTo(Editor e) {
            node(e, which).ifPresent(n -> e.renameNode(n.id(), label));
        }
    }

    record Retype(int which, int type, int latencyMs) implements EditStep {
        public void applyTo(Editor e) {
            node(e, which).ifPresent(n -> e.editNode("Edit node", n.withType(TYPES.get(type % TYPES.size()))
                    .withProps(n.props().withLatencyMs(latencyMs).withOther("provider", "p" + type))));
        }
    }

    record EdgeLabel(int which, String label) implements EditStep {
        public void applyTo(Editor e) {
            edge(e, which).ifPresent(edge -> e.renameEdge(edge.id(), label));
        }
    }

    record EdgeKindChange(int which, int kind) implements EditStep {
        public void applyTo(Editor e) {
            edge(e, which).ifPresent(edge -> e.setEdgeKind(edge.id(),
                    EdgeKind.values()[kind % EdgeKind.values().length]));
        }
    }

    record Title(String title) implements EditStep {
        public void applyTo(Editor e) {
            e.setTitle(title);
        }
    }

    record Arrange() implements EditStep {
        public void applyTo(Editor e) {
            if (e.design().nodeCount() <= 12) { // ELK is slow enough to keep the designs it lays out small
                e.arrange(new LayeredLayout().arrange(e.design().copy()));
            }
        }
    }

    record AddZone(int x, int y, int width, int height, String label) implements EditStep {
        public void applyTo(Editor e) {
            e.addZone(x, y, width, height, label);
        }
    }

    record ZoneAroundSelection(int a, int b, int note, String label) implements EditStep {
        public void applyTo(Editor e) {
            select(e, a, b);
            text(e, note).ifPresent(t -> e.selection().add(List.of(), List.of(), List.of(), List.of(t.id())));
            e.addZoneAroundSelection(label);
        }
    }

    record AddText(String text, int x, int y) implements EditStep {
        public void applyTo(Editor e) {
            e.addText(text, x, y);
        }
    }

    record RenameZone(int which, String label) implements EditStep {
        public void applyTo(Editor e) {
            zone(e, which).ifPresent(z -> e.renameZone(z.id(), label));
        }
    }

    record ResizeZone(int which, int x, int y, int width, int height) implements EditStep {
        public void applyTo(Editor e) {
            zone(e, which).ifPresent(z -> e.resizeZone(z.id(), x, y, width, height));
        }
    }

    /** Selects a zone (and maybe a card and a note) and moves them by an offset, as a drag or the arrow keys do. */
    record DragZone(int which, int card, int note, int dx, int dy) implements EditStep {
        public void applyTo(Editor e) {
            zone(e, which).ifPresent(z -> {
                e.selection().set(node(e, card).map(Node::id).stream().toList(), List.of(), List.of(z.id()),
                        text(e, note).map(TextNote::id).stream().toList());
                e.nudgeSelection(dx, dy);
            });
        }
    }

    record EditText(int which, String newText) implements EditStep {
        public void applyTo(Editor e) {
            text(e, which).ifPresent(t -> e.editText(t.id(), newText));
        }
    }

    record DeleteZoneAndText(int zoneIndex, int textIndex) implements EditStep {
        public void applyTo(Editor e) {
            e.selection().set(List.of(), List.of(), zone(e, zoneIndex).map(Zone::id).stream().toList(),
                    text(e, textIndex).map(TextNote::id).stream().toList());
            e.deleteSelection();
        }
    }

    record CopyPasteZone(int zoneIndex, int textIndex, int offset) implements EditStep {
        public void applyTo(Editor e) {
            e.selection().set(List.of(), List.of(), zone(e, zoneIndex).map(Zone::id).stream().toList(),
                    text(e, textIndex).map(TextNote::id).stream().toList());
            e.copySelection().map(f -> f.toText(WRITER)).flatMap(t -> Fragment.parse(t, READER))
                    .ifPresent(f -> e.paste(f, offset, offset, "Paste"));
        }
    }

    record UndoSome(int count) implements EditStep {
        public void applyTo(Editor e) {
            for (int i = 0; i < count; i++) {
                e.undo();
            }
        }
    }

    @Property(tries = 150)
    void undoingEveryEditRestoresTheOriginalDesign(@ForAll @IntRange(min = 2, max = 12) int size,
                                                   @ForAll long seed, @ForAll("edits") List<EditStep> edits) {
        Design original = GeneratedDesigns.generate(CATALOG, size, seed);
        Editor editor = new Editor(original.copy(), CATALOG);
        edits.forEach(step -> step.applyTo(editor));

        while (editor.stack().canUndo()) {
            editor.undo();
        }

        assertThat(editor.design()).isEqualTo(original);
        assertThat(editor.stack().isClean()).isTrue();
    }

    @Property(tries = 150)
    void redoingEveryUndoneEditRestoresTheEnd(@ForAll @IntRange(min = 2, max = 12) int size, @ForAll long seed,
                                              @ForAll("edits") List<EditStep> edits) {
        Editor editor = new Editor(GeneratedDesigns.generate(CATALOG, size, seed), CATALOG);
        edits.forEach(step -> step.applyTo(editor));
        while (editor.stack().canRedo()) { // the edits may end with undos: the end is the newest state kept
            editor.redo();
        }
        Design end = editor.design().copy();
        while (editor.stack().canUndo()) {
            editor.undo();
        }

        while (editor.stack().canRedo()) {
            editor.redo();
        }

        assertThat(editor.design()).isEqualTo(end);
    }

    @Provide
    Arbitrary<List<EditStep>> edits() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> coordinate = Arbitraries.integers().between(-2000, 4000);
        Arbitrary<Integer> step = Arbitraries.integers().between(-64, 64);
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 1200);
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("é→\n\"<").ofMaxLength(12);
        Arbitrary<EditStep> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Combinators.combine(index, coordinate, coordinate).as(AddNode::new)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(index, index).as(Connect::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(index, coordinate, coordinate).as(Drag::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index, step, step).as(Nudge::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(index, index).as(Delete::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index).as(Duplicate::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index, step).as(CopyPaste::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, text).as(Rename::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index, Arbitraries.integers().between(0, 9000))
                        .as(Retype::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, text).as(EdgeLabel::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index).as(EdgeKindChange::new)),
                net.jqwik.api.Tuple.of(1, text.map(Title::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Arrange())),
                net.jqwik.api.Tuple.of(2, Combinators.combine(coordinate, coordinate, size, size, text)
                        .as(AddZone::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index, index, text).as(ZoneAroundSelection::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(text, coordinate, coordinate).as(AddText::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(index, text).as(RenameZone::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(index, coordinate, coordinate, size, size)
                        .as(ResizeZone::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(index, index, index, step, step).as(DragZone::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(index, text).as(EditText::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(index, index).as(DeleteZoneAndText::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(index, index, step).as(CopyPasteZone::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 3).map(UndoSome::new)));
        return one.list().ofMaxSize(36);
    }

    private static java.util.Optional<Node> node(Editor e, int index) {
        List<Node> nodes = e.design().nodes().stream().toList();
        return nodes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(nodes.get(index % nodes.size()));
    }

    private static java.util.Optional<Edge> edge(Editor e, int index) {
        List<Edge> edges = e.design().edges().stream().toList();
        return edges.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(edges.get(index % edges.size()));
    }

    private static java.util.Optional<Zone> zone(Editor e, int index) {
        List<Zone> zones = e.design().zones().stream().toList();
        return zones.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(zones.get(index % zones.size()));
    }

    private static java.util.Optional<TextNote> text(Editor e, int index) {
        List<TextNote> texts = e.design().texts().stream().toList();
        return texts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(texts.get(index % texts.size()));
    }

    private static void select(Editor e, int a, int b) {
        List<String> ids = java.util.stream.Stream.of(node(e, a), node(e, b)).flatMap(java.util.Optional::stream)
                .map(Node::id).distinct().toList();
        e.selection().set(ids, List.of());
    }
}
