package dev.designround.model;

import java.util.Optional;

/**
 * A design's description: which scenario it answers, its title, and the candidate's own notes (requirements,
 * assumptions, estimates). Empty strings mean "not given".
 */
public record DesignInfo(String scenario, String title, String notes) {

    public static final DesignInfo EMPTY = new DesignInfo("", "", "");

    public DesignInfo {
        scenario = scenario == null ? "" : scenario;
        title = title == null ? "" : title;
        notes = notes == null ? "" : notes;
    }

    public Optional<String> scenarioId() {
        return scenario.isBlank() ? Optional.empty() : Optional.of(scenario);
    }

    public DesignInfo withScenario(String value) {
        return new DesignInfo(value, title, notes);
    }

    public DesignInfo withTitle(String value) {
        return new DesignInfo(scenario, value, notes);
    }

    public DesignInfo withNotes(String value) {
        return new DesignInfo(scenario, title, value);
    }
}
