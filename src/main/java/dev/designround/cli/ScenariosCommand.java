package dev.designround.cli;

import dev.designround.json.InputException;
import dev.designround.json.OneLine;
import dev.designround.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scenarios}: the interview rounds installed. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "Lists the scenarios (interview rounds) installed, with domain, difficulty and time.")
final class ScenariosCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--pack", paramLabel = "DIR", description = "also load scenarios from this folder (repeatable)")
    List<Path> packs;

    ScenariosCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InputException {
        List<Scenario> all = Scenarios.library(context, packs).all();
        context.out().printf(Locale.ROOT, "%d scenarios%n%n", all.size());
        context.out().printf(Locale.ROOT, "  %-26s %-42s %-16s %-7s %5s %6s%n", "id", "title", "domain",
                "level", "time", "rules");
        for (Scenario s : all) {
            context.out().printf(Locale.ROOT, "  %-26s %-42s %-16s %-7s %3d m %6d%n", OneLine.of(s.id()),
                    OneLine.of(s.title(), 42), OneLine.of(s.domain(), 16), OneLine.of(s.difficulty()),
                    s.timeMinutes(), s.rubric().rules().size());
        }
        return Cli.OK;
    }
}
