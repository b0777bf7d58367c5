package dev.designround.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.designround.testing.UiTest;
import java.awt.image.BufferedImage;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/** The clipboard gets the exporter's pixels exactly: colours, opacity, size. */
@UiTest
class FxImagesTest {

    @Test
    void anOpaqueImageKeepsEveryPixelAndStaysOpaque() {
        BufferedImage drawn = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB); // what PngWriter draws
        int[] colours = {0x000000, 0xffffff, 0x123456, 0xff0000, 0x00ff00, 0x0000ff};
        for (int i = 0; i < colours.length; i++) {
            drawn.setRGB(i % 3, i / 3, colours[i]);
        }

        WritableImage fx = FxImages.of(drawn);

        assertThat(fx.getWidth()).isEqualTo(3);
        assertThat(fx.getHeight()).isEqualTo(2);
        PixelReader pixels = fx.getPixelReader();
        for (int i = 0; i < colours.length; i++) {
            assertThat(pixels.getArgb(i % 3, i / 3)).as("pixel " + i).isEqualTo(0xff000000 | colours[i]);
        }
    }

    @Test
    void translucentPixelsKeepTheirAlpha() {
        BufferedImage drawn = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        drawn.setRGB(0, 0, 0x80336699);

        int argb = FxImages.of(drawn).getPixelReader().getArgb(0, 0);

        assertThat(argb >>> 24).isEqualTo(0x80);
        // JavaFX keeps images premultiplied, so a translucent colour may come back one step off
        assertThat(argb >> 16 & 0xff).isCloseTo(0x33, within(1));
        assertThat(argb >> 8 & 0xff).isCloseTo(0x66, within(1));
        assertThat(argb & 0xff).isCloseTo(0x99, within(1));
    }
}
