package dev.designround.cli;

import dev.designround.model.Catalog;
import dev.designround.model.Category;
import dev.designround.model.ComponentType;
import dev.designround.model.FailureMode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code components [--failure-modes]}: what the catalog holds. */
@Command(name = "components", mixinStandardHelpOptions = true,
        description = "Lists the component catalog by category, or the failure-mode catalog.")
final class ComponentsCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--failure-modes", description = "list the failure modes instead of the components")
    boolean failureModes;

    ComponentsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Catalog catalog = context.catalog();
        PrintWriter out = context.out();
        if (failureModes) {
            printFailureModes(catalog, out);
        } else {
            printComponents(catalog, out);
        }
        return Cli.OK;
    }

    private static void printComponents(Catalog catalog, PrintWriter out) {
        out.printf(Locale.ROOT, "%d component types in %d categories%n", catalog.types().size(),
                catalog.categories().size());
        for (Category category : catalog.categories()) {
            out.println();
            out.println(category.name() + " (" + category.id() + ")");
            for (ComponentType t : catalog.typesIn(category.id())) {
                out.printf(Locale.ROOT, "  %-22s %-24s %9s %9s  %s%n", t.id(), t.name(), latency(t.latencyMs()),
                        String.format(Locale.ROOT, "$%.4f", t.costUsd()),
                        t.capabilities().isEmpty() ? "-" : String.join(", ", t.capabilities()));
            }
        }
    }

    private static void printFailureModes(Catalog catalog, PrintWriter out) {
        out.printf(Locale.ROOT, "%d failure modes%n%n", catalog.failureModes().size());
        for (FailureMode f : catalog.failureModes()) {
            out.printf(Locale.ROOT, "  %-34s %-36s %s%n", f.id(), f.name(),
                    f.owaspEntry().map(o -> o.substring(0, o.indexOf(' '))).orElse("-"));
            out.println("      mitigated by: " + String.join(", ", f.mitigatedBy()));
        }
    }

    private static String latency(double ms) {
        return ms >= 60_000 ? String.format(Locale.ROOT, "%.0f min", ms / 60_000)
                : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
