package dev.designround.cli;

import dev.designround.batch.BatchListener;
import dev.designround.catalog.CatalogLoader;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every command needs: where to print, the catalog (loaded only when a command asks for it), the clock
 * reports take their "graded at" time from (tests fix it), and what follows a long run over many designs (a
 * progress bar on a terminal, nothing otherwise).
 */
public final class CliContext {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Supplier<Catalog> catalog;
    private final JsonTreeReader json = new JsonTreeReader();
    private final Clock clock;
    private final Supplier<BatchListener> progress;

    public CliContext(PrintWriter out, PrintWriter err, Supplier<Catalog> catalog, Clock clock,
                      Supplier<BatchListener> progress) {
        this.out = out;
        this.err = err;
        this.catalog = catalog;
        this.clock = clock;
        this.progress = progress;
    }

    public CliContext(PrintWriter out, PrintWriter err, Supplier<Catalog> catalog, Clock clock) {
        this(out, err, catalog, clock, () -> BatchListener.NONE);
    }

    public CliContext(PrintWriter out, PrintWriter err, Supplier<Catalog> catalog) {
        this(out, err, catalog, Clock.systemUTC());
    }

    public static CliContext standard(PrintWriter out, PrintWriter err) {
        return new CliContext(out, err, CatalogLoader::bundled, Clock.systemUTC(), TerminalProgress::forThisTerminal);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Catalog catalog() {
        return catalog.get();
    }

    public Clock clock() {
        return clock;
    }

    /** A fresh listener for one run over many designs. */
    public BatchListener progress() {
        return progress.get();
    }

    public JsonTreeReader json() {
        return json;
    }
}
