package dev.designround.io.export;

import dev.designround.diagram.Theme;
import dev.designround.diagram.DiagramScene;
import static org.assertj.core.api.Assertions.assertThat;

import dev.designround.model.Design;
import dev.designround.testing.ExportFixtures;
import dev.designround.testing.Exports;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngExporterTest {

    @Test
    void thePngDecodesAtTwiceTheSizeOfTheWholeDiagram() throws IOException {
        Design design = ExportFixtures.small();
        DiagramScene scene = new SceneBuilder(ExportFixtures.catalog(), Theme.LIGHT).build(design);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes(new PngExporter(Theme.LIGHT),
                design)));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(scene.width() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(scene.height() * 2));
    }

    @Test
    void thePngIsNotBlank() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes(new PngExporter(Theme.LIGHT),
                ExportFixtures.small())));
        Set<Integer> colours = new HashSet<>();
        int background = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb == 0xffffff) {
                    background++;
                }
            }
        }
        int sampled = (image.getWidth() / 2) * (image.getHeight() / 2);
        assertThat(colours).hasSizeGreaterThan(50);
        assertThat(background).isLessThan(sampled * 95 / 100);
    }

    @Test
    void aDarkPngHasADarkBackground() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Exports.bytes(new PngExporter(Theme.DARK),
                ExportFixtures.small())));
        assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(Theme.DARK.background().rgb());
    }

    @Test
    void aHugeDiagramIsScaledDownInsteadOfRunningOutOfMemory() {
        DiagramScene huge = new DiagramScene(200_000, 3_000, Theme.LIGHT.background(), "huge", java.util.List.of());
        double scale = PngWriter.scaleFor(huge);
        assertThat(huge.width() * scale).isLessThanOrEqualTo(PngWriter.MAX_SIDE);
        assertThat(huge.width() * scale * huge.height() * scale).isLessThanOrEqualTo(PngWriter.MAX_PIXELS);
    }
}
