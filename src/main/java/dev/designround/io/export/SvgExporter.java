package dev.designround.io.export;

import dev.designround.diagram.Theme;
import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import java.io.IOException;
import java.io.OutputStream;

/** {@code svg}: the whole diagram as a vector image with text as text (browsers, Inkscape, librsvg, slides). */
public final class SvgExporter implements Exporter {

    private final Theme theme;

    public SvgExporter(Theme theme) {
        this.theme = theme;
    }

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public String description() {
        return "the diagram as a vector image (browsers, Inkscape, slides)";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        new SvgWriter().write(new SceneBuilder(request.catalog(), theme).build(request.design()), out);
    }
}
