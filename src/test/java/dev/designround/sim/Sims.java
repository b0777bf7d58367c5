package dev.designround.sim;

import dev.designround.catalog.CatalogLoader;
import dev.designround.io.DesignReader;
import dev.designround.json.InputException;
import dev.designround.model.Catalog;
import dev.designround.model.Design;
import dev.designround.testing.DesignBuilder;
import java.nio.file.Path;

/** Shared fixtures for simulator tests: the bundled catalog, quiet nodes, runs, the example designs. */
final class Sims {

    static final Catalog CATALOG = CatalogLoader.bundled();
    static final Simulator SIMULATOR = new Simulator(CATALOG);

    private Sims() {
    }

    /** A node that does nothing but take {@code ms} and never fails (a plain orchestrator step). */
    static DesignBuilder quiet(DesignBuilder b, String id, double ms) {
        return b.node(id, "orchestrator").latency(id, ms).errorRate(id, 0);
    }

    static SimulationResult run(Design design, Fault... faults) {
        return SIMULATOR.run(design, SimulationSettings.defaults().withFaults(faults));
    }

    /** Without latency spread, so latencies are exact sums of p50s. */
    static SimulationResult exact(Design design, Fault... faults) {
        return SIMULATOR.run(design, SimulationSettings.defaults().withRequests(2_000).withLatencySigma(0)
                .withFaults(faults));
    }

    static Design example(String name) {
        try {
            return new DesignReader(CATALOG).read(Path.of("examples", "customer-support-" + name + ".json"));
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Design fragile() {
        return example("fragile");
    }

    static Design robust() {
        return example("robust");
    }
}
