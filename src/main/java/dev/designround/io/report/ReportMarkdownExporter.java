package dev.designround.io.report;

import dev.designround.io.ExportRequest;
import dev.designround.io.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code report-md}: the rubric report as GitHub Markdown with the diagram as a Mermaid block. */
public final class ReportMarkdownExporter implements Exporter {

    private final ReportMarkdownWriter writer = new ReportMarkdownWriter();

    @Override
    public String format() {
        return "report-md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String description() {
        return "the rubric report as Markdown (GitHub, notes), diagram as Mermaid";
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
