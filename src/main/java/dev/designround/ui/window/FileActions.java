package dev.designround.ui.window;

import dev.designround.io.DesignFile;
import dev.designround.io.DesignReader;
import dev.designround.io.DesignWriter;
import dev.designround.io.imports.DiagramImporter;
import dev.designround.io.imports.ImportResult;
import dev.designround.json.InputException;
import dev.designround.json.JsonTreeReader;
import dev.designround.model.Design;
import dev.designround.model.DesignInfo;
import dev.designround.round.RoundState;
import dev.designround.scenario.Scenario;
import dev.designround.scenario.ScenarioLibrary;
import dev.designround.ui.edit.Editor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * New, open, save, save as, close: with the unsaved-changes guard in front of anything that would drop the open
 * design, and error dialogs that name the file and the place (line, column) of what is wrong. A file that cannot
 * be opened leaves the open design as it was. Open reads diagrams from draw.io, Mermaid and Excalidraw too, through
 * the import dialog (docs/import.md).
 */
final class FileActions {

    private final Workbench workbench;
    private final Services services;
    private final JsonTreeReader json = new JsonTreeReader();
    private final DesignReader reader;
    private final DiagramImporter importer;
    private final DesignWriter writer = new DesignWriter();

    FileActions(Workbench workbench, Services services) {
        this.workbench = workbench;
        this.services = services;
        this.reader = new DesignReader(services.catalog(), json);
        this.importer = new DiagramImporter(services.catalog(), json);
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
            byte[] bytes = json.readBytes(absolute, file.toString());
            if (DiagramImporter.kindOf(bytes, fileName(absolute)).isPresent()) {
                return importDiagram(absolute, file.toString(), bytes);
            }
            read = reader.parseFile(bytes, file.toString());
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

    /**
     * Opens a diagram from draw.io, Mermaid or Excalidraw: reads it, shows what its shapes became in the import
     * dialog, where the user may correct types, choose the page and the round, and opens the design when they
     * press Open. The design has no file until saved, so the diagram is never written over.
     *
     * @return whether it was opened (not when the user cancelled)
     * @throws InputException naming the file when it cannot be read as a diagram
     */
    private boolean importDiagram(Path absolute, String display, byte[] bytes) throws InputException {
        String name = fileName(absolute);
        ImportResult result = importer.read(bytes, name, display, Optional.empty());
        List<String> pages = importer.pages(bytes, name, display);
        List<Scenario> scenarios = workbench.scenarios().map(ScenarioLibrary::all).orElse(List.of());
        Optional<ImportDialog.Answer> answer = ImportDialog.ask(workbench.window(), services.catalog(), name, result,
                pages, scenarios, page -> importer.read(bytes, name, display, Optional.of(page)));
        if (answer.isEmpty()) {
            return false;
        }
        ImportResult chosen = answer.get().result();
        Design design = chosen.design();
        answer.get().scenario().ifPresent(id -> design.setInfo(new DesignInfo(id, design.info().title(),
                design.info().notes())));
        workbench.show(Document.imported(new Editor(design, services.catalog()), absolute, answer.get().changed()));
        workbench.updateSettings(s -> s.withRecent(absolute));
        workbench.status("Imported " + name + chosen.page().filter(p -> !p.isEmpty()).map(p -> " (page \"" + p
                + "\")").orElse("") + ": " + chosen.summary() + ". Save keeps it as a design file.");
        return true;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
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
        String suggested = doc.get().file().map(p -> p.getFileName().toString())
                .or(() -> doc.get().importedFrom().map(FileActions::designNameFor)).orElse(suggestedName(doc.get()));
        Optional<Path> target = services.fileDialogs().chooseToSave(workbench.window(),
                doc.get().file().or(() -> doc.get().importedFrom()).map(Path::getParent).or(this::lastFolder),
                suggested);
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

    /**
     * The name suggested for saving a design imported from a diagram: the diagram's, ending in .json
     * ("arch.drawio" gives "arch.json"), never the diagram's own name (an Excalidraw scene may end in .json).
     */
    static String designNameFor(Path diagram) {
        String name = fileName(diagram);
        String base = name.replaceFirst("(?i)(\\.drawio)?\\.(drawio|dio|xml|svg|mmd|mermaid|md|markdown|excalidraw"
                + "|json|txt)$", "");
        if (base.isBlank()) {
            base = "design";
        }
        return (base + ".json").equals(name) ? base + "-design.json" : base + ".json";
    }

    private static String suggestedName(Document doc) {
        DesignInfo info = doc.editor().design().info();
        String base = !info.title().isBlank() ? info.title() : !info.scenario().isBlank() ? info.scenario() : "design";
        String clean = base.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (clean.isEmpty() ? "design" : clean) + ".json";
    }
}
