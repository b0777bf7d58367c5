package dev.designround.io.export;

import dev.designround.diagram.DiagramFont;
import dev.designround.diagram.Theme;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/** {@code png}: the whole diagram (not a viewport) at 2× scale, drawn off screen (no display needed). */
public final class PngExporter implements Exporter {

    private final Theme theme;

    public PngExporter(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "png";
    }

    @Override
    public String extension() {
        return "png";
    }

    @Override
    public String description() {
        return "the whole diagram as an image at 2x scale (notes, slides, chat)";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        DiagramFont font = DiagramFont.get();
        new PngWriter(font).write(new SceneBuilder(request.catalog(), theme, font).build(request.design()), out);
    }
}
