package dev.designround.bench;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.sim.Fault;
import dev.designround.sim.SimulationResult;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulating 20,000 requests (targets: at least 1 million node visits per second on one core; 20,000 requests
 * on a 30-node design in at most 200 ms warm). Designs: the robust customer-support example (25 nodes, many
 * checks, a parallel fan-out), and generated designs of 30 and 300 nodes. Each run compiles the design too.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SimulatorBenchmark {

    @Param({"robust-example", "generated-30", "generated-300"})
    String design;

    @Param({"none", "all"})
    String faults;

    private final Catalog catalog = CatalogLoader.bundled();
    private final Simulator simulator = new Simulator(catalog);
    private Design subject;
    private SimulationSettings settings;

    /** Node visits (calls) made by the runs, reported per second by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Visits {
        public long visits;

        @Setup(Level.Iteration)
        public void reset() {
            visits = 0;
        }
    }

    @Setup
    public void setUp() throws InputException {
        subject = switch (design) {
            case "robust-example" -> new DesignReader(catalog).read(Path.of("examples/customer-support-robust.json"));
            case "generated-30" -> GeneratedDesigns.generate(catalog, 30, 42);
            case "generated-300" -> GeneratedDesigns.generate(catalog, 300, 42);
            default -> throw new IllegalArgumentException(design);
        };
        settings = SimulationSettings.defaults().withRequests(20_000)
                .withFaults(faults.equals("all") ? java.util.List.of(Fault.values()) : java.util.List.of());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SimulationResult simulate20kRequests() {
        return simulator.run(subject, settings);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public SimulationResult visitsPerSecond(Visits counter) {
        SimulationResult r = simulator.run(subject, settings);
        counter.visits += r.totalVisits();
        return r;
    }
}
