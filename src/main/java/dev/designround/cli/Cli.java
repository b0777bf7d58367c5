package dev.designround.cli;

import dev.designround.io.ErrorLog;
import dev.designround.json.InputException;
import dev.designround.json.OneLine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs a headless command and returns its exit code: 0 it ran (whatever the verdict), 2 bad input or usage (one
 * line on stderr naming the file and what is wrong, never a stack trace), 1 an internal error (the stack trace
 * goes to the error log, not the terminal), 3 {@code check --min-verdict}: some design grades below it.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** {@code check --min-verdict}: some design grades below the verdict asked for. */
    public static final int BELOW_MIN_VERDICT = 3;

    private Cli() {
    }

    /** Runs with the process's stdout and stderr. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(CliContext.standard(out, err), args);
        out.flush();
        err.flush();
        return code;
    }

    public static int run(CliContext context, String... args) {
        CommandLine cl = commandLine(context);
        cl.setParameterExceptionHandler((e, a) -> {
            String hint = e.getCommandLine() == null ? "design-round --help"
                    : e.getCommandLine().getCommandSpec().qualifiedName() + " --help";
            e.getCommandLine().getErr().println("design-round: " + OneLine.of(e.getMessage()) + " (see '" + hint
                    + "')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine, args));
        try {
            return cl.execute(args);
        } catch (RuntimeException | Error e) {
            return handle(e, cl, args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }

    /**
     * Whether an argument is for the command line rather than the whiteboard: a subcommand name ({@code check},
     * {@code validate}, ...) or an option ({@code --help}, {@code -V}).
     */
    public static boolean isCommand(String arg) {
        if (arg.startsWith("-")) {
            return true;
        }
        java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
        return commandLine(new CliContext(quiet, quiet, () -> {
            throw new IllegalStateException("no catalog needed to list commands");
        })).getSubcommands().containsKey(arg);
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new DesignRoundCommand());
        cl.addSubcommand("check", new CheckCommand(context));
        cl.addSubcommand("export", new ExportCommand(context));
        cl.addSubcommand("validate", new ValidateCommand(context));
        cl.addSubcommand("calibrate", new CalibrateCommand(context));
        cl.addSubcommand("scenarios", new ScenariosCommand(context));
        cl.addSubcommand("components", new ComponentsCommand(context));
        CommandLine simulate = new CommandLine(new SimulateCommand(context));
        simulate.getCommandSpec().usageMessage().footer(SimulateCommand.faultHelp());
        cl.addSubcommand("simulate", simulate);
        cl.setOut(context.out());
        cl.setErr(context.err());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static int handle(Throwable e, CommandLine commandLine, String[] args) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException input) {
            err.println(input.getMessage());
            return BAD_INPUT;
        }
        if (e instanceof UsageException usage) {
            err.println("design-round: " + OneLine.of(usage.getMessage()));
            return BAD_INPUT;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("design-round: out of memory (try a smaller input, or java -Xmx2g -jar ...)");
            return INTERNAL_ERROR;
        }
        Optional<java.nio.file.Path> log = ErrorLog.record(e, args);
        err.println("design-round: internal error: " + OneLine.of(e.toString())
                + log.map(p -> " (details in " + OneLine.of(p.toString()) + ")").orElse(""));
        return INTERNAL_ERROR;
    }
}
