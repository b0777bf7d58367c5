package dev.designround.ui.export;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns the exporters' AWT images into JavaFX images (for the clipboard), pixel for pixel. */
final class FxImages {

    private FxImages() {
    }

    /**
     * The same pixels as a JavaFX image. Any AWT image type works: {@link BufferedImage#getRGB} hands back
     * non-premultiplied ARGB, opaque where the image has no alpha. Needs the JavaFX toolkit; any thread.
     */
    static WritableImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
