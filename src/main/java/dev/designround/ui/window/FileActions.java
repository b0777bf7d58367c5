package dev.designround.ui.window;

import dev.designround.io.DesignFile;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.json.InputException;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.round.RoundState;
import dev.designround.scenario.Scenario;
import dev.designround.ui.edit.Editor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * New, open, save, save as, close: with the unsaved-changes guard in front of anything that would drop the open
 * design, and error dialogs that name the file and the place (line, column) of what is wrong. A file that cannot
 * be opened leaves the open design as it was.
 */
final class FileActions {

    private final Workbench workbench;
    private final Services services;
    private final DesignReader reader;
    private final DesignWriter writer = new DesignWriter();

    FileActions(Workbench workbench, Services services) {
        this.workbench = workbench;
        this.services = services;
        this.reader = new DesignReader(services.catalog());
    }

    /** A new empty design, after the unsaved-changes guard. */
    void newWhiteboard() {
        if (mayDiscard()) {
            workbench.show(new Document(new Editor(new Design(), services.catalog()), Optional.empty()));
        }
    }

    /** A new design answering a scenario. */
    void startScenario(Scenario scenario) {
        if (mayDiscard()) {
            Design design = new Design(new DesignInfo(scenario.id(), scenario.title(), ""));
            workbench.show(new Document(new Editor(design, services.catalog()), Optional.empty()));
        }
    }

    /** Asks for a file, then opens it. */
    void open() {
        if (!mayDiscard()) {
            return;
        }
        services.fileDialogs().chooseToOpen(workbench.window(), lastFolder()).ifPresent(this::openWithoutAsking);
    }

    /** Opens a file after the unsaved-changes guard; returns whether it was opened. */
    boolean open(Path file) {
        return mayDiscard() && openWithoutAsking(file);
    }

    private boolean openWithoutAsking(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        DesignFile read;
        try {
            read = reader.readFile(absolute, file.toString());
        } catch (InputException e) {
            Dialogs.error(workbench.window(), "Could not open " + file.getFileName(), e.getMessage(), e.lines());
            if (!Files.exists(absolute)) {
                workbench.updateSettings(s -> s.withoutRecent(absolute));
            }
            return false;
        }
        Design design = read.design();
        workbench.show(new Document(new Editor(design, services.catalog()), Optional.of(absolute), read.round()));
        workbench.updateSettings(s -> s.withRecent(absolute));
        workbench.status("Opened " + absolute.getFileName() + " (" + design.nodeCount() + " nodes, "
                + design.edgeCount() + " edges)");
        return true;
    }

    /** Saves to the design's file, or asks where when it has none; returns whether it was saved. */
    boolean save() {
        Optional<Document> doc = workbench.document();
        if (doc.isEmpty()) {
            return false;
        }
        Optional<Path> file = doc.get().file();
        return file.isPresent() ? saveTo(doc.get(), file.get()) : saveAs();
    }

    /** Asks where, then saves; returns whether it was saved. */
    boolean saveAs() {
        Optional<Document> doc = workbench.document();
        if (doc.isEmpty()) {
            return false;
        }
        String suggested = doc.get().file().map(p -> p.getFileName().toString()).orElse(suggestedName(doc.get()));
        Optional<Path> target = services.fileDialogs().chooseToSave(workbench.window(),
                doc.get().file().map(Path::getParent).or(this::lastFolder), suggested);
        return target.isPresent() && saveTo(doc.get(), target.get());
    }

    private boolean saveTo(Document doc, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Optional<RoundState> round = doc.round();
        try {
            writer.save(doc.editor().design(), round, absolute);
        } catch (IOException | RuntimeException e) {
            Dialogs.error(workbench.window(), "Could not save " + absolute.getFileName(),
                    absolute + ": " + (e.getMessage() == null ? e.toString() : e.getMessage())
                            + "\nYour design is still open; try another folder or name.", List.of());
            return false;
        }
        doc.savedAs(absolute);
        doc.roundSaved(round);
        doc.editor().stack().markClean();
        workbench.updateSettings(s -> s.withRecent(absolute));
        workbench.documentRenamed();
        workbench.status("Saved " + absolute);
        return true;
    }

    /** Back to the start view, after the unsaved-changes guard. */
    void close() {
        if (mayDiscard()) {
            workbench.showStart();
        }
    }

    /**
     * The unsaved-changes guard: true when there is nothing unsaved, or the user saved or chose not to save;
     * false when they cancelled (or saving failed).
     */
    boolean mayDiscard() {
        Optional<Document> doc = workbench.document();
        if (doc.isEmpty() || !doc.get().isDirty()) {
            return true;
        }
        switch (Dialogs.askToSave(workbench.window(), doc.get().name())) {
            case SAVE:
                return save();
            case DISCARD:
                return true;
            default:
                return false;
        }
    }

    private Optional<Path> lastFolder() {
        return workbench.settings().recentFiles().stream().findFirst().map(Path::getParent);
    }

    private static String suggestedName(Document doc) {
        DesignInfo info = doc.editor().design().info();
        String base = !info.title().isBlank() ? info.title() : !info.scenario().isBlank() ? info.scenario() : "design";
        String clean = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (clean.isEmpty() ? "design" : clean) + ".json";
    }
}
