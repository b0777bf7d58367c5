package dev.designround.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: without a subcommand it prints the usage. */
@Command(name = "design-round", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Practise AI system-design interview rounds on a whiteboard that grades like an interviewer.",
                "",
                "Without a command (or with a design file) it opens the whiteboard; with a command it runs headless."},
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "Exit codes: 0 it ran (whatever the verdict), 2 bad input or usage, 1 internal error,",
                "3 check --min-verdict: some design grades below it."})
public final class DesignRoundCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }
}
