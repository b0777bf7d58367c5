package dev.designround.batch;

import dev.designround.json.InputException;
import dev.designround.json.Suggestions;
import dev.designround.model.Design;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;

/** Which scenario a design is graded against: the one asked for, else the one the design file names. */
public final class ScenarioChoice {

    private ScenarioChoice() {
    }

    /**
     * @param requested the scenario id the user asked for, or null to take the design's own
     * @param display   how to name the design file in messages
     * @throws InputException naming the file when there is no scenario or it is unknown
     */
    public static Scenario resolve(ScenarioLibrary library, String requested, Design design, String display)
            throws InputException {
        String id = requested != null ? requested : design.info().scenario();
        if (id.isBlank()) {
            throw new InputException(display, "the design names no scenario: give --scenario ID (the "
                    + "'scenarios' command lists them)");
        }
        return library.find(id).orElseThrow(() -> new InputException(display, "unknown scenario \"" + id
                + "\"" + Suggestions.didYouMean(id, library.ids()) + " (the 'scenarios' command lists them)"));
    }
}
