package dev.designround.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The name Save suggests for a design imported from a diagram. */
class ImportedDesignNameTest {

    @Test
    void theDiagramsNameEndingInJson() {
        assertThat(FileActions.designNameFor(Path.of("/w/arch.drawio"))).isEqualTo("arch.json");
        assertThat(FileActions.designNameFor(Path.of("/w/arch.drawio.svg"))).isEqualTo("arch.json");
        assertThat(FileActions.designNameFor(Path.of("/w/arch.drawio.xml"))).isEqualTo("arch.json");
        assertThat(FileActions.designNameFor(Path.of("/w/Support Bot.MMD"))).isEqualTo("Support Bot.json");
        assertThat(FileActions.designNameFor(Path.of("/w/README.md"))).isEqualTo("README.json");
        assertThat(FileActions.designNameFor(Path.of("/w/sketch.excalidraw"))).isEqualTo("sketch.json");
        assertThat(FileActions.designNameFor(Path.of("/w/notes"))).isEqualTo("notes.json");
    }

    @Test
    void neverTheDiagramsOwnName() {
        // an Excalidraw scene may be saved as .json: the design must not be suggested over it
        assertThat(FileActions.designNameFor(Path.of("/w/scene.json"))).isEqualTo("scene-design.json");
        assertThat(FileActions.designNameFor(Path.of("/w/.drawio"))).isEqualTo("design.json");
    }
}
