package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import java.nio.charset.StandardCharsets;
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

/** Loading and saving design files of realistic and large sizes. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DesignFileBenchmark {

    @Param({"50", "2000"})
    int nodes;

    private final Catalog catalog = CatalogLoader.bundled();
    private Design design;
    private byte[] bytes;

    @Setup
    public void setUp() {
        design = GeneratedDesigns.generate(catalog, nodes, 42);
        bytes = new DesignWriter().toJson(design).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Design load() throws InputException {
        return new DesignReader(catalog).parse(bytes, "bench.json");
    }

    @Benchmark
    public String save() {
        return new DesignWriter().toJson(design);
    }
}
