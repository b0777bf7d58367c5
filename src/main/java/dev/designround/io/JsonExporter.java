package dev.designround.io;

import java.io.IOException;
import java.io.OutputStream;

/** The canonical design file: the same design, re-saved in canonical form. */
public final class JsonExporter implements Exporter {

    private final DesignWriter writer = new DesignWriter();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String description() {
        return "the canonical design file (format version 1)";
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        writer.write(request.design(), out);
    }
}
