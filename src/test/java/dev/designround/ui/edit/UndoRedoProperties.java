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
 * edge's label and kind, edit the title, auto-arrange, and undos in between (which drop what could be redone).
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
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 3).map(UndoSome::new)));
        return one.list().ofMaxSize(30);
    }

    private static java.util.Optional<Node> node(Editor e, int index) {
        List<Node> nodes = e.design().nodes().stream().toList();
        return nodes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(nodes.get(index % nodes.size()));
    }

    private static java.util.Optional<Edge> edge(Editor e, int index) {
        List<Edge> edges = e.design().edges().stream().toList();
        return edges.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(edges.get(index % edges.size()));
    }

    private static void select(Editor e, int a, int b) {
        List<String> ids = java.util.stream.Stream.of(node(e, a), node(e, b)).flatMap(java.util.Optional::stream)
                .map(Node::id).distinct().toList();
        e.selection().set(ids, List.of());
    }
}
