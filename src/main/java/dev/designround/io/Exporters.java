package dev.designround.io;

import dev.designround.io.export.DotExporter;
import dev.designround.io.export.DrawioExporter;
import dev.designround.io.export.GraphMlExporter;
import dev.designround.io.export.MermaidExporter;
import dev.designround.io.export.PdfExporter;
import dev.designround.io.export.PngExporter;
import dev.designround.io.export.SvgExporter;
import dev.designround.diagram.Theme;
import dev.designround.io.report.ReportHtmlExporter;
import dev.designround.io.report.ReportMarkdownExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The export formats Design Round knows, by id, in the order menus and help list them. */
public final class Exporters {

    private final Map<String, Exporter> byFormat = new LinkedHashMap<>();

    public Exporters(List<Exporter> exporters) {
        for (Exporter e : exporters) {
            if (byFormat.put(e.format(), e) != null) {
                throw new IllegalArgumentException("two exporters for " + e.format());
            }
        }
    }

    /** Every format this build can write, diagrams in the light theme. */
    public static Exporters standard() {
        return standard(Theme.LIGHT);
    }

    /**
     * Every format this build can write, diagrams in the given theme (the PDF and the reports are always light:
     * they are for paper and documents). The PDF and the reports need the design's grading.
     */
    public static Exporters standard(Theme theme) {
        return new Exporters(List.of(
                new PngExporter(theme),
                new SvgExporter(theme),
                new PdfExporter(Theme.LIGHT, true),
                new MermaidExporter(theme),
                new DrawioExporter(theme),
                new DotExporter(theme),
                new GraphMlExporter(),
                new JsonExporter(),
                new ReportMarkdownExporter(),
                new ReportHtmlExporter()));
    }

    public Optional<Exporter> find(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public List<Exporter> all() {
        return List.copyOf(byFormat.values());
    }

    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /** Exports to a file atomically, keeping the previous file as {@code NAME.bak}. */
    public static void exportTo(Exporter exporter, ExportRequest request, Path target) throws IOException {
        AtomicFiles.write(target, out -> exporter.write(request, out));
    }
}
