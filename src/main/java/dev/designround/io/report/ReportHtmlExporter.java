package dev.designround.io.report;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code report-html}: the rubric report as one self-contained HTML page with the diagram inlined as SVG. */
public final class ReportHtmlExporter implements Exporter {

    private final ReportHtmlWriter writer = new ReportHtmlWriter();

    @Override
    public String format() {
        return "report-html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String description() {
        return "the rubric report as a self-contained HTML page, diagram inlined as SVG";
    }

    @Override
    public boolean needsGrading() {
        return true;
    }

    @Override
    public void write(ExportRequest request, OutputStream out) throws IOException {
        out.write(writer.write(request.design(), request.catalog(), request.requireGrading(format()))
                .getBytes(StandardCharsets.UTF_8));
    }
}
