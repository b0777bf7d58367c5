package dev.designround.ui.window;

import dev.designround.io.ErrorLog;
import dev.designround.io.HistoryStore;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.canvas.DiagramCanvas;
import dev.designround.ui.canvas.PaletteDrop;
import dev.designround.ui.inspector.Inspector;
import dev.designround.ui.look.CategoryStyles;
import dev.designround.ui.look.PaletteCss;
import dev.designround.ui.look.Themes;
import dev.designround.ui.palette.Palette;
import dev.designround.ui.round.RoundPanels;
import dev.designround.ui.settings.BestScoresStore;
import dev.designround.ui.settings.Settings;
import dev.designround.ui.start.StartView;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window: menu and toolbar on top; either the start view, or the editor (palette, canvas, and a side
 * panel of tabs on the right: the inspector, and the round's scenario and feedback tabs); a status bar
 * at the bottom. It holds the open {@link Document}, the title ("Design Round — " and the file or design name,
 * with a dot while there are unsaved changes), the settings, and guards unsaved changes on close.
 */
public final class Workbench {

    public static final String TITLE_PREFIX = "Design Round — ";

    private final Stage stage;
    private final Services services;
    private final DiagramCanvas canvas;
    private final Palette palette;
    private final RoundPanels round;
    private final Inspector inspector = new Inspector();
    private final TabPane sidePanel = new TabPane();
    private final StartView startView;
    private final SplitPane editorPane = new SplitPane();
    private final StackPane centre = new StackPane();
    private final StatusBar statusBar = new StatusBar();
    private final BusyCue busyCue = new BusyCue();
    private final ReadOnlyBooleanWrapper hasDocument = new ReadOnlyBooleanWrapper(this, "hasDocument", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final List<Runnable> stackListeners = new ArrayList<>();
    private final Runnable onStackChange = this::stackChanged;
    private final FileActions files;
    private final Actions actions;
    private final WorkbenchTools tools;
    private final CanvasCorner canvasCorner;
    private final HistoryActions history;
    private Settings settings;
    private Document document;
    private ScenarioLibrary library;

    public Workbench(Stage stage, Services services) {
        this.stage = stage;
        this.services = services;
        this.settings = services.settings().load();
        CategoryStyles styles = new CategoryStyles(services.catalog());
        canvas = new DiagramCanvas(services.catalog(), styles);
        canvas.snapToGridProperty().set(settings.snapToGrid());
        canvas.snapToGridProperty().addListener((o, was, now) -> updateSettings(s -> s.withSnapToGrid(now)));
        dark.set(settings.theme() == Settings.Theme.DARK);
        dark.addListener((o, was, now) -> {
            Settings.Theme theme = now ? Settings.Theme.DARK : Settings.Theme.LIGHT;
            Themes.apply(theme);
            if (stage.getScene() != null) {
                PaletteCss.apply(stage.getScene(), now ? dev.designround.diagram.Theme.DARK
                        : dev.designround.diagram.Theme.LIGHT, services.catalog());
            }
            updateSettings(s -> s.withTheme(theme));
        });
        Path userFolder = services.settings().file().getParent();
        round = new RoundPanels(services.catalog(), canvas, styles, new BestScoresStore(userFolder),
                new HistoryStore(userFolder));
        round.addChangeListener(onStackChange); // the round is saved in the file: its changes are unsaved changes
        history = new HistoryActions(this, services, new HistoryStore(userFolder));
        round.addHistoryListener(history::changed);
        round.setOnShowHistory(history::showRound);
        palette = new Palette(services.catalog(), styles,
                type -> PaletteDrop.addInView(canvas, type));
        files = new FileActions(this, services);
        EditActions edits = new EditActions(this, services);
        actions = new Actions(this, files, edits, canvas.snapToGridProperty(), dark);
        startView = new StartView(new StartView.Choices() {
            @Override
            public void newWhiteboard() {
                files.newWhiteboard();
            }

            @Override
            public void open() {
                files.open();
            }

            @Override
            public void openRecent(Path file) {
                busyCue.whileShown("Opening " + file.getFileName() + "…", () -> files.open(file));
            }

            @Override
            public void showHistory(Scenario scenario) {
                history.show(scenario);
            }

            @Override
            public void startScenario(Scenario scenario) {
                busyCue.whileShown("Opening the round “" + scenario.title() + "”…",
                        () -> files.startScenario(scenario));
            }
        });

        Tab inspectorTab = new Tab("Inspector", inspector);
        inspectorTab.setClosable(false);
        inspectorTab.setId("tab-inspector");
        sidePanel.getTabs().add(inspectorTab);
        sidePanel.getTabs().addAll(round.tabs());
        sidePanel.getStyleClass().add("side-panel");
        sidePanel.setMinWidth(280);
        SidePanelTabs.install(sidePanel);
        tools = new WorkbenchTools(this, services, actions, dark);
        canvasCorner = new CanvasCorner(round.canvasArea());
        editorPane.getItems().addAll(palette, canvasCorner.node(), sidePanel);
        editorPane.setDividerPositions(0.16, 0.76);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(sidePanel, false);

        BorderPane root = new BorderPane();
        root.setTop(new VBox(MainMenu.menuBar(actions, this), MainMenu.toolBar(actions, canvas)));
        root.setCenter(centre);
        root.setBottom(statusBar);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1680, screen.getWidth()), Math.min(1050, screen.getHeight()));
        Themes.style(scene);
        PaletteCss.apply(scene, dark.get() ? dev.designround.diagram.Theme.DARK : dev.designround.diagram.Theme.LIGHT,
                services.catalog());
        actions.install(scene);
        actions.follow(this);
        new CanvasMenus(actions, this).install(canvas);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            tools.closing();
            if (files.mayDiscard()) {
                tools.closed();
            } else {
                e.consume();
            }
        });
        showStart();
        loadScenarios();
    }

    // ---- showing ---------------------------------------------------------------------------------------------

    /** Shows the start view (no design open). */
    public void showStart() {
        detach();
        document = null;
        hasDocument.set(false);
        round.close();
        startView.showRecent(settings.recentFiles());
        startView.showBest(round.bestScores());
        startView.showHistories(history.all());
        centre.getChildren().setAll(startView, busyCue);
        statusBar.showDocument(Optional.empty());
        tools.shown(Optional.empty());
        updateTitle();
        fireStackListeners();
    }

    void show(Document next) {
        detach();
        document = next;
        next.editor().stack().addListener(onStackChange);
        canvas.show(next.editor());
        inspector.show(next.editor());
        round.show(next.editor(), next.savedRound());
        next.followRound(round::state);
        centre.getChildren().setAll(editorPane);
        hasDocument.set(true);
        statusBar.showDocument(Optional.of(next.editor()));
        tools.shown(Optional.of(next));
        updateTitle();
        fireStackListeners();
        focusCanvasWhenShown();
    }

    /**
     * Gives the canvas the keyboard focus. A canvas that has just been put in the window joins the scene only at the
     * next layout pass (inside the split pane), so the request waits for that.
     */
    private void focusCanvasWhenShown() {
        if (canvas.getScene() != null) {
            canvas.requestFocus();
            return;
        }
        canvas.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    canvas.sceneProperty().removeListener(this);
                    Platform.runLater(canvas::requestFocus);
                }
            }
        });
    }

    private void detach() {
        if (document != null) {
            document.editor().stack().removeListener(onStackChange);
        }
    }

    private void stackChanged() {
        updateTitle();
        fireStackListeners();
    }

    void documentRenamed() {
        updateTitle();
    }

    private void updateTitle() {
        if (document == null) {
            stage.setTitle(TITLE_PREFIX + "Start");
            return;
        }
        String name = document.file().isPresent() || document.importedFrom().isPresent() ? document.name()
                : scenarioOrDesignName();
        stage.setTitle(TITLE_PREFIX + name + (document.isDirty() ? " •" : ""));
    }

    private String scenarioOrDesignName() {
        String scenario = document.editor().design().info().scenario();
        if (!scenario.isBlank() && library != null) {
            Optional<Scenario> s = library.find(scenario);
            if (s.isPresent()) {
                return s.get().title();
            }
        }
        return document.name();
    }

    private void loadScenarios() {
        Thread loader = new Thread(() -> {
            try {
                ScenarioLibrary loaded = services.scenarios().get();
                Platform.runLater(() -> {
                    library = loaded;
                    round.showLibrary(loaded);
                    startView.showScenarios(loaded.all());
                    updateTitle();
                });
            } catch (RuntimeException e) {
                ErrorLog.record(e, new String[] {"whiteboard: loading scenarios"});
            }
        }, "scenario-library");
        loader.setDaemon(true);
        loader.start();
    }

    // ---- for actions and tests -------------------------------------------------------------------------------

    /**
     * At start-up: if an earlier run left unsaved work behind, asks whether to restore it, and opens it if so.
     * Returns whether it did.
     */
    public boolean offerRecovery() {
        return tools.offerRecovery();
    }

    /** Opens a design file (after the unsaved-changes guard); errors are shown in a dialog. */
    public boolean open(Path file) {
        return files.open(file);
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    public ReadOnlyBooleanProperty hasDocumentProperty() {
        return hasDocument.getReadOnlyProperty();
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public Palette palette() {
        return palette;
    }

    /** The round around the open design: scenario and feedback tabs, strong answer. */
    public RoundPanels round() {
        return round;
    }

    /** The practice history: its window, and the CSV export. */
    HistoryActions history() {
        return history;
    }

    /** The cue shown while a round or file opens from the start view. */
    BusyCue busyCue() {
        return busyCue;
    }

    /** The tabs on the right: inspector, scenario, feedback. */
    public TabPane sidePanel() {
        return sidePanel;
    }

    public Stage stage() {
        return stage;
    }

    Window window() {
        return stage;
    }

    /** Runs an action by id ("save", "undo", "arrange", ...), as its menu item would. */
    public void run(String actionId) {
        actions.get(actionId).run();
    }

    Settings settings() {
        return settings;
    }

    void updateSettings(UnaryOperator<Settings> change) {
        Settings next = change.apply(settings);
        if (next.equals(settings)) {
            return;
        }
        settings = next;
        try {
            services.settings().save(next);
        } catch (UncheckedIOException e) {
            status("Could not save settings to " + services.settings().file() + ": " + e.getCause().getMessage());
        }
        MainMenu.refreshRecent(this);
    }

    void status(String message) {
        statusBar.message(message);
    }

    void addStackListener(Runnable listener) {
        stackListeners.add(listener);
    }

    private void fireStackListeners() {
        stackListeners.forEach(Runnable::run);
    }

    List<Path> recentFiles() {
        return settings.recentFiles();
    }

    FileActions files() {
        return files;
    }

    WorkbenchTools tools() {
        return tools;
    }

    /** The scenario library, once it has loaded in the background. */
    Optional<ScenarioLibrary> scenarios() {
        return Optional.ofNullable(library);
    }

    void quit() {
        tools.closing();
        if (files.mayDiscard()) {
            tools.closed();
            stage.hide();
            Platform.exit();
        }
    }

    /** Help → How your drawing is read: the guide from the canvas's corner, open or closed. */
    void toggleReadingGuide() {
        if (document != null) {
            canvasCorner.toggleGuide();
        }
    }

    void showShortcuts() {
        ShortcutsDialog.show(stage, actions.all());
    }

    /** Tells the user that something went wrong inside Design Round (not their input), and where the details are. */
    public void reportInternalError(Throwable error, Optional<Path> log) {
        Dialogs.error(stage, "Something went wrong inside Design Round",
                error + log.map(p -> "\n\nThe details are in " + p + ".").orElse("")
                        + "\nYour design is still open: save it under a new name to be safe.", List.of());
    }

    void showAbout() {
        AboutDialog.show(stage);
    }
}
