package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.layout.Arrangement;
import dev.designround.layout.LayeredLayout;
import dev.designround.model.Design;
import dev.designround.model.Zone;
import java.nio.file.Path;
import java.util.List;
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

/**
 * Auto-arrange (Arrange → Auto-arrange, and exports of designs without positions), all through ELK, with and without
 * zones: the zoned example (18 cards, 25 arrows, 3 zones, 2 notes; without zones: the same with its zones taken
 * away), and generated designs of 50 and 500 nodes (with zones: one around each quarter of the cards, one of them
 * holding a nested zone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ArrangeBenchmark {

    @Param({"example", "50", "500"})
    public String design;

    @Param({"false", "true"})
    public boolean zones;

    private final LayeredLayout layout = new LayeredLayout();
    private Design drawn;

    @Setup
    public void setUp() throws Exception {
        if (design.equals("example")) {
            drawn = new DesignReader(CatalogLoader.bundled())
                    .read(Path.of("examples/medical-transcription-zones.json"));
            if (!zones) {
                List.copyOf(drawn.zones()).forEach(z -> drawn.removeZone(z.id()));
            }
            return;
        }
        int nodes = Integer.parseInt(design);
        drawn = GeneratedDesigns.generate(CatalogLoader.bundled(), nodes, 42);
        if (zones) {
            // the generated cards sit 40 to a row, 200 x 120 px apart: a zone around each quarter of the columns
            double height = Math.ceil(nodes / 40.0) * 120 + 64;
            for (int q = 0; q < 4; q++) {
                drawn.addZone(new Zone("q" + q, "Quarter " + q, q * 2000 - 16, -32, 1990, height));
            }
            drawn.addZone(new Zone("inner", "Nested", 10, -16, 900, height / 2));
        }
    }

    @Benchmark
    public Arrangement arrange() {
        return layout.arrange(drawn);
    }
}
