package dev.designround.ui.edit;

import static dev.designround.testing.DesignBuilder.design;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {

    private final Selection selection = new Selection();

    @Test
    void toggleAddsThenRemoves() {
        selection.toggleNode("a");
        assertThat(selection.nodes()).containsExactly("a");
        selection.toggleNode("a");
        assertThat(selection.isEmpty()).isTrue();
    }

    @Test
    void addKeepsWhatWasSelected() {
        selection.selectNode("a");
        selection.add(List.of("b"), List.of("e1"));
        assertThat(selection.nodes()).containsExactly("a", "b");
        assertThat(selection.edges()).containsExactly("e1");
    }

    @Test
    void listenersHearBeforeAndAfterOnlyWhenSomethingChanges() {
        List<String> heard = new ArrayList<>();
        selection.addListener((before, after) -> heard.add(before.nodes() + "->" + after.nodes()));

        selection.selectNode("a");
        selection.selectNode("a");
        selection.clear();

        assertThat(heard).containsExactly("[]->[a]", "[a]->[]");
    }

    @Test
    void removedNodesAndEdgesLeaveTheSelection() {
        Design d = design().node("u", "user").node("llm", "llm").chain("u", "llm").build();
        d.addListener(selection);
        selection.set(List.of("u", "llm"), List.of("e1"));

        d.removeNode("llm");

        assertThat(selection.nodes()).containsExactly("u");
        assertThat(selection.edges()).isEmpty();
    }

    @Test
    void retainExistingDropsIdsTheDesignDoesNotHave() {
        Design d = design().node("u", "user").build();
        selection.set(List.of("u", "gone"), List.of("e7"));

        selection.retainExisting(d);

        assertThat(selection.nodes()).containsExactly("u");
        assertThat(selection.edges()).isEmpty();
    }
}
