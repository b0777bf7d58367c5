package dev.designround.cli;

import dev.designround.catalog.CatalogLoader;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Catalog;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** What every command needs: where to print, and the catalog (loaded only when a command asks for it). */
public final class CliContext {

    private final PrintWriter out;
    private final PrintWriter err;
    private final Supplier<Catalog> catalog;
    private final JsonTreeReader json = new JsonTreeReader();

    public CliContext(PrintWriter out, PrintWriter err, Supplier<Catalog> catalog) {
        this.out = out;
        this.err = err;
        this.catalog = catalog;
    }

    public static CliContext standard(PrintWriter out, PrintWriter err) {
        return new CliContext(out, err, CatalogLoader::bundled);
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

    public JsonTreeReader json() {
        return json;
    }
}
