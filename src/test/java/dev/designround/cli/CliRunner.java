package dev.designround.cli;

import dev.designround.catalog.CatalogLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** Runs the CLI in-process and captures what it printed. */
public final class CliRunner {

    public record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(CliContext.standard(new PrintWriter(out, true), new PrintWriter(err, true)), args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs with a fixed clock, for output that says when it was made. */
    public static Result run(Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                CatalogLoader::bundled, clock), args);
        return new Result(code, out.toString(), err.toString());
    }
}
