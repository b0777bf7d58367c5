package dev.designround.cli;

import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.sim.Fault;
import dev.designround.sim.SimulationResult;
import dev.designround.sim.SimulationSettings;
import dev.designround.sim.Simulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code simulate FILE [--requests N] [--seed S] [--inject MODE]... [--format text|json]}. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sends synthetic traffic and injected faults through a design.",
                "Reports how requests ended (answered, escalated through a person, fallback, failed, unsafe), "
                        + "their latency (p50, p95, p99), their cost, and where faults were caught. The same seed "
                        + "gives the same output."})
final class SimulateCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "the design file, or a draw.io, Mermaid or "
            + "Excalidraw diagram")
    Path file;

    @Option(names = "--page", paramLabel = "NAME", description = "for draw.io files with several pages: the page to "
            + "simulate (default: the first)")
    String page;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "" + SimulationSettings.DEFAULT_REQUESTS,
            description = "how many requests (1 to " + SimulationSettings.MAX_REQUESTS + ", default ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SimulationSettings.DEFAULT_SEED,
            description = "random seed (default ${DEFAULT-VALUE}); the same seed gives the same output")
    long seed;

    @Option(names = "--inject", paramLabel = "MODE", split = ",", converter = FaultConverter.class,
            description = "a fault to inject, repeatable or comma-separated: ${COMPLETION-CANDIDATES}",
            completionCandidates = FaultIds.class)
    List<Fault> inject = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
            description = "text (for people, default) or json (one object, for programs)")
    Format format;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException {
        if (requests < 1 || requests > SimulationSettings.MAX_REQUESTS) {
            throw new UsageException("--requests must be between 1 and " + SimulationSettings.MAX_REQUESTS
                    + ", not " + requests);
        }
        Design design = new DesignInput(context, page).read(file);
        SimulationSettings settings = SimulationSettings.defaults().withRequests(requests).withSeed(seed)
                .withFaults(inject);
        SimulationResult result = new Simulator(context.catalog()).run(design, settings);
        if (format == Format.JSON) {
            context.out().print(SimulationJson.toJson(result));
        } else {
            context.out().print(new SimulationText(design, context.catalog()).render(file.toString(), result));
        }
        return Cli.OK;
    }

    /** The help's footer: what each fault mode does, wrapped under its description column. */
    static String[] faultHelp() {
        List<String> lines = new ArrayList<>(List.of("", "Fault modes (--inject):"));
        for (Fault f : Fault.values()) {
            String indent = " ".repeat(20);
            StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT, "  %-17s ", f.id()));
            for (String word : f.summary().split(" ")) {
                if (line.length() + word.length() > 79) {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(indent);
                }
                line.append(word).append(' ');
            }
            lines.add(line.toString().stripTrailing());
        }
        lines.add("");
        lines.add("Exit codes: 0 it ran, 2 bad input or usage, 1 internal error.");
        // picocli formats footers: a literal % must be doubled
        return lines.stream().map(l -> l.replace("%", "%%")).toArray(String[]::new);
    }

    /** Reads a fault id; an unknown one is a usage error that lists the valid ids. */
    static final class FaultConverter implements ITypeConverter<Fault> {
        @Override
        public Fault convert(String id) {
            return Fault.fromId(id.strip()).orElseThrow(() -> new TypeConversionException(
                    "unknown fault \"" + id + "\" (valid: " + String.join(", ", Fault.ids()) + ")"));
        }
    }

    /** The fault ids, for help text. */
    static final class FaultIds implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Fault.ids().iterator();
        }
    }
}
