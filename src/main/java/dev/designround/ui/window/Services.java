package dev.designround.ui.window;

import dev.designround.model.Catalog;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.settings.SettingsStore;
import java.util.function.Supplier;

/**
 * What the main window works with, passed in so that tests can put in their own: the component catalog, where
 * settings live, the file dialogs, and the scenario library (loaded in the background, it may take a moment).
 */
public record Services(Catalog catalog, SettingsStore settings, FileDialogs fileDialogs,
                       Supplier<ScenarioLibrary> scenarios) {
}
