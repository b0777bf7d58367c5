package dev.designround.ui.window;

import dev.designround.io.RecoveryStore;
import dev.designround.model.Catalog;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.settings.SettingsStore;
import java.util.function.Supplier;

/**
 * What the main window works with, passed in so that tests can put in their own: the component catalog, where
 * settings live, the file dialogs, the scenario library (loaded in the background, it may take a moment), and
 * where unsaved work is kept for crash recovery.
 */
public record Services(Catalog catalog, SettingsStore settings, FileDialogs fileDialogs,
                       Supplier<ScenarioLibrary> scenarios, RecoveryStore recovery) {
}
