package dev.designround.cli;

import dev.designround.batch.ScenarioChoice;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import java.nio.file.Path;
import java.util.List;

/** Finding the scenario a command grades against: bundled, plus packs named with {@code --pack}. */
final class Scenarios {

    private Scenarios() {
    }

    static ScenarioLibrary library(CliContext context, List<Path> packs) throws InputException {
        return packs == null || packs.isEmpty() ? ScenarioLibrary.bundled()
                : ScenarioLibrary.load(context.catalog(), packs);
    }

    /**
     * The scenario named on the command line, else the one the design file declares.
     *
     * @throws InputException naming the file when there is none or it is unknown
     */
    static Scenario resolve(ScenarioLibrary library, String requested, Design design, Path file)
            throws InputException {
        return ScenarioChoice.resolve(library, requested, design, file.toString());
    }
}
