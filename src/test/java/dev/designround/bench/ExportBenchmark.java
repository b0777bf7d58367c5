package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.ExportRequest;
import dev.designround.io.export.PngExporter;
import dev.designround.io.export.SvgExporter;
import dev.designround.diagram.Theme;
import dev.designround.model.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** SVG and PNG export of a large design (headless: no display needed). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
public class ExportBenchmark {

    @Param({"500"})
    int nodes;

    private final Catalog catalog = CatalogLoader.bundled();
    private ExportRequest request;

    @Setup
    public void setUp() {
        request = new ExportRequest(GeneratedDesigns.generate(catalog, nodes, 11), catalog, "bench.json");
    }

    @Benchmark
    public int svg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgExporter(Theme.LIGHT).write(request, out);
        return out.size();
    }

    @Benchmark
    public int png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngExporter(Theme.LIGHT).write(request, out);
        return out.size();
    }
}
