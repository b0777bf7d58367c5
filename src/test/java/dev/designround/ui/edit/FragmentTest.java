package dev.designround.ui.edit;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.model.Design;
import dev.designround.model.Edge;
import dev.designround.model.Node;
import dev.designround.ui.command.AddElementsCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentTest {

    private final DesignReader reader = new DesignReader(CatalogLoader.bundled());
    private final DesignWriter writer = new DesignWriter();
    private final Design design = design().node("u", "user").node("llm", "llm").node("g", "output-guardrail")
            .chain("u", "llm", "g", "u").build();

    @Test
    void aFragmentHoldsTheNodesAndTheEdgesBetweenThem() {
        Fragment f = Fragment.of(design, List.of("llm", "g"));

        AddElementsCommand paste = f.pasteInto(new Design(), 0, 0, "Paste");

        assertThat(paste.nodes()).extracting(Node::id).containsExactly("llm", "g");
        assertThat(paste.edges()).extracting(Edge::from, Edge::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("llm", "g"));
    }

    @Test
    void pastingIntoTheSameDesignGivesFreshIdsAndShiftsNodes() {
        Fragment f = Fragment.of(design, List.of("llm", "g"));

        AddElementsCommand paste = f.pasteInto(design, 32, 16, "Paste");
        paste.execute(design);

        assertThat(paste.nodes()).extracting(Node::id).containsExactly("llm-2", "g-2");
        assertThat(design.node("llm-2").orElseThrow().x()).isEqualTo(design.node("llm").orElseThrow().x() + 32);
        assertThat(paste.edges()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("e4");
            assertThat(e.from()).isEqualTo("llm-2");
            assertThat(e.to()).isEqualTo("g-2");
        });
    }

    @Test
    void pastingACopyOfACopyCountsOn() {
        Fragment.of(design, List.of("llm")).pasteInto(design, 0, 0, "Paste").execute(design);
        AddElementsCommand again = Fragment.of(design, List.of("llm-2")).pasteInto(design, 0, 0, "Paste");

        assertThat(again.nodes()).extracting(Node::id).containsExactly("llm-3");
    }

    @Test
    void theClipboardTextIsADesignFileThatReadsBack() {
        Design withLabels = design().node("u", "user").node("llm", "llm").chain("u", "llm").build();
        String text = Fragment.of(withLabels, List.of("u", "llm")).toText(writer);

        assertThat(text).contains("\"format\": \"design-round.design\"");
        Fragment back = Fragment.parse(text, reader).orElseThrow();
        assertThat(back.pasteInto(new Design(), 0, 0, "Paste").nodes()).containsExactlyElementsOf(withLabels.nodes());
    }

    @Test
    void textThatIsNotADesignIsNotAFragment() {
        assertThat(Fragment.parse("hello", reader)).isEmpty();
        assertThat(Fragment.parse("{\"format\": \"design-round.design\", \"version\": 1, \"nodes\": "
                + "[{\"id\": \"x\", \"type\": \"nope\"}], \"edges\": []}", reader)).isEmpty();
        assertThat(Fragment.parse("", reader)).isEmpty();
    }
}
