package dev.designround.io.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.catalog.CatalogLoader;
import dev.designround.diagram.Theme;
import dev.designround.io.DesignReader;
import dev.designround.io.ExportRequest;
import dev.designround.io.export.DrawioExporter;
import dev.designround.io.export.MermaidExporter;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.rules.Grader;
import dev.designround.rules.Report;
import dev.designround.scenario.ScenarioLibrary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Design Round's own draw.io and Mermaid exports import back to the same design and grade exactly as it does:
 * every bundled reference design and example.
 */
class RoundTripTest {

    private static final Catalog CATALOG = CatalogLoader.bundled();

    static Stream<Path> bundledDesigns() throws IOException {
        try (Stream<Path> designs = Files.list(Path.of("scenarios", "designs"));
             Stream<Path> examples = Files.list(Path.of("examples"))) {
            return Stream.concat(designs.sorted(), examples.sorted()).filter(p -> p.toString().endsWith(".json"))
                    .toList().stream();
        }
    }

    private static Design original(Path file) throws InputException {
        return new DesignReader(CATALOG).read(file);
    }

    private static byte[] export(dev.designround.io.Exporter exporter, Design design, String name)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(new ExportRequest(design, CATALOG, name), out);
        return out.toByteArray();
    }

    private static Report grade(Design design) {
        return new Grader(CATALOG).grade(design, ScenarioLibrary.bundled().find(design.info().scenario())
                .orElseThrow().rubric());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledDesigns")
    void drawioGivesBackTheSameDesignAndGrade(Path file) throws Exception {
        Design design = original(file);
        byte[] drawio = export(new DrawioExporter(Theme.LIGHT), design, file.toString());

        ImportResult back = Imports.IMPORTER.read(drawio, "d.drawio", "d.drawio", Optional.empty());

        assertSame(back.design(), design);
        assertThat(back.recognised()).isEqualTo(design.nodeCount());
        assertThat(grade(back.design())).isEqualTo(grade(design));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledDesigns")
    void mermaidGivesBackTheSameDesignAndGrade(Path file) throws Exception {
        Design design = original(file);
        byte[] mermaid = export(new MermaidExporter(Theme.LIGHT), design, file.toString());

        ImportResult back = Imports.IMPORTER.read(mermaid, "d.mmd", "d.mmd", Optional.empty());

        assertSame(back.design(), design);
        assertThat(back.recognised()).isEqualTo(design.nodeCount());
        assertThat(grade(back.design())).isEqualTo(grade(design));
    }

    /** Equal designs, compared part by part so that a difference is shown where it is. */
    private static void assertSame(Design actual, Design expected) {
        assertThat(actual.info()).isEqualTo(expected.info());
        assertThat(actual.nodes()).containsExactlyElementsOf(expected.nodes());
        assertThat(actual.edges()).containsExactlyElementsOf(expected.edges());
        assertThat(actual.zones()).containsExactlyElementsOf(expected.zones());
        assertThat(actual.texts()).containsExactlyElementsOf(expected.texts());
        assertThat(actual).isEqualTo(expected);
    }
}
